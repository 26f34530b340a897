/**
 * 十余万颗 and 20多万颗 are "over 100,000" and "over 200,000": the 余 or 多 before the magnitude counts as "over".
 * An approval named as what a purchase still waits for ("pending Beijing's nod") or hoped for ("hopes China lets
 * customers buy") is no decision.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('counts with 余 or 多 before the magnitude', () => {
  it('reads 十余万颗 as over 100,000', () => {
    expect(briefs('知情人士：阿里巴巴获准进口十余万颗英伟达H200')).toEqual([expect.stringMatching(/ quota:over:100000$|allocation:over:100000@alibaba$/u)]);
  });

  it('reads 20多万颗 as over 200,000', () => {
    expect(briefs('知情人士：腾讯获准进口20多万颗英伟达H200')).toEqual([expect.stringMatching(/:over:200000/u)]);
  });
});

describe('an approval still waited for', () => {
  it('does not read a purchase plan pending the nod as a grant', () => {
    expect(
      briefs('Tencent draws up plans to buy 100,000 Nvidia H200s, pending Beijing’s nod', 'No order has been placed, two people said.').some((b) =>
        b.startsWith('grant/'),
      ),
    ).toBe(false);
  });

  it('does not read a hope as a grant', () => {
    expect(briefs('Nvidia CEO says he hopes China lets customers buy the H200').some((b) => b.startsWith('grant/'))).toBe(false);
  });
});
