/**
 * A space between Chinese words parts a headline's clauses: a figure closing one clause belongs to
 * the event of that clause, not to an order word opening the next.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('a Chinese headline in clauses', () => {
  it('keeps the figure with the approval its clause tells, not the orders of the next clause', () => {
    expect(briefs('腾讯H200进口获准 规模约五万颗 订单积压仍待消化')).toEqual(['grant/reported mofcom [tencent] h200 quota:about:50000']);
  });

  it('still reads a figure inside the order clause as the order', () => {
    expect(briefs('阿里巴巴H200进口获批 订单约六万颗')).toEqual(['grant/reported mofcom [alibaba] h200', 'order/reported - [alibaba] h200 order:about:60000']);
  });
});
