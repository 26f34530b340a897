/**
 * The Federal Register's "…; Proposed Rule" heading on chips licensed for export to China is an official proposal on
 * the US licensing of the item, carrying the terms its notice names, whatever else the heading's words read as.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withUsExport } from './state.js';

const state = withUsExport();

describe('a proposed rule heading', () => {
  it('reads it as an official proposal on the US licensing with the terms it names', () => {
    expect(
      extractCandidates(
        {
          title: 'Advanced Computing Items: Annual Site Attestations for H200 Chips Licensed for Export to China; Proposed Rule',
          summary: 'Holders of such licences would submit quarterly reports naming the site of each licensed unit, under the proposal.',
        },
        state,
      ).candidates.map((c) => `${c.kind}/${c.certainty} ${c.authority?.value} ${c.conditions.map((x) => x.value).join(',')}`),
    ).toEqual(['condition_proposed/official bis end-use']);
  });
});
