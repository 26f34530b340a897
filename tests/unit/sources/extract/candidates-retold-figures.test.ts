/**
 * An approval told again with the order and stock figures the ledger already holds, on the day the
 * record was made: the whole item is the story told again, figures included. So is an item of the order and
 * stock figures the ledger holds, told alone on that day; a new figure beside them is news.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import type { LedgerState } from '../../../../src/core/model.js';
import { withHeldFigures, withWaiting } from './state.js';

const DAY = '2026-01-28';
const evidence = [{ title: 'The first telling', publishedAt: DAY, seenAt: `${DAY}T12:00:00Z`, tier: 'wire' as const }];

function storyState(): LedgerState {
  const state = withWaiting();
  state.authorization['cn-group']!.evidence = [...evidence];
  state.authorization['cn-waiting']!.evidence = [...evidence];
  return withHeldFigures(state, DAY);
}

const state = storyState();
const read = (title: string, summary: string) =>
  extractCandidates({ title, summary, publishedAt: `${DAY}T09:30:00Z` }, state).candidates.map(
    (c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`,
  );

describe('figures told beside an approval told again', () => {
  it('reads the approval, the waiting firms, the orders and the stock all as the story told again', () => {
    expect(
      read(
        'Beijing lets three tech groups buy H200 chips, a newspaper says',
        'Beijing has cleared ByteDance, Alibaba and Tencent to purchase more than 400,000 H200s in all, the paper said. Other Chinese companies are still waiting for approval, while Chinese buyers have ordered over 2 million H200s against some 700,000 in Nvidia inventory.',
      ),
    ).toEqual([
      'restatement bytedance,alibaba,tencent quota:400000',
      'restatement other-cn-firms',
      'restatement  order:2000000',
      'restatement nvidia inventory:700000',
    ]);
  });

  it('keeps a new order total told beside the old approval as an order', () => {
    expect(
      read(
        'Beijing lets three tech groups buy H200 chips, a newspaper says',
        'Beijing has cleared ByteDance, Alibaba and Tencent to purchase more than 400,000 H200s in all, the paper said. Chinese buyers have ordered over 2.5 million H200s.',
      ),
    ).toEqual(['order  order:2500000']);
  });

  it('reads the order and stock figures the ledger holds, told alone on the day, as the story told again', () => {
    expect(read('Chinese buyers have ordered over 2 million H200s, a newspaper says', 'Nvidia holds some 700,000 in inventory, the paper said.')).toEqual([
      'restatement  order:2000000',
      'restatement nvidia inventory:700000',
    ]);
  });
});

describe('restatements of different records', () => {
  it('keeps the old order figure apart from the firms still waiting, in a recap', () => {
    const recap = extractCandidates(
      {
        title: '盘点｜H200审批这一个月',
        summary: '字节跳动、阿里巴巴和腾讯合计获准采购逾40万颗H200；中国企业下的订单累计超过200万颗，其余企业还在等待审批。',
        publishedAt: '2026-02-27T09:00:00Z',
      },
      state,
    ).candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`);
    expect(recap).toEqual(['restatement bytedance,alibaba,tencent quota:400000', 'restatement  order:2000000', 'restatement other-cn-firms']);
  });
});

describe('"lets … import"', () => {
  it('reads Beijing letting the three import as the approval told again', () => {
    expect(
      extractCandidates(
        { title: "Beijing lets ByteDance, Alibaba and Tencent import Nvidia's H200, a newspaper reports", publishedAt: `${DAY}T09:30:00Z` },
        state,
      ).candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}`),
    ).toEqual(['restatement bytedance,alibaba,tencent']);
  });
});

describe('a recap headline in clauses', () => {
  const recap = (title: string, summary: string) =>
    extractCandidates({ title, summary, publishedAt: '2026-02-27T09:00:00Z' }, state).candidates.map(
      (c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`,
    );

  it('does not give the quota of one clause to the firms still waiting in the next', () => {
    expect(
      recap('月度回看｜H200进口放行一个月：三家合计额度逾40万颗 其余企业仍在排队', '1月下旬获准采购的三家头部企业合计逾40万颗，其余企业的申请仍在审批之中。'),
    ).toEqual(['restatement  quota:400000']);
  });

  it('does not give the domestic orders of one clause to the approved firms of the other', () => {
    expect(
      recap('月度回看｜H200进口放行一个月：三大厂合计获准逾40万颗 国内订单曾超200万颗', '字节跳动、阿里巴巴和腾讯获准合计进口逾40万颗英伟达H200。'),
    ).toEqual(['restatement bytedance,alibaba,tencent quota:400000', 'restatement  order:2000000']);
  });
});

describe('other firms told as still waiting beside the retold approval', () => {
  it('reads the waiting firms told again, however the wait is put', () => {
    for (const waiting of ['Other firms remain in the queue for a decision.', 'Other Chinese companies are still waiting for a decision, the people said.'])
      expect(
        read(
          'Beijing lets ByteDance, Alibaba and Tencent buy Nvidia H200s, sources say',
          `China has cleared the three to buy more than 400,000 H200 chips in total, people familiar with the matter said. ${waiting}`,
        ),
      ).toEqual(['restatement bytedance,alibaba,tencent quota:400000', 'restatement other-cn-firms']);
    for (const waiting of ['另有多家企业仍在排队等候审批。', '其他企业仍在排队等候。'])
      expect(read('知情人士：字节跳动、阿里巴巴、腾讯获准采购英伟达H200', `三家合计可采购逾40万颗。${waiting}`)).toEqual([
        'restatement bytedance,alibaba,tencent quota:400000',
        'restatement other-cn-firms',
      ]);
  });
});

describe('an item of held figures only', () => {
  it('still reads a new order figure beside the held stock as news', () => {
    expect(read('Chinese buyers have ordered over 2.5 million H200s, a newspaper says', 'Nvidia holds some 700,000 in inventory, the paper said.')).toContain(
      'order  order:2500000',
    );
  });
});
