/**
 * The firms still waiting on Beijing, named by their wait and counted by their queue; a quota taken back whole; a count
 * of firms approved out of a batch of requests; goods counted into China with no buyer named.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('the firms still waiting', () => {
  it('reads a permission inside the phrase naming them as who they are, not a grant withheld', () => {
    expect(briefs('尚未拿到H200批文的企业或须先提交用电证明')).toEqual(['condition_proposed/hedged - [other-cn-firms] h200']);
    const terms = briefs('据悉，尚未获批的企业在申请进口H200时或被要求提交三年算力规划');
    expect(terms).toContain('condition_proposed/hedged mofcom [other-cn-firms] h200');
    expect(terms.filter((b) => b.includes('/denied'))).toEqual([]);
  });

  it('reads the queue counted by its firms as their request, with the count', () => {
    expect(briefs("Beijing's H200 import waiting list has grown to about 280 firms, people briefed say")).toEqual([
      'application/hedged mofcom [other-cn-firms] h200 licence_count:about:280',
    ]);
    expect(briefs('Some 140 Chinese companies now stand in line for H200 import permits, sources say')).toEqual([
      'application/hedged mofcom [other-cn-firms] h200 licence_count:about:140',
    ]);
  });
});

describe('a quota taken back', () => {
  it('reads a whole quota taken back as the permission undone, and its denial as such', () => {
    expect(briefs('青川果业H200进口额度被收回')).toEqual(['revocation/reported mofcom [zh-i4cayq] h200']);
    expect(briefs('腾讯回应：H200进口额度未被收回')).toEqual(['revocation/denied mofcom [tencent] h200']);
    expect(briefs("Tencent's H200 quota was pulled, sources say")).toEqual(['revocation/hedged - [tencent] h200']);
  });
});

describe('firms approved out of a batch of requests', () => {
  it('reads the requests as the pool the approved firms come from', () => {
    expect(briefs('商务部：本批H200进口申请中共有37家企业获得批准')).toEqual(['grant/official mofcom [other-cn-firms] h200 licence_count:exact:37']);
  });
});

describe('goods counted into China', () => {
  it('reads a later headline clause saying how things stand as no restatement of the first', () => {
    expect(briefs('到港H200合计约4.8万颗 部分仍在口岸等候查验')).toEqual(['delivery/reported - [] h200 delivery:about:48000']);
  });

  it('reads a clearance named as the time a count runs from as no grant', () => {
    expect(briefs('进口放行首月 运抵国内的H200约5.2万颗')).toEqual(['delivery/reported - [] h200 delivery:about:52000']);
  });

  it('reads chips that entered China as delivered', () => {
    expect(briefs('About 88,000 H200s have entered China since approvals began, brokers estimate')).toEqual(['delivery/hedged - [] h200 delivery:about:88000']);
  });

  it('reads "most of them" as no firm', () => {
    expect(briefs('已运抵国内的H200约5.2万颗，多数流向西北算力园区')).toEqual(['delivery/reported - [] h200 delivery:about:52000']);
  });
});

describe('the queue said to have grown, and the list of firms approved', () => {
  it('reads a queue said to have grown to a count of firms as their request', () => {
    expect(briefs("China's H200 permit queue is said to have grown to about 260 companies")).toEqual([
      'application/hedged mofcom [other-cn-firms] h200 licence_count:about:260',
    ]);
  });

  it('reads a published list of firms approved, with its count', () => {
    expect(briefs('商务部发布第三批H200进口许可名单 38家企业在列')).toEqual(['grant/official mofcom [other-cn-firms] h200 licence_count:exact:38']);
  });

  it('reads a release whose timing is unknown as no grant', () => {
    expect(briefs('排队企业的H200进口批复何时放行仍无时间表')).toEqual([]);
  });
});
