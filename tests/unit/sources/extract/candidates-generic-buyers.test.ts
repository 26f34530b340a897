/**
 * An order figure whose own clause names buyers in general (中国企业, "Chinese companies") is the
 * unattributed orders, even when the sentence named the three approved firms in an earlier clause.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const orders = (title: string, summary: string) =>
  read(title, summary)
    .candidates.filter((c) => c.quantity?.role === 'order')
    .map((c) => `${c.quantity!.value} [${c.holders.map((h) => h.value).join(',')}]`);

describe('orders of buyers at large', () => {
  it('reads no holders for the orders of Chinese firms told after the group’s approval', () => {
    expect(
      orders('H200这一年：三个数字', '今年1月，字节跳动、阿里巴巴、腾讯三家合计获批进口逾40万颗英伟达H200；同一时期，中国企业向英伟达下单的总量超过200万颗。'),
    ).toEqual(['2000000 []']);
    expect(
      orders(
        'The H200 year in three numbers',
        'ByteDance, Alibaba and Tencent were cleared to import more than 400,000 H200s between them; Chinese companies have ordered more than 2 million.',
      ),
    ).toEqual(['2000000 []']);
  });

  it('keeps a named buyer’s own order', () => {
    expect(orders('字节跳动追加订单', '字节跳动向英伟达下单约5万颗H200。')).toEqual(['50000 [bytedance]']);
  });
});
