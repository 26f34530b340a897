/**
 * Goods named reaching a place or a buyer ("the first 512 H200s reach Lanzhou", "no H200s have reached our halls") tell a
 * delivery, affirmed or denied; a total that reaches a figure, a request that reaches a ministry and chips that reach
 * unapproved users tell none.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

const deliveries = (title: string, summary?: string) => briefs(title, summary).filter((b) => b.startsWith('delivery/'));

describe('goods reaching a place or a buyer', () => {
  it('reads chips that have reached a tracked buyer, counted, as its delivery', () => {
    expect(deliveries('Crates carrying about 21,730 H200 chips have reached Tencent’s Qingyuan halls, people say')).toEqual([
      'delivery/hedged - [tencent] h200 delivery:about:21730',
    ]);
  });

  it('reads a first tranche that reaches a tracked buyer as its delivery', () => {
    expect(deliveries('A first tranche of 9,410 Nvidia H200s reached Alibaba Cloud in Zhangbei this week')).toEqual([
      'delivery/reported - [alibaba] h200 delivery:exact:9410',
    ]);
  });

  it('reads a buyer saying no H200s have reached it as its delivery denied', () => {
    expect(deliveries('ByteDance: no H200s have reached our data halls so far')).toEqual(['delivery/denied - [bytedance] h200']);
  });

  it('reads not a single H200 having reached a buyer as its delivery denied', () => {
    expect(deliveries('Not a single H200 has reached Tencent’s server rooms yet, people close to the company said')).toEqual([
      'delivery/denied - [tencent] h200',
    ]);
  });

  it('still reads orders for the H200 that reach a figure as an order, not a delivery', () => {
    expect(briefs('Chinese orders for Nvidia’s H200 reach about 2.7 million chips - distributors')).toEqual(['order/reported - [] h200 order:about:2700000']);
  });

  it('still reads imports that reached a figure as a delivery', () => {
    expect(deliveries("China's March H200 imports reached about 38,600, customs data show")).toEqual(['delivery/reported - [] h200 delivery:about:38600']);
  });

  it('still reads chips that reach blacklisted firms as no delivery', () => {
    expect(deliveries('US cancels an Nvidia H200 licence after chips reach a blacklisted Chinese trader')).toEqual([]);
  });

  it('still reads a check on whether chips reached unvetted users as no delivery', () => {
    expect(deliveries('Commerce pauses two Nvidia H200 licences while it checks whether chips reached Alibaba Cloud resellers')).toEqual([]);
  });

  it('still reads an import request that reached the ministry as no delivery', () => {
    expect(deliveries('Tencent said its application for Nvidia H200 processors reached the commerce ministry on Monday')).toEqual([]);
  });
});
