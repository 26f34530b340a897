/**
 * One member of the group said to be able to bring in a number of chips under the group's approval holds that share
 * of it: a grant of an allocation to that member, not the group's approval told again.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withGroup } from './state.js';

const state = withGroup();

describe('a member able to import its share', () => {
  it('reads a member able to import N chips under the group’s approval as a grant of that allocation', () => {
    expect(
      extractCandidates(
        {
          title: "Alibaba Said to Secure at Least 90,000 of China's H200 Import Allowance",
          summary:
            'Alibaba will be able to import at least 90,000 Nvidia H200 chips under the approval Beijing gave it alongside ByteDance and Tencent, people familiar with the split said.',
        },
        state,
      ).candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')} ${c.quantity?.role}:${c.quantity?.value}`),
    ).toEqual(['grant alibaba allocation:90000']);
  });
});
