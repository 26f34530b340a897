/**
 * One holder's share of the group quota told by what it receives or what its portion comes to; words that open a
 * clause (an outlet's reporter, "as for") read as no firm; an earlier estimate a figure is compared with is no event
 * restated.
 */
import { describe, expect, it } from 'vitest';
import { ZH_GENERIC } from '../../../../src/sources/extract/zh-name-patterns.js';
import { briefs } from './candidates-helpers.js';

describe("one holder's share of the group quota", () => {
  it('reads what one holder receives under the shared quota as its grant, and what its portion comes to as its allocation', () => {
    // (What it receives is its grant and its figure; whether the figure is read as its allocation or a quota of its own, the
    // holder is Alibaba alone, not the three.)
    const received = briefs('Alibaba is due to receive roughly 128,000 H200s under the quota it shares with ByteDance and Tencent');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatch(/^grant\/reported - \[alibaba\] h200 (?:quota|allocation):about:128000/);
    expect(briefs("Of the group allowance, Alibaba's portion comes to some 128,000 Nvidia H200s, people briefed on it say")).toEqual([
      'grant/hedged - [alibaba] h200 allocation:about:128000@alibaba',
    ]);
  });

  it('gives a named holder’s allocation to that holder alone, not to the others named beside it', () => {
    expect(
      briefs(
        'Beijing’s H200 carve-up leaves Tencent about 118,000 chips',
        'Of the H200s Beijing allowed ByteDance, Alibaba and Tencent to import jointly, Tencent’s portion is close to 118,000 units, two people said.',
      ),
    ).toEqual(['grant/hedged mofcom [tencent] h200 allocation:about:118000@tencent']);
  });

  it('reads what one holder got when the quota was shared out as its allocation', () => {
    expect(briefs('三大平台H200额度分配完毕 阿里巴巴所得约为13.1万颗').join()).toContain('allocation:about:131000@alibaba');
  });
});

describe('words opening a clause', () => {
  it('are no firm', () => {
    for (const words of ['据财联社记者', '至于', '多数流', '指']) expect(ZH_GENERIC.test(words)).toBe(true);
    expect(ZH_GENERIC.test('青川果业')).toBe(false);
  });
});

describe('an earlier estimate', () => {
  it('reads a figure compared with an earlier estimate as today’s figure, not old news', () => {
    expect(briefs('英伟达H200库存约60万颗 低于早前外界预期')).toEqual(['supply/reported - [nvidia] h200 inventory:about:600000']);
  });
});
