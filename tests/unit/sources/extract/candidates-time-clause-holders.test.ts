/**
 * Firms named in a time clause after a purchase ("…, a day after Beijing cleared the company along with ByteDance
 * and Tencent") are not buyers in it; firms named as buyers before the clause are.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const orders = (title: string, summary: string) =>
  read(title, summary)
    .candidates.filter((c) => c.kind === 'order')
    .map((c) => c.holders.map((h) => h.value).join(','));

describe('firms in a time clause after an order', () => {
  it('keeps only the buyer', () => {
    expect(
      orders(
        'Alibaba orders more than 80,000 Nvidia H200s, sources say',
        'Alibaba Group has placed orders with Nvidia for more than 80,000 H200 chips, two people said, a day after Beijing cleared the company along with ByteDance and Tencent to buy them.',
      ),
    ).toEqual(['alibaba']);
  });

  it('keeps buyers named together before any time clause', () => {
    expect(
      orders(
        'ByteDance and Tencent order 50,000 Nvidia H200s, sources say',
        'ByteDance and Tencent have placed orders for a combined 50,000 H200 chips, two people said.',
      ),
    ).toEqual(['bytedance,tencent']);
  });
});
