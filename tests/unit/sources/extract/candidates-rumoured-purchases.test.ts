/**
 * A firm answering a rumour about its own purchases: the seller it would buy from is the other side of its deal, not
 * another firm it speaks of, so the denial is the firm's.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a firm answering a rumour about itself', () => {
  it('denies its own order when it names the seller it did not order from', () => {
    expect(told('青川果业回应H200采购传闻：没有向英伟达下单', '针对市场传闻，青川果业相关负责人表示，芯片设计所需算力以租用为主。')).toEqual([
      'order/denied 青川果业',
    ]);
  });
});
