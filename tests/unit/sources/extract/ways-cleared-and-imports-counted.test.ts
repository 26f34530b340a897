/**
 * Approvals "granted under the rule's conditions" carry terms; "clearing the way for further approvals" tells no grant, and
 * "a review of clearance records" names customs papers, not a permission; imports counted ("imports near 150,000") are
 * deliveries.
 */
import { describe, expect, it } from 'vitest';
import { briefs, toldOfUsExport, grantsWithTerms } from './candidates-helpers.js';

describe('terms, ways cleared and customs papers', () => {
  it('reads approvals granted under the rule’s conditions as carrying terms', () => {
    expect(
      grantsWithTerms(
        'Nvidia wins about 20 more US licences for China H200 sales, sources say',
        'The new approvals, granted under the January rule’s conditions, cover regional cloud providers, said two people briefed on the awards.',
      ),
    ).toEqual([true]);
  });

  it('reads a condition accepted that clears the way for further approvals as no grant', () => {
    expect(
      toldOfUsExport(
        'Nvidia agrees to let US inspectors visit Chinese sites running its H200s',
        'Nvidia has accepted a Commerce Department demand that American officials be able to inspect data centres in China where licensed H200 chips are installed, clearing the way for further approvals, according to people familiar with the talks.',
      ).filter((t) => t.startsWith('grant')),
    ).toEqual([]);
  });

  it('reads imports counted from customs papers as a delivery, not a grant', () => {
    expect(
      briefs(
        "China's H200 imports near 120,000 units by early March, customs data show",
        'Customs declarations show roughly 120,000 Nvidia H200 processors entered the country since late January, according to a review of clearance records.',
      ),
    ).toEqual(['delivery/reported - [] h200 delivery:about:120000']);
  });
});
