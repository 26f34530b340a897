/**
 * Orders placed through an agent, deliveries that only set the scene of a decision, terms called part of a permission
 * after the duty, firms counted in a queue with no word of applying, a buyer barred from a use of its goods, and a
 * subordinating word that ends a phrase's gap.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('orders placed', () => {
  it('reads 订下 and 锁定约…颗 as an order, through an agent and after a hedge', () => {
    expect(told('青川果业据悉经分销商订下约730颗H200 用于冷链调度模型')).toEqual(['order/hedged 青川果业']);
    expect(told('北泉饮品被曝锁定约1260颗H200 灌装质检模型要扩容')).toEqual(['order/hedged 北泉饮品']);
  });

  it('reads a product’s factory before the name as its description', () => {
    expect(told('PCB厂北泉电子被指订购约420颗H200 用于焊点检测模型')).toEqual(['order/hedged 北泉电子']);
  });
});

describe('goods that set the scene', () => {
  it('reads no delivery of its own where goods with no figure are what a decision holds up', () => {
    expect(briefs("Beijing halts Tencent's H200 intake over a customs tally mismatch - sources").map((b) => b.split(' ')[0])).toEqual(['suspension/hedged']);
    expect(briefs('腾讯否认H200进口遭暂停 称到货和上架一切如常').map((b) => b.split(' ')[0])).toEqual(['suspension/denied']);
  });
});

describe('terms called part of the permission', () => {
  it('reads a duty agreed and then called one of the terms attached to the approval as a condition agreed, not a grant', () => {
    expect(
      told(
        'Tencent said to wall off its H200 halls',
        'Tencent has agreed to keep the halls holding its imported H200s physically apart from the floors that serve its overseas customers, one of the terms attached to Beijing’s approval, according to people familiar with the matter.',
      ),
    ).toEqual(['condition_agreed/hedged Tencent']);
    expect(told('腾讯据悉接受H200进一退一', '知情人士称，腾讯已同意每引进一颗H200就下线一张旧卡，这是其进口批准所附条件之一。')).toEqual([
      'condition_agreed/hedged 腾讯',
    ]);
  });

  it('does not read a negation inside the duty as denying the agreement', () => {
    const read = briefs(
      'Nvidia to certify military end-use each quarter',
      'Nvidia has agreed that no H200 it sells into China will reach military users, one of the terms attached to its export licences, the company said.',
    );
    expect(read.map((b) => b.split(' ')[0])).toEqual(['condition_agreed/reported']);
  });
});

describe('the queue counted', () => {
  it('reads firms counted waiting to import as the requests pending, with the count', () => {
    expect(briefs('排队企业增至约310家 H200进口申报据悉再度升温')).toEqual(['application/hedged mofcom [other-cn-firms] h200 licence_count:about:310']);
    expect(briefs('物流公司扎堆排队 H200进口候批名单据悉约95家')).toEqual(['application/hedged mofcom [other-cn-firms] h200 licence_count:about:95']);
  });
});

describe('a use barred', () => {
  it('reads barring buyers from a use of the goods as terms, never a refusal', () => {
    const read = briefs('China may bar ByteDance, Alibaba and Tencent from renting imported H200s to hedge funds - sources');
    expect(read.filter((b) => b.startsWith('denial'))).toEqual([]);
  });

  it('still reads barring a buyer from importing as a denial', () => {
    expect(briefs('China bars Tencent from importing Nvidia H200 chips').map((b) => b.split(' ')[0])).toEqual(['denial/reported']);
  });
});

describe('names and phrases in headlines', () => {
  it('reads a firm after a trade led by a place with an apostrophe', () => {
    expect(told('Xi’an GPU renter Qingchuan Compute cleared to bring in about 640 H200s - sources')).toEqual(['grant/hedged Qingchuan Compute']);
  });

  it('ends a phrase’s gap at a subordinating word: the approval after it describes a hall', () => {
    expect(briefs('Beijing pulls Lanfu Cloud’s H200 permit after chips left its approved hall').map((b) => b.split(' ')[0])).toEqual(['revocation/reported']);
  });
});
