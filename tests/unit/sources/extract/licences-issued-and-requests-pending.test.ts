/**
 * "to issue some two dozen … licences" grants them (two dozen is 24); licence requests "before" regulators are requests
 * made and pending. A refusal of licence requests is the refusal only.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief } from './candidates-helpers.js';
import { withUsExport } from './state.js';

const us = (title: string, summary = ''): string[] => extractCandidates({ title, summary }, withUsExport()).candidates.map(brief);

describe('licences issued and requests pending', () => {
  it('reads licences an authority is said to issue, counted in dozens, as a grant', () => {
    expect(us('Commerce is said to issue some two dozen Nvidia H200 licences for China')).toEqual(['grant/hedged bis [nvidia] h200 licence_count:about:24']);
  });

  it('reads licence requests before regulators as requests made', () => {
    expect(us('Nvidia has roughly 60 China H200 licence requests before US regulators, sources say')).toEqual([
      'application/hedged - [nvidia] h200 licence_count:about:60',
    ]);
  });

  it('reads a refusal of licence requests as the refusal only', () => {
    expect(us('Commerce says it has refused three Nvidia H200 licence requests covering Chinese buyers').map((b) => b.split(' ')[0])).toEqual([
      'denial/official',
    ]);
  });
});
