/**
 * A unit's order is its parent's, named before it: "Qingchuan Fruit unit orders six … servers", and 青川果业旗下公司采购…
 * at the start of a headline's second clause (after a colon or a space); 采购…整机 is an order.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a unit’s order', () => {
  it('reads “X unit orders six servers” as X’s order', () => {
    expect(told('Qingchuan Fruit unit orders six Nvidia H200 servers for simulation')).toEqual(['order/reported Qingchuan Fruit']);
  });

  it('reads 采购…整机 after a colon as the parent’s order', () => {
    expect(told('果业也上算力：青川果业旗下公司采购12台英伟达H200整机')).toEqual(['order/reported 青川果业']);
  });

  it('reads it after the space between a headline’s clauses too', () => {
    expect(told('果园也要大算力 青川果业旗下公司采购6台英伟达H200整机')).toEqual([expect.stringMatching(/^order\/\w+ 青川果业$/)]);
  });

  it('takes no 控股 for a firm (科伦药业：控股子公司…)', () => {
    expect(told('青川果业：控股子公司青川数科获商务部许可 可进口96颗英伟达H200').join()).not.toMatch(/控股/u);
  });
});
