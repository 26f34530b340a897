import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief, told } from './candidates-helpers.js';

const kinds = (title: string, summary: string) => extractCandidates({ title, summary }, withGroup()).candidates.map((c) => `${c.kind}/${c.certainty}`);
import { withGroup } from './state.js';

describe('terms agreed on an approval already held', () => {
  it('reads the approval the accepted terms are attached to as named, not granted again, though "new" appears elsewhere', () => {
    expect(
      kinds(
        'ByteDance, Alibaba and Tencent agree to open part of their H200 capacity to universities, sources say',
        'The three platforms have accepted a condition attached to their H200 import approval that sets aside a slice of the new computing power for university research groups, people familiar with the arrangement said.',
      ),
    ).toEqual(['condition_agreed/hedged']);
  });

  it('keeps a grant whose own clause tells a further approval', () => {
    expect(
      told(
        'ByteDance accepts tighter reporting terms as Beijing grants it a new H200 allowance',
        'ByteDance agreed to report usage monthly; the commerce ministry granted it a new allowance on the same day.',
      ).some((t) => t.startsWith('grant')),
    ).toBe(true);
  });
});

describe('the trio named as "three platforms"', () => {
  it('reads "three Chinese platforms" as the three holders of the group approval', () => {
    const title = 'Three Chinese platforms get the nod for a combined 400,000-plus Nvidia H200s';
    expect(extractCandidates({ title }, withGroup()).candidates.map(brief)).toEqual([
      'restatement/reported mofcom [bytedance,alibaba,tencent] h200 quota:over:400000',
    ]);
  });
});
