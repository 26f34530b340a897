/**
 * An order told beside the quota already held (在首批额度获批后, 首批额度之外), the pace of approvals (放行进度,
 * "as approvals trickle in") and deliveries still to be paced (交付将分三个季度完成, 交付节奏) tell no grant and no
 * delivery of their own: only the order.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('an order beside the quota held', () => {
  it('reads only the order when the first quota is a point in time and deliveries are spread out', () => {
    expect(
      briefs('供应链人士称腾讯已向英伟达加订约3万颗H200', '据两位供应链人士透露，腾讯在首批额度获批后追加了约3万颗H200订单，交付将分三个季度完成。'),
    ).toEqual(['order/hedged - [tencent] h200 order:about:30000']);
  });

  it('reads only the order when deliveries depend on the pace of clearance', () => {
    expect(
      briefs('消息称字节跳动再向英伟达加订约2万颗H200', '多位产业链人士称，字节跳动近期追加了约2万颗H200的采购，具体交付节奏仍取决于进口放行进度。'),
    ).toEqual(['order/hedged - [bytedance] h200 order:about:20000']);
  });

  it('reads "as China approvals trickle in" as no approval', () => {
    expect(briefs('Nvidia is holding roughly 620,000 finished H200s as China approvals trickle in, estimates show')).toEqual([
      'supply/reported - [nvidia] h200 inventory:about:620000',
    ]);
  });
});
