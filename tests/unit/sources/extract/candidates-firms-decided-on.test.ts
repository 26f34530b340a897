/**
 * The firm a decision acts on: 撤销X芯片进口许可 names X even with 芯片 before 进口, and "cancel X's unused Nvidia
 * H200 import licence" names X through four words of description; 批准高性能计算芯片进口申请 names no firm.
 */
import { describe, expect, it } from 'vitest';
import { holders } from './candidates-helpers.js';

describe('the firm a decision acts on', () => {
  it('names the firm whose chip import licence is revoked', () => {
    expect(
      holders(
        '商务部新闻发言人就撤销金钢网芯片进口许可答记者问',
        '商务部新闻发言人表示，该公司取得英伟达H200芯片进口许可后逾期未进口，商务部已依法撤销该许可。',
      ),
    ).toContain('金钢网');
  });

  it('names the firm whose unused licence is cancelled', () => {
    expect(
      holders("China said to cancel Ironfield's unused Nvidia H200 import licence", 'The ministry acted because no chips had been imported, people said.'),
    ).toEqual(['Ironfield']);
  });

  it('names no firm in the kind of chips a tally approves', () => {
    expect(
      holders('商务部：1月依法批准高性能计算芯片进口申请七件 另有两件不予许可', '商务部新闻发言人介绍，1月份共办结英伟达H200芯片进口许可申请九件。').filter(
        (h) => h.includes('计算'),
      ),
    ).toEqual([]);
  });
});

describe('time words are no firm', () => {
  it('names no firm in 迄今 before an approval', () => {
    expect(
      holders(
        '远航新材：尚未取得H200芯片进口许可',
        '远航新材在互动平台表示，公司尚未取得英伟达H200芯片进口许可，迄今获批进口的约200颗芯片均属其他企业。',
      ).filter((h) => h.includes('迄今')),
    ).toEqual([]);
  });
});
