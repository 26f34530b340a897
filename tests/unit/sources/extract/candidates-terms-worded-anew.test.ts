/**
 * Terms worded in ways the lexicon did not know: on-site visits considered as a licence condition, a bar on renting
 * compute to foreign clients mulled, one Chinese-made processor for each pair of H200s asked, and a cap on what a single buyer
 * may take agreed.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withUsExport } from './state.js';

const state = withUsExport();
const kinds = (title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map((c) => `${c.kind} ${c.authority?.value ?? '-'} ${c.conditions.map((x) => x.value).join(',')}`);

describe('terms worded anew', () => {
  it('reads on-site visits considered for US licences as a proposed condition', () => {
    expect(
      kinds(
        'Washington mulls new terms for Chinese buyers of Nvidia H200s - sources',
        'Commerce Department officials are discussing whether to make on-site visits a condition of new Nvidia H200 export licences, people familiar with the talks said.',
      ),
    ).toEqual(['condition_proposed bis kyc']);
  });

  it('reads a bar on renting compute to foreign clients, mulled, as a proposed condition', () => {
    expect(kinds('Beijing mulls stopping H200 importers from renting compute to foreign clients')).toEqual(['condition_proposed mofcom end-use,location']);
  });

  it('reads one Chinese-made processor asked for each pair of H200s as a proposed bundling condition', () => {
    expect(kinds('China asks H200 buyers to take one Chinese-made processor for each pair of Nvidia H200s - sources')).toEqual([
      'condition_proposed mofcom bundling',
    ]);
  });

  it('reads a cap on what a single Chinese buyer may receive, accepted, as an agreed volume condition', () => {
    expect(kinds('Nvidia accepts US term that no single Chinese buyer may receive more than a fixed share of its H200s')).toEqual([
      'condition_agreed bis volume-cap',
    ]);
  });
});
