/**
 * One member's share of the group's approval, told in the headline ("Tencent gets the biggest piece of Beijing's H200
 * pool", 腾讯分得约12万颗): that member's allocation under the group record, not an order, a new quota for the group,
 * or the group's approval told again. A headline about an order or a delivery, one naming two members, and the group's
 * own total keep their readings.
 */
import { describe, expect, it } from 'vitest';
import { briefsAgainst } from './candidates-helpers.js';
import { withGroup } from './state.js';

const briefs = (title: string, summary: string): string[] => briefsAgainst(withGroup(), title, summary);

const share = (certainty: string, holder: string, qualifier: string, value: number) =>
  `grant/${certainty} mofcom [${holder}] h200 allocation:${qualifier}:${value}@${holder}`;

describe("one member's share of the group's approval", () => {
  it('reads a piece of the pool, with the count at the end of the headline, as that member’s allocation', () => {
    expect(
      briefs(
        "Tencent Lands the Smallest Piece of Beijing's H200 Pool, Roughly 117,450 Units",
        'Tencent’s part of the import ceiling it shares with two rivals works out to about 117,450 H200s, according to two people who have seen the numbers.',
      ),
    ).toContain(share('hedged', 'tencent', 'about', 117450));
  });

  it('reads a bare count with "-odd" after the member as an approximate share', () => {
    expect(
      briefs(
        'Alibaba Ended Up With 128,330-Odd H200s After Beijing Split the Platforms’ Ceiling, People Say',
        'Commerce officials divided the shared ceiling among the three platforms, and Alibaba came away with about 128,330 of the Nvidia chips, two people familiar with the split said.',
      ),
    ).toEqual([share('hedged', 'alibaba', 'about', 128330)]);
  });

  it('reads "N of the approved H200s" for one member as its share', () => {
    expect(
      briefs("ByteDance Is Poised to Get Up To 151,200 of Beijing's Approved H200s", 'The allotment is still being finalised, people familiar said.'),
    ).toContain(share('hedged', 'bytedance', 'up_to', 151200));
  });

  it('reads 在共享额度中约占 and 分得 in Chinese', () => {
    expect(briefs('界面获悉：腾讯在H200共享额度中约占11.745万颗', '知情人士称，三家平台共用的进口额度已完成切分。')).toContain(
      share('hedged', 'tencent', 'exact', 117450),
    );
    expect(briefs('三家额度切分完成 阿里巴巴据悉分得约12.833万颗H200', '多位知情人士称，三家共用的H200进口额度已按上报需求拆分。')).toEqual([
      share('hedged', 'alibaba', 'about', 128330),
    ]);
  });

  it('still reads an order placed by one member as an order', () => {
    expect(
      briefs('Tencent orders about 117,450 H200s from its share of the pool', 'Tencent placed the order with Nvidia on Monday, people said.'),
    ).not.toContain(share('hedged', 'tencent', 'about', 117450));
  });

  it('still reads a headline naming two members as the group’s news', () => {
    const read = briefs(
      "ByteDance and Tencent split Beijing's H200 pool, about 260,000 between them",
      'People familiar said the two platforms shared the ceiling.',
    );
    expect(read.some((b) => b.includes('allocation'))).toBe(false);
  });

  it('still reads no share the member disputes', () => {
    expect(
      briefs('Tencent disputes report that it was handed 117,450 H200s of the shared quota', 'The company called the figure inaccurate.').join(),
    ).not.toContain('allocation');
  });

  it('still takes no figure for a share told without one', () => {
    expect(
      briefs("Tencent's share of the H200 pool is still being worked out", 'Officials have not decided how to split the ceiling, people said.').join(),
    ).not.toContain('allocation');
  });
});
