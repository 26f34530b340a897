/**
 * An order sized in money or in a round count ("a $900 million order", 数万颗) is an order all the
 * same, where its sentence names the goods; a settlement order is no purchase.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('orders with no exact count', () => {
  it('reads an order sized in money', () => {
    expect(briefs('Meituan books $900 million order for Nvidia H200 servers')).toEqual(['order/reported - [meituan] h200']);
  });

  it('reads an order of a round count, in English and in Chinese', () => {
    expect(briefs('Xiaomi places order for hundreds of thousands of Nvidia H200 chips, people familiar say')).toEqual(['order/hedged - [xiaomi] h200']);
    expect(briefs('据悉美团已向英伟达订购数万颗H200')).toEqual(['order/hedged - [meituan] h200']);
  });

  it('reads nothing when the round count is of another chip, the tracked one named only after', () => {
    expect(briefs('壁仞科技获美团数万颗GPU订单', '美团此前已获准进口英伟达H200芯片。')).toEqual([]);
  });

  it('reads a settlement order as no purchase', () => {
    expect(briefs('Dell pays $30 million under a settlement order over H200 servers shipped to China')).toEqual([]);
  });
});

describe('an order cut or raised to a figure', () => {
  it('reads "order to about 150,000" and "order of roughly 150,000" as orders of that size', () => {
    expect(briefs('Alibaba Said to Trim Nvidia H200 Order to About 150,000 Chips')).toEqual(['order/hedged - [alibaba] h200 order:about:150000']);
    expect(briefs('Alibaba Cloud confirms smaller H200 order of roughly 150,000')).toEqual(['order/reported - [alibaba] h200 order:about:150000']);
    expect(briefs('Alibaba Trims Its H200 Order to About a Quarter of a Million Chips')).toEqual(['order/reported - [alibaba] h200 order:about:250000']);
  });

  it('still reads an order to halt purchases as no order', () => {
    expect(briefs('Beijing issues order to halt Alibaba H200 purchases').filter((b) => b.startsWith('order'))).toEqual([]);
  });
});
