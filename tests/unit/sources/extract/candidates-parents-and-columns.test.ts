/**
 * Whose permission it is when a unit, a group or a description stands in the headline, columns
 * under a heading, clauses that open with a function word, and a rumour its subject answers
 * "never".
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const holderWords = (title: string, summary?: string): string[][] => read(title, summary).candidates.map((c) => c.holders.map((h) => h.words));

describe('units and their parents', () => {
  it("reads a unit's permission in a capitals headline as its parent's", () => {
    expect(holderWords("China Said to Freeze Harbour Logistics Arm's Permit to Import Nvidia H200s")).toEqual([['Harbour Logistics']]);
  });

  it('reads X旗下Y撤回申请 as X, a country opening the name too', () => {
    expect(holderWords('中国远航旗下远航信息撤回H200芯片进口申请')).toEqual([['中国远航']]);
  });

  it('reads a unit named after its group and the group in the body as one holder', () => {
    const x = read('远航信息技术获批进口2048颗H200芯片', '远航集团旗下远航信息技术有限公司确认，商务部已核准其进口英伟达H200芯片2048颗。');
    expect(new Set(x.candidates.flatMap((c) => c.holders.map((h) => h.value))).size).toBe(1);
  });

  it('reads the firm a licence "allowed" to import, past a description, as the holder of a described firm', () => {
    expect(
      holderWords(
        "China revokes Guangdong compute firm's H200 import licence over resale",
        'The commerce ministry revoked the licence that allowed Qiaotou Harbour Intelligent Computing, a data-centre operator in Guangdong, to import Nvidia H200 chips, the company said.',
      ),
    ).toEqual([['Qiaotou Harbour Intelligent Computing']]);
  });
});

describe('columns and clauses', () => {
  it('reads a column under 观察｜ or 评论｜ as opinion', () => {
    for (const title of ['观察｜H200订单越堆越高，泡沫的账怎么算', '新京评论｜H200获批名单越拉越长之后']) {
      const x = read(title, '市场传闻订单已超300万颗，而真正获批的数量不到零头。');
      expect(x.candidates, title).toEqual([]);
      expect(x.notes.join(' '), title).toMatch(/opinion or analysis/);
    }
  });

  it('does not take a clause opening with a function word for a firm', () => {
    const x = read(
      '商务部就芯片使用管理规定征求意见',
      '为规范获准进口的高性能计算芯片的使用，商务部起草了本规定，拟要求获准进口英伟达H200的企业每半年报送使用情况。',
    );
    expect(x.candidates.flatMap((c) => c.holders)).toEqual([]);
  });
});

describe('a rumour answered "never"', () => {
  it('reads 获批进口H200？公司回应：从未提交申请 as denied', () => {
    expect(read('网传远航科技获批进口H200？公司回应：从未提交申请').candidates.map((c) => `${c.kind}/${c.certainty}`)).toEqual([
      'grant/denied',
      'application/denied',
    ]);
  });

  it('keeps a question answered by people familiar as hedged', () => {
    expect(read('远航银行获批进口英伟达H200？知情人士：额度约4000颗').candidates.map((c) => `${c.kind}/${c.certainty}`)).toEqual(['grant/hedged']);
  });
});
