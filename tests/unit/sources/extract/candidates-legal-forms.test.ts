/**
 * The legal form closing a firm's name ("Co.", "Ltd.") is no firm by itself, and a name with an apostrophe inside a
 * word ("Bank of Xi'an") is read whole before its possessive.
 */
import { describe, expect, it } from 'vitest';
import { holders } from './candidates-helpers.js';

describe('legal forms and apostrophes in names', () => {
  it('reads the firm, not "Co.", as the one refused', () => {
    expect(
      holders(
        "China Said to Reject Qingchuan Cloud's Bid to Import Nvidia H200s",
        "Beijing's commerce ministry rejected Qingchuan Cloud Group Co.'s request to buy Nvidia Corp.'s H200 accelerators, people familiar with the decision said.",
      ),
    ).toEqual(['Qingchuan Cloud']);
  });

  it('reads a name with an apostrophe inside it as the firm whose request was refused', () => {
    expect(
      holders(
        'Chip Request From Lender Said to Be Rejected by Beijing',
        "China's commerce ministry has turned down Bank of Lu'an Co.'s request for a licence to bring in Nvidia H200 processors, people familiar with the matter said.",
      ),
    ).toEqual([expect.stringMatching(/^Bank of Lu'an\b/u)]);
  });
});
