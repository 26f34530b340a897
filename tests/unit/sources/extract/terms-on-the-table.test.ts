/** Terms an authority "puts on the table" for the goods are proposed, not decided. */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('terms on the table', () => {
  it('reads terms put on the table as proposed', () => {
    expect(briefs('Beijing puts a domestic-chip quota on the table for H200 buyers').map((b) => b.split(' ')[0])).toEqual(['condition_proposed/reported']);
    expect(briefs('Washington puts on-site end-use checks on the table for China-bound H200s - sources').map((b) => b.split(' ')[0])).toEqual([
      'condition_proposed/hedged',
    ]);
  });
});
