/**
 * Requests counted while they wait (在审…申请超过80件, 待审…申请已超150件, "more than 120 Chinese firms are queuing for
 * H200 import licences") are a request of the firms still waiting, with the count in licences; 在审 and 待审 name no firm.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('requests counted waiting', () => {
  it('reads a count of requests under review as the waiting firms’ request', () => {
    expect(briefs('商务部：在审H200芯片进口申请超过90件 将依法依规办理')).toEqual(['application/official mofcom [other-cn-firms] h200 licence_count:over:90']);
    expect(briefs('知情人士：待审H200进口申请已超160件 年内难以审完')).toEqual(['application/hedged mofcom [other-cn-firms] h200 licence_count:over:160']);
  });

  it('reads firms queuing for licences, counted, as the same request', () => {
    expect(briefs('More than 140 Chinese firms are now queuing for H200 import licences, people familiar say')).toEqual([
      'application/hedged mofcom [other-cn-firms] h200 licence_count:over:140',
    ]);
  });
});

describe('a request for a bigger quota', () => {
  it('reads asking to raise a ceiling, or 申请扩大…额度, as a request, not a grant', () => {
    expect(briefs('Tencent asks Beijing to raise its H200 import ceiling, people familiar say')).toEqual(['application/hedged mofcom [tencent] h200']);
    expect(briefs('腾讯云向商务部申请扩大H200进口额度 拟扩建成都智算中心')).toEqual(['application/reported mofcom [tencent] h200']);
  });
});
