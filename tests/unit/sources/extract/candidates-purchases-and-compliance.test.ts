/**
 * 已购入 / 签约购入 N台服务器 is an order; a firm that will act 按要求 complies with the terms; "capping each buyer's share"
 * is a volume cap; 彭博称 opens no name; 附条件 is no firm; and an approval with no change at all (未作任何调整) is
 * told again.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { read } from './candidates-helpers.js';
import { withGroup } from './state.js';

const told = (title: string, summary = '') =>
  read(title, summary).candidates.map(
    (c) => `${c.kind} [${c.holders.map((h) => h.words).join('+')}]${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`,
  );

describe('purchases and compliance', () => {
  it('reads servers bought by contract as an order', () => {
    expect(told('青川果业：全资子公司签约购入16台H200服务器 用于果品分选模型')).toEqual(['order [青川果业] order:16']);
  });

  it('reads a tracked buyer acting as required as agreeing to the term', () => {
    expect(told('腾讯：将按要求把H200芯片部署在国家算力枢纽节点')).toEqual(['condition_agreed [腾讯]']);
  });

  it('reads officials floating a cap on each buyer’s share as a condition proposed', () => {
    expect(told("US officials float capping each Chinese buyer's share of Nvidia H200 exports - sources").map((f) => f.split(' ')[0])).toEqual([
      'condition_proposed',
    ]);
  });

  it('reads the firm after 彭博称, and no firm called 附条件', () => {
    expect(told('彭博称青川果业获准进口约250颗英伟达H200 公司暂未回应')).toEqual(['grant [青川果业] quota:250']);
    expect(read('商务部：逾十家企业H200芯片进口申请已获附条件批准').candidates.flatMap((c) => c.holders.map((h) => h.words))).not.toContain('附条件');
  });

  it('reads the ministry saying it made no change at all to the three firms’ licence as that licence told again', () => {
    const state = withGroup();
    expect(extractCandidates({ title: '商务部：对字节跳动、阿里巴巴、腾讯的H200进口许可及总额度未作任何调整' }, state).candidates.map((c) => c.kind)).toEqual([
      'restatement',
    ]);
  });
});
