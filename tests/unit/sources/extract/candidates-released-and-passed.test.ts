/**
 * Goods customs releases after an inspection the sentence told (…完成查验，…证件齐全，已予放行) arrive; they are no
 * permission. A request that "passed" (申请过关) is granted, one a firm says 确未获…批准 is refused, and a buyer said to
 * "line up" a purchase orders.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('released goods, passed and refused requests, purchases lined up', () => {
  it('reads no grant in a release after the customs inspection', () => {
    const kinds = briefs(
      '青岛海关：口岸放行一批英伟达H200芯片',
      '青岛海关近日对一批进口的图形处理器完成查验，货物为英伟达H200芯片约800颗，随附进口许可文件齐全，已予放行。',
    ).map((b) => b.split(' ')[0]);
    expect(kinds.filter((k) => k?.startsWith('grant'))).toEqual([]);
  });

  it('reads 申请过关 as a grant', () => {
    expect(told('知情人士：青川果业H200进口申请过关 数量约200颗').map((t) => t.split(' ')[0])).toEqual(['grant/hedged']);
  });

  it('reads 申请确未获商务部批准 as a refusal the firm tells', () => {
    expect(told('青川果业：H200进口申请确未获商务部批准 研发改用云算力').map((t) => t.split(' ')[0])).toEqual(['denial/reported']);
  });

  it('reads a buyer said to line up a purchase as an order', () => {
    expect(briefs('Tencent Said to Line Up Purchase of About 90,000 Nvidia H200s')).toEqual(['order/hedged - [tencent] h200 order:about:90000']);
  });
});
