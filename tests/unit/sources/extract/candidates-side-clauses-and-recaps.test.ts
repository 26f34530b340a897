/**
 * Firms named in a side clause after an order ("as smaller firms join the queue") are not its buyers; goods said to
 * hold a licence (验放持有进口许可的芯片) are delivered, not stock; and a headline that calls itself a review
 * (三月H200进口复盘：…) tells old news.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { read } from './candidates-helpers.js';
import { withGroup } from './state.js';

const facts = (title: string, summary = '') =>
  read(title, summary).candidates.map(
    (c) => `${c.kind} ${c.holders.map((h) => h.value).join(',') || '-'}${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`,
  );

describe('side clauses, goods holding licences and reviews', () => {
  it('reads an order growing as smaller firms line up as an order of no named buyer', () => {
    expect(
      facts(
        "Chinese Orders for Nvidia's H200 Climb to About 2.5 Million, People Say",
        "Chinese buyers' open orders for Nvidia's H200 have risen to about 2.5 million units as smaller firms line up for import approvals, according to people familiar with the order book.",
      ).filter((f) => f.startsWith('order')),
    ).toEqual(['order - order:2500000']);
  });

  it('reads customs clearing chips that hold import licences as a delivery', () => {
    expect(facts('青川海关：口岸验放英伟达H200芯片逾2000颗', '青川海关消息，本周口岸共验放持有进口许可的英伟达H200芯片2000余颗。')).toEqual([
      'delivery - delivery:2000',
    ]);
  });

  it('reads a headline calling itself a review as old news', () => {
    expect(facts('三月H200进口复盘：中小企业获批数量参差')[0]).toMatch(/^restatement /u);
  });
});

describe('a look back over a span of time', () => {
  it('reads a one-month review of the platforms’ quota and the growing list of firms as two facts told again', () => {
    expect(
      extractCandidates({ title: 'H200放行满月观察：三大平台额度仍逾40万颗 中小企业名单持续扩容' }, withGroup()).candidates.map(
        (c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}`,
      ),
    ).toEqual(['restatement bytedance,alibaba,tencent', 'restatement other-cn-firms']);
  });
});
