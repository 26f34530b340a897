/**
 * A stock figure the ledger holds was set by admins, never by a news item, so a report of it is that figure told
 * again however soon after its source; an order total, which news does set, stays a live story's for two days.
 */
import { describe, expect, it } from 'vitest';
import { kindsWithFigures } from './candidates-helpers.js';
import { seedState, withHeldFigures } from './state.js';

const kinds = (title: string, summary: string, publishedAt: string) =>
  kindsWithFigures(withHeldFigures(seedState(), '2026-02-11'), title, summary, publishedAt);

describe('a held stock figure told the day after its source', () => {
  it('reads the stock figure told alone as told again', () => {
    expect(
      kinds(
        'Qingchuan Daily: Nvidia sits on roughly 700,000 H200s',
        'Nvidia holds about 700,000 H200 chips in inventory, the paper said.',
        '2026-02-12T08:00:00Z',
      ),
    ).toEqual(['restatement inventory:700000']);
  });

  it('leaves it out beside an item’s own news, in either language', () => {
    const order = 'order order:2600000';
    expect(
      kinds(
        'Qingchuan Daily: Chinese H200 orders climb to 2.6 million against 700,000 in stock',
        'Chinese buyers have now ordered more than 2.6 million H200 chips, while Nvidia holds about 700,000 in inventory, the paper said.',
        '2026-02-12T08:00:00Z',
      ),
    ).toEqual([order]);
    expect(
      kinds(
        '青川日报：国内H200订单增至260万颗 英伟达库存约70万颗',
        '据青川日报，国内买家的H200订单已超过260万颗，英伟达库存约70万颗。',
        '2026-02-12T08:00:00Z',
      ),
    ).toEqual([order]);
  });

  it('keeps a stock figure the ledger does not hold news', () => {
    expect(
      kinds(
        'Qingchuan Daily: Nvidia sits on roughly 450,000 H200s',
        'Nvidia holds about 450,000 H200 chips in inventory, the paper said.',
        '2026-02-12T08:00:00Z',
      ),
    ).toEqual(['supply inventory:450000']);
  });
});
