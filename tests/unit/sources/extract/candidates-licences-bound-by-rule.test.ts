/**
 * Licences said to be bound by the rule's safeguards ("every one of them subject to the safeguards in the new rule",
 * "each bound by the terms set out in January", "all of them governed by the rule's requirements") are granted with
 * conditions, like licences that "carry" them. A tally with nothing attached stays a plain grant.
 */
import { describe, expect, it } from 'vitest';
import { grantsWithTermsTold } from './candidates-helpers.js';

// (Terms the words tell: a US licence also carries its rule's own, which these cases do not test.)
const conditioned = grantsWithTermsTold;

describe('licences bound by the rule', () => {
  it('reads them as granted with conditions however the binding is put', () => {
    for (const summary of [
      'The Commerce Department has approved some 40 export licences for Nvidia chips bound for Chinese buyers, every one of them subject to the safeguards in the new rule, people briefed said.',
      'The Commerce Department has signed off on about 40 licences for Nvidia shipments to China, each subject to the safeguards in the January rule, people familiar said.',
      'The department has so far approved 40 licences covering Nvidia shipments to China, each bound by the terms set out in January, a letter to lawmakers said.',
      'Commerce has cleared roughly 40 Nvidia licences for China, all of them governed by the requirements of the January rule, two people said.',
    ])
      expect(conditioned('US has cleared some 40 Nvidia H200 licences for China - sources', summary)).toEqual([true]);
  });

  it('reads no terms told in a tally with nothing bound to it', () => {
    expect(
      conditioned(
        'US has cleared some 40 Nvidia H200 licences for China - sources',
        'The Commerce Department has approved some 40 export licences for Nvidia chips bound for Chinese buyers, people briefed said.',
      ),
    ).toEqual([false]);
  });
});
