/**
 * A month that dates the figure a count is compared with ("more than 2.8 million, against roughly 2 million in
 * January") leaves the count today's news; and "allow spot checks at customer sites" lets inspectors in, it grants
 * nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withUsExport } from './state.js';

describe('months of comparison and checks allowed', () => {
  it('reads an order total compared with a January figure as a new order figure, not a restatement', () => {
    const kinds = extractCandidates(
      {
        title: 'Chinese H200 orders rise to 3.1 million chips - sources',
        summary:
          'Orders from Chinese companies for Nvidia H200s now total about 3.1 million chips, against roughly 2 million in January, two people with knowledge of the order books said.',
        publishedAt: '2026-02-20T08:00:00Z',
      },
      withUsExport(),
    ).candidates.map((c) => c.kind);
    expect(kinds).toEqual(['order']);
  });

  it('reads no grant in the exporter allowing spot checks', () => {
    const kinds = extractCandidates(
      {
        title: 'Nvidia to log serial numbers of China-bound H200s',
        summary:
          'Nvidia told the Commerce Department it will record the serial number of every H200 covered by a China licence and allow spot checks at customer sites, the company said.',
      },
      withUsExport(),
    ).candidates.map((c) => c.kind);
    expect(kinds).not.toContain('grant');
  });
});
