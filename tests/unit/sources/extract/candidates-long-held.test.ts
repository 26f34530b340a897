/**
 * A member of the tracked group approval told as holding it, long after the record's first telling
 * (a results announcement citing "its 2026 H200 import permit"): the record told again, not a grant.
 * Soon after, or with a word of a further approval, it stays a grant.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withGroup } from './state.js';

const state = withGroup();
state.authorization['cn-group']!.evidence = [
  { url: 'https://example.test/jan', title: 'China approves the group', publishedAt: '2026-01-28', seenAt: '2026-01-28T12:00:00Z', tier: 'wire' },
];
const kinds = (title: string, publishedAt: string) =>
  extractCandidates({ title, publishedAt }, state).candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}`);
const LATER = '2029-08-20T08:00:00Z';

describe('an approval long held, told again', () => {
  it('reads a single holder citing the approval years later as the record told again', () => {
    expect(kinds('Tencent points to its China approval to import Nvidia H200 chips as cloud sales climb', LATER)).toEqual(['restatement tencent']);
  });

  it('reads the same words in the week of the decision as a grant', () => {
    expect(kinds('Tencent points to its China approval to import Nvidia H200 chips as cloud sales climb', '2026-01-30T08:00:00Z')).toEqual(['grant tencent']);
  });

  it('reads a further approval years later as a grant', () => {
    expect(kinds('China approves a further batch of Nvidia H200 chips for Tencent', LATER)).toEqual(['grant tencent']);
  });
});
