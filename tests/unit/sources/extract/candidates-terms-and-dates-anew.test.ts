/**
 * Terms proposed in new words (idle capacity set aside for state labs, a licence limited to twelve months), and an
 * old-news word inside an after-clause ("applies … after ruling it out last month"), which dates the earlier act only.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { read } from './candidates-helpers.js';
import { withUsExport } from './state.js';

const state = withUsExport();
const kinds = (title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map((c) => `${c.kind} ${c.authority?.value ?? '-'} ${c.conditions.map((x) => x.value).join(',')}`);

describe('terms and dates, worded anew', () => {
  it('reads idle capacity to be set aside for state labs, discussed, as a proposed term', () => {
    expect(
      kinds(
        'Beijing mulls asking H200 importers to share compute with universities',
        'Chinese officials are discussing a rule that would require firms cleared to import Nvidia H200 chips to set aside part of their idle capacity for university laboratories, people familiar said.',
      ),
    ).toEqual(['condition_proposed mofcom end-use']);
  });

  it('reads licences limited to twelve months, considered, as a proposed term of the US licensing', () => {
    expect(
      kinds(
        'Washington mulls shorter Nvidia H200 licences for China - sources',
        'Commerce Department officials are considering limiting each Nvidia H200 licence to twelve months, people familiar said.',
      ),
    ).toEqual(['condition_proposed bis duration']);
  });

  it('reads a request made after ruling it out last month as news, not old news', () => {
    expect(read('Qingchuan Cloud applies to import Nvidia H200s after ruling it out last month').candidates.map((c) => c.kind)).toEqual(['application']);
  });
});
