/**
 * The firms still waiting, told in a clause of their own beside the group's quota, are a fact of their own
 * (三巨头额度… 中小企业陆续获得批文, 还有一批国内企业在等待审批), and a figure before a semicolon stays with its clause; "further
 * applicants are in the queue" is their request told, not a passive
 * undoing; and a phrase for the group ("three of its biggest technology groups") names all three holders.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withWaitingToldOn28January } from './state.js';

// The day the records were first told: a telling later that day is the same story.
const DAY = '2026-01-28';
const state = withWaitingToldOn28January();
const read = (title: string, summary: string, publishedAt = '2026-03-02T09:30:00Z') =>
  extractCandidates({ title, summary, publishedAt }, state).candidates.map(
    (c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`,
  );

describe('the waiting firms in a clause of their own', () => {
  it("reads a recap headline's group quota and the firms getting approvals after it as two facts told again", () => {
    expect(read('回顾｜H200放行百日：三巨头额度仍逾40万颗 中小企业陆续获得批文', '')).toEqual([
      'restatement bytedance,alibaba,tencent quota:400000',
      'restatement other-cn-firms',
    ]);
  });

  it('reads "further applicants are in the queue" in the first telling told again as the waiting firms', () => {
    expect(
      read(
        'Beijing lets three tech groups buy H200 chips, a newspaper says',
        'Beijing has cleared ByteDance, Alibaba and Tencent to purchase more than 400,000 H200s in all, the paper said. Further applicants are in the queue.',
        `${DAY}T09:30:00Z`,
      ),
    ).toEqual(['restatement bytedance,alibaba,tencent quota:400000', 'restatement other-cn-firms']);
  });

  it('reads "three of its biggest technology groups" as the three holders of the group', () => {
    expect(
      read(
        'Beijing lets three tech groups buy H200 chips, a newspaper says',
        'China has cleared three of its biggest technology groups to purchase more than 400,000 H200 processors in total, the paper said.',
        `${DAY}T09:30:00Z`,
      ),
    ).toEqual(['restatement bytedance,alibaba,tencent quota:400000']);
  });

  it('reads 一批国内企业 waiting in the first telling told again as the waiting firms, not the group', () => {
    expect(
      read(
        '外媒：中方放行三家科技公司采购H200',
        '报道称，字节跳动、阿里巴巴与腾讯已获中方准许购买英伟达H200，三家合计超过40万颗；还有一批国内企业在等待审批。',
        `${DAY}T09:30:00Z`,
      ),
    ).toEqual(['restatement bytedance,alibaba,tencent quota:400000', 'restatement other-cn-firms']);
  });

  it('keeps a figure with the clause before a semicolon, not the waiting firms after it', () => {
    expect(
      read(
        '外媒：中方放行三家科技公司采购H200',
        '报道称，字节跳动、阿里巴巴与腾讯已获中方准许购买英伟达H200，合计超过40万颗；其他中国企业仍在等待审批。',
        `${DAY}T09:30:00Z`,
      ),
    ).toEqual(['restatement bytedance,alibaba,tencent quota:400000', 'restatement other-cn-firms']);
  });

  it('reads one member named with 等三家 as the group', () => {
    expect(
      read('回顾｜H200进口：三家额度未变', '回顾本月，字节跳动等三家平台企业合计超过40万颗的H200采购额度未变。').map((f) => f.split(' ').slice(0, 2).join(' ')),
    ).toContain('restatement bytedance,alibaba,tencent');
  });
});
