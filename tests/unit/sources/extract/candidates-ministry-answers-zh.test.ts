/**
 * The ministry answering about one firm's request: the request reviewed and then granted (申请已依法审查并附条件批准,
 * 审查该企业的申请并作出附条件准予进口的决定) is a grant, not a permission still asked for; the firm the question names
 * (发言人就青川果业进口…答问, 记者问及青川果业引进…) is its holder when no clause opens with it. A request that did not pass the
 * review (申请未能通过审查, 请求没有得到商务部批准, 商务部没有批准公司…的进口请求) is refused, and a claim "无据" is denied.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('the ministry answering about one firm', () => {
  it('reads a request reviewed and then granted as a grant', () => {
    expect(told('', '商务部新闻发言人表示，青川果业的英伟达H200芯片进口申请已依法审查并附条件批准，企业须严格按承诺用途使用相关芯片。')).toEqual([
      'grant/official 青川果业',
    ]);
  });

  it('takes the firm the question names as the holder of the decision', () => {
    expect(
      told(
        '商务部新闻发言人就青川果业进口H200芯片许可事项答问',
        '有记者问及青川果业引进英伟达H200的审批情况。发言人答复说，商务部已依法审查该企业的申请并作出附条件准予进口的决定。',
      ),
    ).toEqual(['grant/official 青川果业']);
  });

  it('reads a request that did not pass as refused', () => {
    expect(told('青川果业：H200进口申请未能通过审查', '')).toEqual(['denial/reported 青川果业']);
    expect(told('', '青川果业在互动易回复称，公司引进英伟达H200的请求没有得到商务部批准。')).toEqual(['denial/reported 青川果业']);
    expect(told('', '据青川果业披露，商务部没有批准青川果业购买英伟达H200的进口请求。')).toEqual(['denial/reported 青川果业']);
  });

  it('reads a claim called 无据 as denied', () => {
    expect(told('商务部辟谣：字节跳动H200许可“被撤销”一说无据', '').map((x) => x.split(' ')[0])).toEqual(['revocation/denied']);
  });
});
