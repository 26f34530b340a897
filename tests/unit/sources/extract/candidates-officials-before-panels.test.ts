/**
 * An official telling a congressional panel what the bureau decided reports the decision officially (the panel hears
 * it; it proposes nothing), "each with the conditions set out in January" attaches conditions, and 考虑到 ("in view
 * of") gives a reason, not a deliberation.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { read } from './candidates-helpers.js';
import { withUsExport } from './state.js';

const state = withUsExport();

describe('officials before panels, and reasons', () => {
  it('reads an official telling a House panel of licences signed off as an official grant with conditions', () => {
    expect(
      extractCandidates(
        {
          title: 'Commerce official tells House panel 17 Nvidia H200 licences approved for China',
          summary:
            'The Bureau of Industry and Security has signed off on 17 Nvidia licences for H200 sales to Chinese buyers, each with the conditions set out in January, a senior Commerce official told the committee.',
        },
        state,
      ).candidates.map((c) => `${c.kind}/${c.certainty} ${c.authority?.value} ${c.conditions.length ? 'with conditions' : 'plain'}`),
    ).toEqual(['grant/official bis with conditions']);
  });

  it('reads 考虑到… as a reason, not a hedge', () => {
    expect(
      read('青川果业：H200进口申请已主动撤回', '青川果业回复投资者称，考虑到交付周期，公司已将报至商务部的许可申请撤回。').candidates.map(
        (c) => `${c.kind}/${c.certainty}`,
      ),
    ).toEqual(['revocation/reported']);
  });
});
