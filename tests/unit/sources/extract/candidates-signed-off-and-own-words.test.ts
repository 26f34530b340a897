/**
 * "Signed off on" licences is an approval, not terms signed; a headline asking what the licence conditions mean for
 * buyers explains the rule as it stands; and a firm that says on a weekday that none of the chips it ordered has
 * arrived speaks of its own goods.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withUsExport } from './state.js';

const state = withUsExport();
const kinds = (title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map((c) => `${c.kind}/${c.certainty} ${c.holders.map((h) => h.value).join(',')}`);

describe('signed off, explained, and said of itself', () => {
  it('reads licences signed off on, each with terms, as one grant', () => {
    expect(
      kinds(
        'US Commerce confirms it has approved 9 Nvidia H200 export licences for China',
        'The Commerce Department said on Monday it had signed off on 9 Nvidia licences for H200 shipments to Chinese buyers, each subject to testing and know-your-customer conditions.',
      ).map((k) => k.split('/')[0]),
    ).toEqual(['grant']);
  });

  it('reads a headline on what the licence conditions mean for buyers as the rule told again', () => {
    expect(kinds("China H200 deals: what the January BIS licence terms mean for buyers' contracts").map((k) => k.split('/')[0])).toEqual(['restatement']);
  });

  it('reads a buyer saying none of the chips it ordered has arrived as its delivery denied', () => {
    expect(
      kinds(
        'Tencent says no Nvidia H200s have reached it yet',
        'Tencent said on Tuesday that none of the H200 processors it ordered from Nvidia had arrived yet.',
      ),
    ).toEqual(['delivery/denied tencent']);
  });
});
