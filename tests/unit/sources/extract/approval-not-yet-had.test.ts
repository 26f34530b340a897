/**
 * A firm saying its request still waits for an answer (申请尚未收到批复, 申请暂未取得许可) tells an approval
 * it does not have yet: a grant with a denied certainty, neither a refusal nor nothing. So does a firm
 * calling the report of its approval a false rumour (系误传).
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('an approval a firm says it has not had yet', () => {
  it('reads 申请尚未收到批复 as the approval denied so far', () => {
    expect(told('青川果业：H200引进申请尚未收到批复', '青川果业表示，相关申请仍在审批过程中，请以公司公告为准。')).toEqual(['grant/denied 青川果业']);
  });

  it('reads 申请暂未取得许可 as still waiting, not turned down', () => {
    expect(told('青川果业：H200进口申请暂未取得许可')).toEqual(['grant/denied 青川果业']);
  });

  it('reads a reported approval the firm calls a false rumour (系误传) as denied', () => {
    expect(told('青川股份：获准进口H200系误传 公司手里没有批文')).toEqual(['grant/denied 青川股份']);
  });

  it('still reads 申请未获批准 as the request turned down', () => {
    expect(told('青川果业：H200进口申请未获商务部批准')).toEqual(['denial/reported 青川果业']);
  });
});
