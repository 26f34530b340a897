/**
 * Firms named only to set the news apart from them (除三家平台企业外, "outside the first three platforms")
 * are not the holders of what the item tells: the count of other firms cleared is the waiting firms' news alone.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('firms set aside', () => {
  it('reads 除…外另有9家企业获准 as the waiting firms cleared, not the three platforms', () => {
    expect(
      briefs(
        '商务部：除三家互联网平台外另有9家企业获准进口H200芯片',
        '商务部新闻发言人介绍，截至目前，除字节跳动、阿里巴巴、腾讯之外，已有9家国内企业的H200芯片进口申请获得许可。',
      ),
    ).toEqual(['grant/official mofcom [other-cn-firms] h200 licence_count:exact:9']);
  });

  it('reads 除字节跳动、阿里巴巴、腾讯之外 the same way', () => {
    expect(briefs('商务部：除字节跳动、阿里巴巴、腾讯之外 已有12家企业获准进口H200芯片')).toEqual([
      'grant/official mofcom [other-cn-firms] h200 licence_count:exact:12',
    ]);
  });

  it('reads "firms outside the first three platforms" the same way in English', () => {
    expect(
      briefs(
        'China has cleared 23 more companies to import H200s, commerce ministry says',
        'A ministry spokesperson said 23 further firms outside the first three platforms had received import approvals for H200 chips.',
      ),
    ).toEqual(['grant/official mofcom [other-cn-firms] h200 licence_count:exact:23']);
  });
});
