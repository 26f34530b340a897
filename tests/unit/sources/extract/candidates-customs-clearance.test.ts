/**
 * Customs releasing goods (查验放行, 监管放行, 完成通关) tells a delivery, reported: the release is no
 * permission, the bonded zone or port is no buyer, and customs decides nothing by telling it.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('customs clearing a shipment', () => {
  it('reads goods released after inspection as a delivery, not a grant', () => {
    expect(briefs('上海海关：洋山口岸查验放行首批进口英伟达H200芯片2100余颗')).toEqual(['delivery/reported - [] h200 delivery:over:2100']);
  });

  it('does not take the bonded zone the goods cleared in for their buyer', () => {
    expect(briefs('杭州海关：萧山保税区首批进口H200芯片完成通关 共计1800余颗')).toEqual(['delivery/reported - [] h200 delivery:over:1800']);
  });

  it('still reads Beijing letting firms buy as a grant', () => {
    expect(briefs('中方放行字节跳动采购英伟达H200').map((b) => b.split('/')[0])).toEqual(['grant']);
  });
});
