/**
 * Firms named in a time clause after an event ("…, a day after Beijing cleared the company along with ByteDance
 * and Tencent", "…, after a report that Tencent had accepted such terms") are not its parties; firms named before the clause are.
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

describe('firms in a time clause after any event', () => {
  it('keeps only the firm denying it agreed to terms, not the one a report said had accepted them', () => {
    const c = read(
      'Meituan says it has not agreed to Beijing’s H200 usage-reporting terms',
      'Meituan said on Friday it had not signed up to any requirement to report to the Ministry of Commerce on how its Nvidia H200 chips are used, after a report that Tencent had accepted such terms.',
    ).candidates;
    expect(c.map((x) => `${x.kind}/${x.certainty} ${x.holders.map((h) => h.value).join(',')}`)).toEqual(['condition_agreed/denied meituan']);
  });
});
