/**
 * A decision made on requests (对…的进口申请作出批准决定, 作出附条件许可决定) is a grant to those who
 * asked; firms counted with requests still under review (另有30余家企业的申请正在审查) are the firms
 * waiting, not settled by the decision on others in the same sentence.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('decisions made on requests', () => {
  it('reads 对…提出的进口申请作出批准决定 as a grant to the firms who asked', () => {
    expect(briefs('商务部通报H200进口审批进展', '商务部新闻发言人表示，商务部已依法对字节跳动、腾讯提出的英伟达H200芯片进口申请作出批准决定。')).toEqual([
      'grant/official mofcom [bytedance,tencent] h200',
    ]);
  });

  it('reads 作出附条件许可决定 on a counted batch as a grant to the batch, and the firms still under review as waiting', () => {
    expect(
      briefs(
        '商务部：对12家企业H200进口申请作出附条件许可',
        '商务部新闻发言人表示，商务部已对12家企业的H200芯片进口申请作出附条件许可决定，另有30余家企业的申请正在审查。',
      ),
    ).toEqual(['grant/official mofcom [other-cn-firms] h200', 'application/official mofcom [other-cn-firms] h200 licence_count:over:30']);
  });
});
