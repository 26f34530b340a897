/**
 * Goods named by the order they came from and then told delivered (公司订购的8台H200服务器已全部运抵) are a
 * delivery of that count, not a new order; 2千台 is two thousand, not a thousand after a stray 2.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('ordered goods told arrived', () => {
  it('reads 订购的8台…已全部运抵 as eight delivered, with no new order', () => {
    const read = briefs('青川果业：8台H200服务器已全部到位', '青川果业在上证e互动表示，公司订购的8台H200服务器已于近日全部运抵并完成部署。');
    expect(read).toHaveLength(1);
    expect(read[0]).toMatch(/^delivery\/reported - \[zh-[a-z0-9]+\] h200 delivery:exact:8$/);
  });

  it('reads 约2千台 as about 2,000', () => {
    expect(briefs('青川果业：首批约2千台H200服务器已到货')[0]).toMatch(/delivery:about:2000$/);
  });
});
