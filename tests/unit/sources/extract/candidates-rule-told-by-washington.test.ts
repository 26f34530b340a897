/**
 * The US licensing told as it stands by Washington itself (the department, its secretary, a bureau official
 * before senators, the bureau's own guidance) is an official restatement; the same rule recalled by a
 * reminder ("the rule the bureau published in January") is the outlet's.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withUsExport } from './state.js';

const state = withUsExport();
const told = (title: string, summary: string) =>
  extractCandidates({ title, summary }, state).candidates.map((c) => `${c.kind}/${c.certainty} ${c.retells ?? '-'}`);

describe('the US licensing told again by Washington', () => {
  it.each([
    [
      'Commerce says H200 licence terms for China are unchanged',
      'The Commerce Department said on Friday that Nvidia’s H200 export licences for China still carry the conditions of the January rule.',
    ],
    [
      'Export official tells lawmakers China H200 licence terms stand',
      'A senior Bureau of Industry and Security official told the House committee that the H200 licences for China remain subject to US testing and the volume cap.',
    ],
    [
      'Commerce chief says H200 rules for China have not changed',
      'Commerce Secretary Jane Roe said the rules for Nvidia’s H200 sales to China remain as written in January.',
    ],
  ])('reads "%s" as an official restatement', (title, summary) => {
    expect(told(title, summary)).toEqual(['restatement/official us-export']);
  });

  it('keeps a reminder of the rule the bureau published in January as the outlet’s telling', () => {
    expect(
      told(
        'Reminder: how the January BIS rule still governs Nvidia’s H200 sales to China',
        'Under the rule the Bureau of Industry and Security published in January, China applications are reviewed case by case.',
      ),
    ).toEqual(['restatement/reported us-export']);
  });
});
