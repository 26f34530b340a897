/**
 * Terms attached to the licences a grant tells, however the attachment is put: "each carrying the testing and volume-cap
 * conditions", "each subject to the testing and customer-screening terms", "Each licence requires third-party testing",
 * "subject to independent testing and screening of the end users". A grant told so is a grant with conditions.
 */
import { describe, expect, it } from 'vitest';
import { withUsExport } from './state.js';
import { extractCandidates } from '../../../../src/sources/extract/index.js';

const state = withUsExport();
const conditioned = (title: string, summary: string) =>
  extractCandidates({ title, summary }, state)
    .candidates.filter((c) => c.kind === 'grant')
    .map((c) => c.conditions.length > 0);

describe('terms attached to licences granted', () => {
  it('attaches them however the attachment is put', () => {
    for (const summary of [
      'The Commerce Department has approved nine more of Nvidia’s licence requests for China, each carrying the US testing and volume-cap conditions, people familiar said.',
      'The Commerce Department has approved nine of Nvidia’s applications to export H200 chips to China, each subject to the testing and customer-screening terms of the rule, people familiar said.',
      'The Commerce Department has approved nine Nvidia applications to sell H200 chips in China, people familiar said. Each licence requires third-party testing of the chips in the United States.',
      'The Commerce Department has signed off on nine licences for Nvidia to export H200 chips to China, subject to independent testing and screening of the end users, people familiar said.',
    ])
      expect(conditioned('US grants Nvidia nine more H200 licences for Chinese buyers - sources', summary)).toEqual([true]);
  });

  it('does not attach terms to a grant told with none', () => {
    expect(
      conditioned(
        'US grants Nvidia nine more H200 licences for Chinese buyers - sources',
        'The Commerce Department has approved nine more export licences for Nvidia H200 chips bound for China, people familiar said.',
      ),
    ).toEqual([false]);
  });
});
