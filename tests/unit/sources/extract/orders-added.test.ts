/**
 * An order added on top of an earlier one (追单, 加单, 追签, 向英伟达追加, "signs up for … more") is an order;
 * supply-chain talk (供应链传, 供应链消息) and 被指 hedge it.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('orders added', () => {
  it('reads 追单 as an order, hedged by 据悉', () => {
    expect(briefs('据悉腾讯再向英伟达追单约3万颗H200')).toEqual(['order/hedged - [tencent] h200 order:about:30000']);
  });

  it('reads 加單 in traditional characters, hedged by 供應鏈傳', () => {
    expect(briefs('供應鏈傳阿里巴巴向輝達加單約2萬顆H200')).toEqual(['order/hedged - [alibaba] h200 order:about:20000']);
  });

  it('reads 向英伟达追加 with a count as an order, hedged by 被指', () => {
    expect(briefs('阿里巴巴被指再向英伟达追加约4万颗H200')).toEqual(['order/hedged - [alibaba] h200 order:about:40000']);
  });

  it('reads "signs up for" as an order', () => {
    expect(briefs('Tencent Signs Up for Roughly 30,000 More Nvidia H200s, People Say')).toEqual(['order/hedged - [tencent] h200 order:about:30000']);
  });
});
