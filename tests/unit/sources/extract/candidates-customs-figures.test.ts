/**
 * A month's customs figure for the item ("China's Nvidia H200 Imports Rebound to About 52,000 in
 * March", 4月H200进口量约3.1万颗) is a delivery count, and goods that "cleared through customs" were
 * delivered, not approved.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('customs figures', () => {
  it.each([
    ["China's Nvidia H200 Imports Rebound to About 52,000 in March", 'delivery/reported - [] h200 delivery:about:52000'],
    ['China H200 imports slowed to about 34,500, customs data show', 'delivery/reported - [] h200 delivery:about:34500'],
    ['4月H200进口量约3.1万颗 环比回升', 'delivery/reported - [] h200 delivery:about:31000'],
  ])('reads "%s" as a delivery count', (title, expected) => {
    expect(briefs(title)).toEqual([expected]);
  });

  it('does not read goods cleared through customs as an approval', () => {
    const e = read("China's H200 imports rose to about 52,000 in March", 'Most of the chips cleared through customs offices in Hebei and Guizhou.');
    expect(e.candidates.map((c) => c.kind)).toEqual(['delivery']);
    expect(e.notes.join(' ')).not.toMatch(/approval/u);
  });
});
