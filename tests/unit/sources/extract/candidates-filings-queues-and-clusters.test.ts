/**
 * A firm's own filing headline ("X：…获商务部核准的公告", "X：关于…的自愿性信息披露公告") reports the ministry's
 * decision; it is not the ministry speaking. Terms weighed for the requests still in the queue (后续获批…的企业,
 * 排队中的…申请, "pending applications") bind the firms still waiting. A platform bringing its first H200 cluster
 * online, 投运, or "first H200 servers arrive" tells the goods arrived.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { briefs } from './candidates-helpers.js';
import { withGroup } from './state.js';

describe("a firm's own filing headline", () => {
  it('reads the decision it tells as reported, with or without 关于', () => {
    expect(briefs('青川果业：H200芯片进口申请获商务部核准的公告', '青川果业披露，商务部日前批复了公司的H200进口申请，核准数量为96颗。')).toEqual([
      'grant/reported mofcom [zh-i4cayq] h200 quota:exact:96',
    ]);
    expect(briefs('青川果业：关于获准引进H200芯片的自愿性信息披露公告', '青川果业公告，公司日前收到商务部出具的批准文件，同意公司进口H200芯片96颗。')).toEqual([
      'grant/reported mofcom [zh-i4cayq] h200 quota:exact:96',
    ]);
  });

  it('keeps a ministry spokesperson official', () => {
    expect(briefs('商务部新闻发言人就青川果业H200芯片进口申请答记者问', '商务部新闻发言人表示，已依法批准青川果业进口H200芯片96颗。')[0]).toMatch(
      /^grant\/official mofcom/,
    );
  });
});

describe('terms weighed for the requests still in the queue', () => {
  it('binds the firms still waiting', () => {
    expect(briefs('知情人士：后续获批H200进口的企业或须按月报送芯片去向')).toEqual(['condition_proposed/hedged mofcom [other-cn-firms] h200']);
    expect(briefs('知情人士：排队中的H200进口申请或须附最终用途承诺')).toEqual(['condition_proposed/hedged mofcom [other-cn-firms] h200']);
    // (内地 names no authority in this test's seed; the holders are what the rule gives.)
    expect(briefs('传内地拟规定新获批企业H200须放置于指定数据中心')).toEqual([
      expect.stringMatching(/^condition_proposed\/hedged \S+ \[other-cn-firms\] h200$/),
    ]);
    expect(briefs('知情人士：后续H200进口审批或要求企业报备最终用户')).toEqual(['condition_proposed/hedged mofcom [other-cn-firms] h200']);
    expect(briefs('Pending H200 import applicants may have to commit to keeping chips in state computing hubs, sources say')).toEqual([
      'condition_proposed/hedged mofcom [other-cn-firms] h200',
    ]);
  });
});

describe('a cluster brought online', () => {
  it("reads a platform's first H200 capacity in service as its delivery", () => {
    expect(briefs('Tencent Cloud brings its first H200 cluster online in Chengdu')).toEqual(['delivery/reported - [tencent] h200']);
    expect(briefs('阿里云乌兰察布H200集群正式投运')).toEqual(['delivery/reported - [alibaba] h200']);
    expect(briefs('Alibaba Cloud’s first H200 servers arrive in Chengdu')).toEqual(['delivery/reported - [alibaba] h200']);
  });

  it('still reads goods described by a past arrival as no delivery of their own', () => {
    expect(briefs('The H200 servers already delivered to Alibaba Cloud run its chatbot')).toEqual([]);
  });
});

describe("China's tech giants", () => {
  it('stand for the three holders of the group approval', () => {
    const read = extractCandidates({ title: "China's tech giants accept a one-for-two domestic-chip pairing for H200 imports, sources say" }, withGroup());
    expect(read.candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}`)).toEqual(['condition_agreed bytedance,alibaba,tencent']);
  });
});
