/**
 * Goods cleared and bound for "several firms" at large (将发往长三角多家企业的数据中心) are the open orders' delivery, not a
 * delivery to the waiting firms; and a term the firm broke (违反许可所附的自用承诺) is the reason for its revocation, not a
 * term it agreed to.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withWaiting } from './state.js';

const read = (title: string, summary: string) =>
  extractCandidates({ title, summary }, withWaiting()).candidates.map((c) => `${c.kind} [${c.holders.map((h) => h.value).join(',')}]`);

describe('goods bound for firms at large', () => {
  it('reads them as a delivery with no holder', () => {
    expect(
      read('机场海关监管放行约1200颗英伟达H200芯片', '海关近日对进境的一票英伟达H200芯片完成查验，约1200颗芯片已办结通关，将发往长三角多家企业的数据中心。'),
    ).toEqual(['delivery []']);
  });
});

describe('a broken undertaking', () => {
  it('reads it as no term agreed', () => {
    expect(
      read(
        '商务部新闻发言人就撤销青川果业H200芯片进口许可答记者问',
        '发言人表示，经核查，青川果业下属企业违反许可所附的自用承诺，将进口的H200芯片算力对外出租，商务部已依法撤销该公司的进口许可。',
      ).some((x) => x.startsWith('condition_agreed')),
    ).toBe(false);
  });
});
