/**
 * A firm named after its trade in lower case ("utility Jiangxi Qingchuan loses", "licence of engineering contractor QCF",
 * "from Sichuan investor Qingchuan, sources say") is the holder, not the three giants; and two Latin names with one
 * distinctive first word and the short one's words in order ("Qingchuan Fruit", "Qingchuan Special Fruit") are one firm.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('firms after their trade', () => {
  it('names a utility that loses its approval', () => {
    expect(told('Chinese utility Jiangxi Qingchuan loses H200 import approval over leasing plan -sources')).toEqual(['revocation/hedged Jiangxi Qingchuan']);
  });

  it('names the contractor whose licence is revoked', () => {
    expect(told('China revokes H200 import licence of engineering contractor QCF, sources say')).toEqual(['revocation/hedged QCF']);
  });

  it('names the investor a licence is pulled from', () => {
    expect(told('China pulls H200 import licence from Sichuan investor Qingchuan, sources say')).toEqual(['revocation/hedged Qingchuan']);
  });

  it('reads a short name and a longer one with its words in order as one firm', () => {
    expect(
      told(
        "China turns down Qingchuan Fruit's request to import Nvidia H200s, sources say",
        'The commerce ministry has refused an application from Sichuan-based orchard and juice producer Qingchuan Special Fruit to buy H200 processors, saying domestic chips could meet its needs, two people briefed on the matter said.',
      ),
    ).toHaveLength(1);
  });
});
