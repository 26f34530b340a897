/**
 * A permission named as what is asked for or awaited (申请H200额度, 等H200批文的企业), terms nodded to (点头…条款), and a
 * figure a count passes ("passed 420,000", "surpassed 3,000") as one it is now over.
 */
import { describe, expect, it } from 'vitest';
import { briefs, briefsAgainst, kindsTold } from './candidates-helpers.js';
import { withWaiting } from './state.js';

describe('permissions sought or awaited', () => {
  it('reads a quota asked for as the request, not a grant', () => {
    expect(kindsTold('腾讯据悉再向主管部门申请H200额度')).toEqual(['application/hedged']);
  });

  it('reads firms waiting for their approvals as no grant', () => {
    expect(briefsAgainst(withWaiting(), '排队等H200批文的果汁企业：以东北加工厂为主')).toEqual([]);
  });

  it('keeps a quota received, or said not received, a grant', () => {
    expect(kindsTold('腾讯据悉拿到更多H200额度')).toEqual(['grant/hedged']);
    expect(briefsAgainst(withWaiting(), '青川果业回应传闻：未申请也未获得H200进口额度')).toEqual(['grant/denied mofcom [zh-i4cayq] h200']);
  });
});

describe('terms nodded to', () => {
  it('reads the three firms nodding to terms (条款) as the terms agreed', () => {
    expect(briefs('消息称字节阿里腾讯已点头H200算力共享条款')).toEqual(['condition_agreed/hedged - [bytedance,alibaba,tencent] h200']);
  });
});

describe('figures passed', () => {
  it('reads a figure a count passed or surpassed as one it is over', () => {
    expect(briefsAgainst(withWaiting(), 'H200 shipments to Chinese buyers passed 420,000 in January, Nvidia says')).toEqual([
      'delivery/reported - [] h200 delivery:over:420000',
    ]);
    expect(briefsAgainst(withWaiting(), 'Qingchuan Fruit’s H200 orders surpassed 3,000, people say')).toEqual([
      'order/hedged - [qingchuan-fruit] h200 order:over:3000',
    ]);
  });
});
