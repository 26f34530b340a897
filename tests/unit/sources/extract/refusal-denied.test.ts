import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a firm saying its request was not refused and is still under review', () => {
  it('reads 并未被否 with the review going on as the refusal denied, held by the firm, and no new request', () => {
    expect(
      told(
        '青川果业回应：H200进口申请并未被否 审核仍在进行',
        '青川果业在互动平台回复称，公司未收到商务部关于H200进口申请不予许可的任何文件，申请仍处于正常审核流程。',
      ),
    ).toEqual(['denial/denied 青川果业']);
  });

  it('reads 未接到任何否决通知 the same way', () => {
    expect(
      told(
        '青川果业回复：H200进口申请仍在审核 未接到任何否决通知',
        '针对近日市场关于申请被否的传言，青川果业表示，公司报送的英伟达H200引进材料目前仍处于审核流程中。',
      ),
    ).toEqual(['denial/denied 青川果业']);
  });

  it('reads 并无“被拒”一说 answering a report as the refusal denied, not the report told again', () => {
    expect(
      told(
        '青川果业：H200进口申请并无“被拒”一说 仍在等待审查结果',
        '针对外媒所称公司H200进口申请遭否决一事，青川果业在互动平台表示，公司没有收到主管部门的不予许可决定，申请目前仍处于审查阶段。',
      ),
    ).toEqual(['denial/denied 青川果业']);
  });

  it('leaves a request still under review with no refusal denied a request', () => {
    expect(told('青川果业：H200进口申请已报送商务部 仍在审核中')).toEqual(['application/reported 青川果业']);
  });
});
