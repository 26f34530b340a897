/**
 * A headline about another product tells that product's news: the tracked item named beside it
 * is background ("as H200 permits trickle in", 随着获准进口H200的企业增多, "Washington has also
 * approved sales of Nvidia's H200"), and a decision told there without a figure records nothing.
 * That is a headline that leads with another chip, or one that names no tracked item and whose
 * first event after it is another product's. A headline that names who decided, or a figure,
 * still tells its own news.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

/** The item reads no event, and says the decision was background to another product's headline. */
function readsNoDecision(title: string, summary: string): void {
  const e = read(title, summary);
  expect(e.candidates).toEqual([]);
  // ("as H200 permits trickle in" is no approval told at all now; the headline's other product is the note either way.)
  expect(e.notes.join(' ')).toMatch(/about another product/);
}

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
  ])('reads no decision from "%s"', readsNoDecision);

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

describe('a headline naming no tracked item, whose lede is about another product', () => {
  it.each([
    [
      'Lam Research wins US licences to keep supporting etch tools at SMIC fabs',
      "Lam said the Commerce Department had granted licences letting it service and supply spare parts for chipmaking equipment at SMIC's Beijing fab. Washington has also approved sales of Nvidia's H200 to vetted Chinese buyers this year.",
    ],
    [
      'China clears imports of Boeing 737 jets for three airlines',
      "The commerce ministry approved the purchase of Boeing aircraft by Air China, it said on Friday. Beijing has also approved several domestic firms to import Nvidia's H200 chips.",
    ],
  ])('reads no decision from "%s"', readsNoDecision);

  it('keeps the decision when the lede tells it of the tracked item', () => {
    expect(
      briefs(
        'China clears Meituan to import Nvidia chips',
        "The commerce ministry approved Meituan's application to import H200 processors, the company said.",
      ),
    ).toEqual(['grant/reported mofcom [meituan] h200']);
  });
});
