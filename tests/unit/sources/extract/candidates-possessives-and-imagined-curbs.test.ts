/**
 * "China's Orders for Nvidia H200s Pass 2.5 Million": a country's possessive is no firm; "before any new US curbs" imagines
 * a restriction, it tells none; and "accepting a condition officials floated last month" dates the floating, not the
 * acceptance.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withUsExport } from './state.js';

const state = withUsExport();
const facts = (title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map(
    (c) => `${c.kind} [${c.holders.map((h) => h.value).join(',')}]${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`,
  );

describe('possessives, imagined curbs and dated clauses', () => {
  it("reads China's orders as the country's buyers', with no firm called China's", () => {
    expect(facts("China's Orders for Nvidia H200s Pass 2.5 Million, People Familiar Say")).toEqual(['order [] order:2500000']);
  });

  it('reads no denial in buyers rushing before any new US curbs', () => {
    expect(
      facts(
        'Chinese orders for Nvidia H200s top 2.5 million chips - sources',
        'Chinese companies have ordered more than 2.5 million H200 chips from Nvidia, people familiar with the orders said, as buyers rush to lock in supply before any new US curbs.',
      ),
    ).toEqual(['order [] order:2500000']);
  });

  it('reads the acceptance of a condition floated last month as news', () => {
    expect(
      facts(
        'Nvidia agrees to file yearly end-use certificates for Chinese H200 buyers',
        'Nvidia has told the Commerce Department it will obtain a yearly end-use certification from each Chinese customer, accepting a licence condition officials floated last month, a spokesperson said.',
      ).map((f) => f.split(' ')[0]),
    ).toEqual(['condition_agreed']);
  });
});
