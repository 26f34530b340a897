/**
 * A permission an item names after its own news of terms, goods arriving, or a permission paused or struck off is the
 * one that news is about, not a grant of its own; a grant told first, with its terms after it, still is one.
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './candidates-helpers.js';

describe('a permission named after the news an item opens on', () => {
  it('is no grant after terms weighed', () => {
    expect(
      kinds(
        'Beijing weighs making cleared H200 buyers report power use',
        'Chinese regulators are considering a rule that ByteDance, Alibaba and Tencent report the power their Nvidia H200 clusters draw each month, as an extra term on their import approval, two people involved said.',
      ),
    ).toEqual(['condition_proposed']);
    expect(
      kinds(
        '待批企业拟被要求先完成机房能评 再获发H200批文',
        '多位接近主管部门的人士称，监管拟要求仍在等待的企业先完成数据中心节能审查，之后才能获发英伟达H200进口批文。方案仍在讨论。',
      ),
    ).toEqual(['condition_proposed']);
  });

  it('is no grant after goods arriving', () => {
    expect(
      kinds(
        'Alibaba takes delivery of 20,000 Nvidia H200s',
        'Alibaba has received about 20,000 Nvidia H200 chips at its Zhangbei data centre, the first batch imported under the approval Beijing granted in January, the company said.',
      ),
    ).toEqual(['delivery']);
  });

  it('still is a grant told first, with the terms after it', () => {
    expect(
      kinds(
        '中科曙光获准进口512颗H200 已承诺不转售',
        '中科曙光公告，商务部已批准公司进口英伟达H200芯片512颗，公司已向商务部出具书面承诺，芯片不转售、不出租。',
      ),
    ).toEqual(['grant', 'condition_agreed']);
    expect(
      kinds(
        'Zhipu wins approval to import 640 H200s and pledges not to resell them',
        'China’s commerce ministry has approved Zhipu AI’s request to import 640 Nvidia H200 chips, the company said, and Zhipu has signed an undertaking not to resell or lease them.',
      ),
    ).toContain('grant');
  });

  it('still is a grant whose own words carry the terms', () => {
    expect(
      kinds(
        'US clears 12 Nvidia H200 licences for China with KYC and testing strings',
        'The Commerce Department said it has approved 12 export licences for Nvidia H200 sales to screened Chinese buyers, each tied to know-your-customer checks.',
      ),
    ).toEqual(['grant']);
  });
});
