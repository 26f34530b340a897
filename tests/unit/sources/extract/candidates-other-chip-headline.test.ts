/**
 * A headline that leads with another chip tells that chip's news: the tracked item named after
 * it is background ("as H200 permits trickle in", 随着获准进口H200的企业增多), and a decision told
 * there without a figure records nothing. A headline that names who decided, or gives a figure,
 * still tells its own news.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('a headline about another chip', () => {
  it.each([
    [
      'Huaqin lines up Chinese orders for H20 edge servers as H200 permits trickle in',
      'Buyers still waiting for H200 import approvals want stop-gap capacity, the server maker said.',
    ],
    ['H20二手价格持续走低 代理商：客户都在等H200进口批文', '多家代理商表示，随着获准进口H200的企业增多，H20询价明显减少。'],
    [
      'Sugon cuts prices of its H20 inference racks while H200 applications pile up',
      'Chinese hospitals that have applied for the faster H200 are renting the racks meanwhile, Sugon said.',
    ],
  ])('reads no decision from "%s"', (title, summary) => {
    const e = read(title, summary);
    expect(e.candidates).toEqual([]);
    expect(e.notes.join(' ')).toMatch(/background to a headline about another chip/);
  });

  it('keeps the decision when the headline names who won it', () => {
    expect(
      briefs('H20 prices slide as Meituan wins approval to import H200s', "Meituan received the commerce ministry's approval this week, people familiar said."),
    ).toEqual(['grant/hedged mofcom [meituan] h200']);
  });

  it('keeps a decision with a figure', () => {
    expect(
      briefs('H20 stock piles up at distributors', 'Meanwhile, the commerce ministry approved Meituan to import 8,000 H200 chips, two people familiar said.'),
    ).toEqual(['grant/hedged mofcom [meituan] h200 quota:exact:8000']);
  });

  it('keeps the decision of a headline that names the tracked item first', () => {
    expect(
      briefs("China approves Xiaomi's H200 imports as H20 demand fades", 'The commerce ministry cleared Xiaomi to import Nvidia H200 chips, the company said.'),
    ).toEqual(['grant/reported mofcom [xiaomi] h200']);
  });
});
