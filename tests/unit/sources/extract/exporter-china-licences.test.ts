/**
 * An item that names no chip but names the one exporter the ledger tracks for exports to China, and its licences for
 * Chinese buyers ("files for 30 more China export licences", "licence bids for at least four Chinese buyers"), is about
 * that export licence's goods; the buyers the licences cover are not its holders. Another chip named beside it, or no
 * tracked export licence, leaves the item without one.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief } from './candidates-helpers.js';
import { seedState, withUsExport } from './state.js';

const us = (title: string, summary = ''): string[] => extractCandidates({ title, summary }, withUsExport()).candidates.map(brief);

describe('an exporter’s China licences stand for its goods', () => {
  it('reads requests, refusals and grants of the exporter’s China licences as events on its export licensing', () => {
    expect(us('Nvidia files for roughly 30 more China export licences, sources say')).toEqual(['application/hedged bis [nvidia] h200 licence_count:about:30']);
    expect(us('US turns down Nvidia licence bids for at least four Chinese buyers - sources')).toEqual(['denial/hedged bis [nvidia] h200']);
    expect(us('Nvidia says it has filed US licence requests for about 25 more Chinese buyers')).toEqual(['application/reported bis [nvidia] h200']);
  });

  it('leaves the item without goods when another chip is named, or no export licence is tracked', () => {
    expect(us('Nvidia says it won US licences for H20 sales to Chinese customers')).toEqual([]);
    expect(extractCandidates({ title: 'Nvidia files for roughly 30 more China export licences, sources say' }, seedState()).candidates).toEqual([]);
  });
});
