import { describe, expect, it } from 'vitest';
import { compareWithPattern, hasGap, lexiconPhrases, matchAt } from './phrase-compare.js';

describe('phraseMatcher: the phrase syntax without a pattern', () => {
  it('matches words without case, across any run of whitespace', () => {
    expect(matchAt('in line for approval', 'Baidu IN LINE  for\napproval, sources say')).toBeNull();
    expect(matchAt('in line for approval', 'Baidu IN LINE  for\napproval, sources say', 6)).toBe('IN LINE  for\napproval');
    expect(matchAt('in line for approval', 'in line forapproval')).toBeNull();
  });

  it('keeps Latin phrases to whole words, and Chinese ones anywhere', () => {
    expect(matchAt('said to', 'unsaid to', 2)).toBeNull();
    expect(matchAt('said to', 'said today')).toBeNull();
    expect(matchAt('said to', 'said to_be')).toBeNull();
    expect(matchAt('said to', '据说said to，')).toBeNull();
    expect(matchAt('said to', '据说said to，', 2)).toBe('said to');
    expect(matchAt('据悉', '外媒据悉腾讯', 2)).toBe('据悉');
    expect(matchAt('英伟达H200', '英伟达H2000芯片')).toBeNull();
    expect(matchAt('英伟达H200', '英伟达H200芯片')).toBe('英伟达H200');
  });

  it('continues a starred word over letters and hyphens, giving them back when a digit follows', () => {
    expect(matchAt('approv*', 'approvals pending')).toBe('approvals');
    expect(matchAt('approv*', 'approved-in-principle plan')).toBe('approved-in-principle');
    expect(matchAt('appl* to buy', 'applied to buy')).toBe('applied to buy');
    expect(matchAt('approv*', 'approved2')).toBeNull();
    // "approved-" is followed by a digit: the stem gives back the hyphen, and the hyphen then ends the word.
    expect(matchAt('approv*', 'approved-2')).toBe('approved');
    // A letter outside the Latin script (here a mathematical one, two code units) ends the word too; it is given back whole.
    expect(matchAt('approv*', 'approved𝐚1')).toBe('approved');
  });

  it('agrees with the phrase pattern on every lexicon phrase over tricky texts', () => {
    const gapless = lexiconPhrases().filter((p) => p.trim() && !hasGap(p));
    expect(gapless.length).toBeGreaterThan(500);
    const shared = 'Reuters: China is said to have approved approvals-in-principle for ByteDance; 据悉，腾讯拟申请购买H200𝟘';
    let compared = 0;
    for (const p of gapless) {
      const bare = p.replace(/\*/g, '');
      compared += compareWithPattern(p, [
        shared,
        `x ${bare.toUpperCase()}s, ${bare}-2 ${bare}_ ${bare}中 ${bare.replace(/ /g, '\u3000 ')}ed ${bare}`,
        `𝟘${bare}𝟘 ${bare}`,
      ]).compared;
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
