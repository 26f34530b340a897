/**
 * Washington's licensing told as it stands: applications "reviewed case by case" name the rule's way of deciding, not
 * anyone's request; a headline saying the remaining licences stand after a revocation it recalls retells the licensing;
 * and 不得超过 ("must not exceed") caps a figure as a term, it bans nothing.
 */
import { describe, expect, it } from 'vitest';
import { toldOfUsExport as facts } from './candidates-helpers.js';

describe('the US licensing as it stands', () => {
  it('reads the bureau saying its H200 policy has not changed as an official restatement, not a request', () => {
    expect(
      facts(
        'Commerce says its approach to Nvidia H200 shipments to China has not changed',
        'A Commerce Department official said the licensing of Nvidia H200 exports to China stays as set out in January, with applications reviewed case by case under the published terms.',
      ),
    ).toEqual(['restatement/official bis us-export']);
  });

  it('reads "the remaining licences stand" after a recalled revocation as the licensing told again', () => {
    expect(
      facts(
        'Commerce says Nvidia’s other China licences stand after last week’s revocation',
        'The Commerce Department said on Monday that Nvidia’s remaining licences to ship H200 chips to China stay in force on their original terms, after it revoked one of them last week.',
      ),
    ).toEqual(['restatement/official bis us-export']);
  });

  it('reads no denial in a cap on any one customer that the exporter agreed to', () => {
    expect(facts('英伟达同意对单一中国客户H200出货设限 不超过总量的一成', '知情人士称，任一中国客户获得的H200不得超过英伟达对华许可出货总量的10%。')).toEqual([
      'condition_agreed/hedged -',
    ]);
  });

  it('reads the licences said to stand as the news, and the cancellation the body recalls as its background', () => {
    expect(
      facts(
        'Commerce says remaining Nvidia H200 licences for China stand after cancellation',
        'A Commerce Department spokesperson said the other export licences Nvidia holds for H200 sales in China remain valid, weeks after the agency cancelled a licence over diversion.',
      ),
    ).toEqual(['restatement/official bis us-export']);
  });

  it('reads a policy said to stand after suspensions as that policy told again, with no record for the suspensions', () => {
    expect(
      facts(
        'Commerce says its China H200 licensing policy stands after suspending two Nvidia licences',
        'A Commerce Department spokesperson said the policy for Nvidia H200 exports to China is unchanged, a week after the agency suspended two licences over diversion concerns.',
      ),
    ).toEqual(['restatement/official bis us-export']);
  });

  it('reads rules said to be unchanged despite refusals as the licensing told again, not the refusals', () => {
    expect(
      facts(
        'Commerce says rules for its China H200 licences unchanged despite refusals',
        "A Commerce Department spokesperson said the terms attached to Nvidia's H200 export licences for China have not changed and that decisions on individual buyers do not alter the policy.",
      ),
    ).toEqual(['restatement/official bis us-export']);
  });
});
