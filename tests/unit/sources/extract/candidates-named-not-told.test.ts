/**
 * Words that name, not tell: "Outstanding orders" opens a sentence but names no firm; "received the
 * largest share" of a quota receives a permission, not goods; "none of the licences granted to Nvidia
 * has been revoked" denies a revocation and grants nothing new.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('named, not told', () => {
  it('does not take "Outstanding" opening a sentence for a buyer', () => {
    expect(
      briefs('H200 backlog grows', "Outstanding orders from Chinese companies for Nvidia's H200 have grown to roughly 2.4 million chips, sources said."),
    ).toEqual(['order/hedged - [] h200 order:about:2400000']);
  });

  it('reads "received the largest share" of a quota as no delivery', () => {
    expect(
      briefs(
        'Alibaba said to get about 90,000 of the H200 quota',
        'Alibaba has been allotted about 90,000 of the H200 chips Beijing cleared, people said. Tencent received the largest share.',
      ).map((b) => b.split('/')[0]),
    ).not.toContain('delivery');
  });

  it('reads "none of the licences granted to Nvidia has been revoked" as a denied revocation only', () => {
    expect(
      briefs(
        'H200 licences intact, Commerce says',
        'A Commerce spokesperson said none of the export licences granted to Nvidia for H200 sales to China has been revoked.',
      ),
    ).toEqual(['revocation/denied bis [nvidia] h200']);
  });
});
