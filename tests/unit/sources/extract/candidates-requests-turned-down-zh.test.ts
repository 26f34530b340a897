/**
 * A Chinese request told as turned down, however it is put: 申请未获商务部同意 (the authority between the negation and the
 * verb), 申请进口…一事未获主管部门同意 (the request named as "the matter"), 申请被否, 此前提交的进口申请确未获得商务部许可 (the
 * earlier filing dates the request, not its refusal). Each is a refusal of the firm's request, not a negated grant and not
 * old news; a request still waiting (尚未获得同意) is no refusal. A claim "不符合事实" is denied, and a headline's 暂无…申请
 * denies the request even when the body asks about plans (是否计划…).
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('requests turned down, told in Chinese', () => {
  it('reads a request that did not win the authority’s consent as refused', () => {
    expect(told('', '青川果业进口H200的申请未获商务部同意。')).toEqual(['denial/reported 青川果业']);
    expect(told('', '据悉，青川果业申请进口英伟达H200一事未获主管部门同意。')).toEqual(['denial/hedged 青川果业']);
    expect(told('外媒：青川果业H200进口申请被否', '')).toEqual(['denial/hedged 青川果业']);
  });

  it('dates the filing, not the refusal, by 此前', () => {
    expect(told('', '青川果业此前就英伟达H200提交的进口申请确未获得商务部许可。')).toEqual(['denial/reported 青川果业']);
  });

  it('leaves a request not yet decided unrefused', () => {
    expect(told('', '青川果业进口英伟达H200的申请尚未获得商务部同意，仍在审查中。').some((x) => x.startsWith('denial'))).toBe(false);
    expect(told('', '青川果业答复投资者，公司递交的H200进口申请至今仍未拿到商务部批复。').some((x) => x.startsWith('denial'))).toBe(false);
  });

  it('reads a claim said not to match the facts as denied', () => {
    expect(told('商务部：所谓撤销青川果业H200进口许可一说不符合事实', '')).toEqual(['revocation/denied 青川果业']);
  });

  it('reads a headline with no request as denying one, whatever plans the body asks about', () => {
    expect(told('青川果业：暂无H200进口申请 算力靠租用公有云', '就是否计划引进英伟达H200一问，青川果业回应说，公司迄今没有提出过进口申请。')).toEqual([
      'application/denied 青川果业',
    ]);
  });

  it('does not take 确实 ("indeed") for the firm refused', () => {
    expect(told('青川果业：H200芯片进口申请未获商务部同意', '青川果业回复投资者提问称，公司确实收到了商务部的不予许可决定。')).toEqual([
      'denial/reported 青川果业',
    ]);
  });
});
