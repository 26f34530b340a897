/** "X holds about N of the H200s China cleared for three firms": N is X's share of the approval, not stock. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withGroup } from './state.js';

const state = withGroup();
const facts = (title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map(
    (c) => `${c.kind} [${c.holders.map((h) => h.value).join(',')}]${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`,
  );

describe('a share held', () => {
  it('reads the number a firm holds of what Beijing cleared as its allocation', () => {
    expect(
      facts(
        'ByteDance holds about 170,000 of the H200s Beijing cleared for three firms - sources',
        'ByteDance’s portion of the joint import approval amounts to about 170,000 Nvidia H200s, people familiar with the allocation said.',
      ),
    ).toEqual(['grant [bytedance] allocation:170000']);
  });
});
