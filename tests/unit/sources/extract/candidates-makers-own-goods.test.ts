/**
 * A domestic chip maker's order or delivery (its training cards won by a computing centre) is its own goods' news,
 * not the item's, though the item is named in passing elsewhere in the item.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

describe('a chip maker’s own goods', () => {
  it.each([
    [
      '壁仞科技新训练卡拿下西南智算中心订单 交付排到二季度',
      '壁仞科技近日拿下西南一家智算中心逾五百张训练卡的采购订单，计划分批交付。业内人士称，英伟达H200的进口审批仍在推进。',
    ],
    ['摩尔线程训练卡中标华北算力枢纽项目 首批已交付', '摩尔线程的训练卡中标华北一家算力枢纽的扩容项目，首批已于本月交付。英伟达H200进口仍在审批之中。'],
  ])('reads "%s" as no event of the item', (title, summary) => {
    expect(read(title, summary).candidates).toEqual([]);
  });
});
