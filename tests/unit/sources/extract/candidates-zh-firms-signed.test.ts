/**
 * Chinese firms whose names start with 中国 (中国卫通, 中国嘉德) are firms, while 中国 alone or 中国大陆 is a
 * place; a contract signed to buy (签约采购, 买下) is an order, and what waits for the ministry's release
 * (待商务部放行后交货) is no grant yet.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders } from './candidates-helpers.js';

describe('Chinese firms and their signed purchases', () => {
  it('names a firm whose name starts with 中国 as the holder of its approval', () => {
    expect(holders('中国星网据悉获批进口约300颗英伟达H200', '中国星网引进英伟达H200芯片一事已经获得商务部批准，数量约300颗。')).toEqual(['中国星网']);
  });

  it('names no firm in 中国大陆 before a list of approved buyers', () => {
    expect(
      holders('英伟达对陆出货H200传逾5万颗', '随中国大陆获准进口的客户名单持续拉长，英伟达本月对陆出货的H200芯片估计逾5万颗。').filter((h) =>
        h.includes('中国'),
      ),
    ).toEqual([]);
  });

  it('reads a contract signed to buy as an order, and the ministry’s release still awaited as no grant', () => {
    expect(
      briefs('一叶租车签约采购64颗英伟达H200 待商务部放行后交货', '汽车租赁公司一叶租车已与一家服务器代理商签订合同，买下64颗英伟达H200芯片。').map(
        (b) => b.split(' ')[0],
      ),
    ).toEqual(['order/reported']);
  });
});
