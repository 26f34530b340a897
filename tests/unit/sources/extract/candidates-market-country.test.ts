/**
 * A country naming the market of the item's licences ("China H200 licence applications") is no
 * actor: the seller filing them files with its own government. A country before import approvals
 * is still the one that grants them.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('a country naming the market', () => {
  it("reads the seller's China H200 licence applications as its US applications", () => {
    expect(briefs('Nvidia lodges China H200 licence applications with Washington')).toEqual(['application/reported - [nvidia] h200']);
  });

  it('keeps a China H200 import licence as Beijing’s', () => {
    expect(briefs('Nvidia says Kuaishou has won a China H200 import licence')).toEqual(['grant/reported mofcom [kuaishou] h200']);
  });

  it("reads Commerce putting Nvidia's China H200 export licences on hold as a US suspension only", () => {
    expect(
      briefs(
        'Commerce freezes two Nvidia H200 licences',
        "The Commerce Department has put two of Nvidia's China H200 export licences on hold, two people said.",
      ).map((b) => b.split(' ')[1]),
    ).toEqual(['bis']);
  });
});
