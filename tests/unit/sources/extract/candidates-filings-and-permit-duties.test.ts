/**
 * A filing headed by a company's short name (青川果业关于H200芯片进口事项获准的公告) names its filer; a request 经审查已依法获
 * 附条件批准 is granted, not left pending; a duty the permit sets in the clause after the grant (许可要求…并须接受核查) is
 * one of its terms, not the firm agreeing to terms; and 本次 opens no firm's name.
 */
import { describe, expect, it } from 'vitest';
import { toldWithTerms } from './candidates-helpers.js';

describe('filings and permit duties', () => {
  it('reads a short-name filing with the permit’s duties as one grant with terms', () => {
    expect(
      toldWithTerms(
        '青川果业关于H200芯片进口事项获准的公告',
        '青川果业公告，公司获商务部准予进口英伟达H200芯片64颗，用于果品分选模型训练；许可要求芯片仅限公司自用，并须接受主管部门的用途核查。本次取得许可不会对公司经营产生重大影响。',
      ),
    ).toEqual(['grant/reported [青川果业] with terms 64']);
  });

  it('reads a request granted after review in a ministry answer as the grant', () => {
    expect(
      toldWithTerms(
        '商务部新闻发言人就青川果业H200芯片进口许可事项答记者问',
        '对于青川果业进口英伟达H200芯片的问题，商务部新闻发言人回答说，该申请经审查已依法获附条件批准。',
      ),
    ).toEqual(['grant/official [青川果业] with terms']);
  });
});
