/**
 * The firm goods come from is their supplier, not a holder: "taken delivery … from Inspur", "orders … from Lenovo",
 * 联想向阿里云交付 (forty-ninth session, invented headlines).
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const holders = (title: string) => read(title).candidates.map((c) => `${c.kind}:${c.holders.map((h) => h.value).join('+')}`);

describe('a supplier is not a holder', () => {
  it.each([
    ['Alibaba Cloud has taken delivery of its first H200 servers from Inspur', 'delivery:alibaba'],
    ["ByteDance's Volcano Engine orders 10,000 H200 servers from Lenovo", 'order:bytedance'],
    ['联想向阿里云交付首批H200服务器', 'delivery:alibaba'],
  ])('%s', (title, expected) => {
    expect(holders(title)).toEqual([expected]);
  });

  it('two buyers named together stay holders', () => {
    expect(holders('Alibaba and Tencent receive first H200 shipments')).toEqual(['delivery:alibaba+tencent']);
  });
});

describe('the buyer placing an order is no supplier', () => {
  it('orders placed by ByteDance and Tencent keep both', () => {
    expect(holders('H200 orders placed by ByteDance and Tencent reach 300,000')).toEqual(['order:bytedance+tencent']);
  });
});
