import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe("the ministry's count of the requests it has received", () => {
  it('reads requests counted after the noun (申请四十余份) as the waiting firms applying, with the count', () => {
    expect(briefs('商务部：已受理企业H200引进申请四十余份', '商务部新闻发言人介绍，商务部共受理企业引进H200芯片的申请四十余份，将依法依规逐一审查。')).toEqual([
      'application/official mofcom [other-cn-firms] h200 licence_count:over:40',
    ]);
  });

  it('reads firms counted in hundreds after 受理 (累计受理逾百家企业, 一百多家)', () => {
    expect(briefs('商务部：H200引进申请累计受理逾百家企业')).toEqual(['application/official mofcom [other-cn-firms] h200 licence_count:over:100']);
    expect(briefs('商务部：已受理一百多家企业关于引进英伟达H200芯片的申请')).toEqual([
      'application/official mofcom [other-cn-firms] h200 licence_count:over:100',
    ]);
  });

  it('reads a count of requests in 件 after 已受理', () => {
    expect(briefs('商务部：H200芯片进口申请已受理逾三百件 正按程序审查')).toEqual(['application/official mofcom [other-cn-firms] h200 licence_count:over:300']);
  });
});

describe('requests counted in other words', () => {
  it('reads "has logged 112 requests to import" as the waiting firms applying, counted', () => {
    expect(briefs("Beijing has logged 112 requests to import Nvidia's H200, commerce ministry says")).toEqual([
      'application/official mofcom [other-cn-firms] h200 licence_count:exact:112',
    ]);
  });

  it('reads 112件待审 as requests counted waiting', () => {
    expect(briefs('H200进口申请量首度披露：112件待审 企业排队等批文').map((b) => b.replace(/\/\w+ /, ' '))).toEqual([
      'application mofcom [other-cn-firms] h200 licence_count:exact:112',
    ]);
  });

  it('reads a firm whose request is still heard (仍在审理) and not rejected as the refusal denied', () => {
    expect(told('青川股份澄清公告：H200引進申請仍在審理 並未被駁回')).toEqual(['denial/denied 青川股份']);
  });
});
