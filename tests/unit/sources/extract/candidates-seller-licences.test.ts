/**
 * The licences a seller speaks of as its own ("every China H200 licence it holds", "all of its
 * licences") are its export licences: a revocation or suspension it disputes is of those, held by the
 * seller, whatever country the headline names as the destination. A buyer speaking of its approval
 * stays with the buyer's import approval.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('licences a seller calls its own', () => {
  it('reads a disputed suspension of the licences the seller holds as the seller’s', () => {
    expect(
      briefs(
        'Nvidia says each China H200 licence it holds is still in force, rebutting suspension report',
        'Nvidia said none of the licences it has received for H200 sales to China has been suspended, pushing back on a newspaper report.',
      ),
    ).toEqual(['suspension/denied bis [nvidia] h200']);
  });

  it('reads a disputed revocation of all of its licences as the seller’s', () => {
    expect(briefs('Nvidia says all of its China H200 licences stand, disputing revocation report')).toEqual(['revocation/denied - [nvidia] h200']);
  });

  it('keeps a buyer speaking of its own approval with the buyer', () => {
    expect(briefs('Tencent says its H200 import approval has not been suspended')).toEqual(['suspension/denied mofcom [tencent] h200']);
  });
});
