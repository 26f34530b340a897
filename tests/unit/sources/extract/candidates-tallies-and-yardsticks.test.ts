/**
 * Figures met on invented headlines in the forty-ninth session: a tally "since the approvals" runs to now (news, not
 * old news restated), "orders top 2.5 million" passes a figure (not a rank like "top 10"), and a quota named only as
 * the yardstick another figure is measured against is no fact of its own; bookings are orders; a tracked firm's chip
 * unit (T-Head) ordering chips orders its own; and "requires … to purchase, pair, certify …" proposes a term.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const figures = (title: string, summary?: string) =>
  read(title, summary).candidates.map(
    (c) =>
      `${c.kind}/${c.certainty}/${c.holders.map((h) => h.value).join('+')}/${c.quantity ? `${c.quantity.qualifier}:${c.quantity.value}:${c.quantity.role}` : '-'}`,
  );

describe('a tally since the approvals runs to now', () => {
  it.each([
    ['Nvidia has shipped about 80,000 H200 chips to Chinese customers since approval, CFO says', 'delivery/reported//about:80000:delivery'],
    ['Chinese buyers have taken delivery of some 90,000 H200s since the approvals', 'delivery/reported//about:90000:delivery'],
  ])('%s', (title, expected) => {
    expect(figures(title)).toEqual([expected]);
  });

  it('a since-clause before the event still dates it', () => {
    expect(read('Since the approvals in January, Alibaba had ordered 40,000 H200s').notes).toContain('old news restated');
  });
});

describe('"top" before a figure passes it; before a small number it ranks', () => {
  it.each([
    ["Chinese firms' H200 orders top 2.5 million", 'order/reported//over:2500000:order'],
    ['H200 orders from Chinese companies tops 3 million units', 'order/reported//over:3000000:order'],
  ])('%s', (title, expected) => {
    expect(figures(title)).toEqual([expected]);
  });

  it.each([
    ["Chinese H200 bookings pass 2.5 million, dwarfing Nvidia's stockpile", 'order/reported//over:2500000:order'],
    ['H200 orders from China surpass 2.6 million', 'order/reported//over:2600000:order'],
  ])('bookings are orders, and passing a figure is more than it: %s', (title, expected) => {
    expect(figures(title)).toEqual([expected]);
  });

  it('a rank is no count', () => {
    expect(figures('Nvidia ranks ByteDance among its top 5 H200 customers').every((c) => !c.includes(':5:'))).toBe(true);
  });
});

describe('a quota named as the yardstick is no fact', () => {
  it.each([
    ['ByteDance has ordered 300,000 H200 chips, more than its approved quota of 200,000'],
    ['ByteDance has ordered 300,000 H200 chips, exceeding its quota of 200,000'],
    ['ByteDance orders 300,000 H200s, above its 200,000-chip quota'],
  ])('%s', (title) => {
    expect(figures(title)).toEqual(['order/reported/bytedance/exact:300000:order']);
  });

  it('超过其20万颗的获批额度: the order keeps its figure and the quota gives none', () => {
    const f = figures('字节跳动已订购30万颗H200，超过其20万颗的获批额度');
    expect(f).toContain('order/reported/bytedance/exact:300000:order');
    expect(f.filter((c) => c.includes(':200000:'))).toEqual([]);
  });

  it('a quota told as news still counts', () => {
    expect(figures('China raises ByteDance H200 quota to 250,000')[0]).toMatch(/^grant\/reported\/bytedance\/\w+:250000:/);
  });
});

describe("a tracked firm's chip unit orders its own chips", () => {
  it('T-Head chip orders with the item only in the summary are no H200 order', () => {
    const summary =
      'Provincial clouds have reserved more than 300,000 of the in-house accelerators, as buyers are pushed to pair imported H200s with local silicon.';
    expect(figures("Alibaba's T-Head AI chip orders said to top 300,000", summary)).toEqual([]);
  });

  it('an H200 order the same sentence names still counts', () => {
    expect(figures('Alibaba orders 50,000 H200 chips for T-Head data centres')).toEqual(['order/reported/alibaba/exact:50000:order']);
  });
});

describe('an authority requiring buyers to do something proposes a term', () => {
  it.each([
    ['China requires H200 buyers to purchase one domestic chip for every two H200s, sources say', 'condition_proposed/hedged//-'],
    ['US requires Nvidia to certify H200 buyers are not military end users', 'condition_proposed/reported/nvidia/-'],
    ['The US will require Nvidia to screen H200 customers in China', 'condition_proposed/reported/nvidia/-'],
  ])('%s', (title, expected) => {
    expect(figures(title)).toEqual([expected]);
  });
});
