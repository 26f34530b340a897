/**
 * Terms the grant's own sentence says it was given on ("on a no-resale pledge", 附加…承诺…等条件) are the grant's
 * conditions, not a second event of the holder agreeing to them; a pledge told apart from the grant stays one.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const kinds = (title: string, summary: string) =>
  read(title, summary).candidates.map((c) => `${c.kind}${c.kind === 'grant' ? (c.conditions.length ? ' with conditions' : ' plain') : ''}`);

describe('terms the grant was given on', () => {
  it.each([
    [
      'China clears fruit-data firm Qingchuan Cloud to import H200s on a no-rental pledge - sources',
      'Qingchuan Cloud has been cleared to import Nvidia H200 chips, two people familiar with the matter said.',
    ],
    ['商务部：已批准青川果业进口H200', '答：经依法审查，商务部已批准青川果业进口H200芯片的申请，并附加最终用途承诺及不得出租等条件。'],
  ])('reads "%s" as one grant with conditions', (title, summary) => {
    expect(kinds(title, summary)).toEqual(['grant with conditions']);
  });

  it('keeps a pledge told apart from the grant as the holder agreeing to terms', () => {
    expect(
      kinds(
        'Qingchuan Cloud wins approval to import 300 Nvidia H200s',
        'Qingchuan Cloud said the commerce ministry had approved its request to import 300 Nvidia H200 chips. Separately, the company pledged in a letter to the ministry not to rent the chips out.',
      ),
    ).toEqual(['grant plain', 'condition_agreed']);
  });
});
