import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('words that name no decision', () => {
  it('reads "approved computing hubs" as which places, so the terms weighed stay a proposal', () => {
    expect(
      briefs(
        'China mulls confining imported H200 clusters to approved computing hubs, sources say',
        'Officials drafting the terms for ByteDance, Alibaba and Tencent are discussing a requirement that the servers be installed only inside approved computing hubs, people with knowledge of the talks said.',
      ),
    ).toEqual(['condition_proposed/hedged mofcom [bytedance,alibaba,tencent] h200']);
  });

  it('reads 说不准 ("hard to say") as no refusal', () => {
    expect(
      briefs(
        '青川果业：已向商务部递交H200芯片进口申请',
        '青川果业回复投资者提问时说，公司向商务部报了一份进口英伟达H200芯片的申请，审批结果和时间目前都还说不准。',
      ),
    ).toEqual(['application/reported mofcom [zh-i4cayq] h200']);
  });
});
