/**
 * Chips committed to as an order, a term under discussion and a duty someone "may have to" take on as terms proposed,
 * pledges signed as terms agreed, a decision that things "depend on" as none told, a refusal of the request named right
 * before it, a standing to import taken back, firms described by their trade or place before their names, a look back
 * weeks after an event as old news, and unnamed people who follow a matter as a hedge.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders, kinds, kindsTold, told } from './candidates-helpers.js';

describe('chips committed to', () => {
  it('reads a firm committing to a number of chips as its order', () => {
    expect(
      briefs(
        'Tencent bets on game studios',
        'Tencent has committed to roughly 41,300 additional Nvidia H200 processors, two people involved in the deal said.',
      ),
    ).toEqual(['order/hedged - [tencent] h200 order:about:41300']);
  });
});

describe('terms proposed', () => {
  it('reads a licence term under discussion as a term proposed', () => {
    expect(
      kindsTold(
        'US weighs a personal sign-off for Chinese H200 buyers',
        'U.S. officials are discussing a licence term under which the chief executive of every Chinese buyer of Nvidia H200s would sign a yearly end-use certificate, two people said.',
      ),
    ).toEqual(['condition_proposed/hedged']);
  });

  it('reads a duty waiting firms may have to take on as a term proposed, and a buyer who may have to look elsewhere as none', () => {
    expect(
      kinds(
        'China could make H200 applicants show their staff rolls',
        'Firms still waiting for Beijing’s permission to import H200s may have to prove they employ at least 80 engineers, people briefed on the talks said.',
      ),
    ).toContain('condition_proposed');
    expect(
      kinds('Nvidia says about 25,000 H200s are left', 'Buyers who have not yet placed orders may have to look at other products, the company said.'),
    ).not.toContain('condition_proposed');
  });
});

describe('pledges signed', () => {
  it('reads waiting firms that signed a pledge as terms agreed, not a grant', () => {
    expect(
      kinds(
        '候批企业据悉签字承诺：H200报废须交指定机构拆解',
        '知情人士透露，一批正在等待H200进口批复的企业已签署承诺，芯片淘汰时须交指定机构拆解登记，作为获批的前提之一。',
      ),
    ).toEqual(['condition_agreed']);
  });
});

describe('what things depend on', () => {
  it('reads no grant from shipments that depend on how fast approvals are issued', () => {
    expect(kinds('供应链估英伟达H200库存约61.2万颗 节后出货取决于批文发放')).toEqual(['supply']);
  });
});

describe('a refusal of the request named before it', () => {
  it('reads 进口被拒 and 申请没有通过 as a refusal of the firm', () => {
    expect(told('青川果业H200进口被拒 机房租约仅剩一年')).toEqual(['denial/reported 青川果业']);
    expect(kinds('北泉饮品H200进口结果出炉', '知情人士称，北泉饮品的H200进口申请没有通过，原因是机房系租用。')).toEqual(['denial']);
  });
});

describe('a headline clause opening with a count', () => {
  it('does not let 未 in the clause before the space deny the refusal of the firms counted after it', () => {
    expect(kindsTold('机房能耗未达标 11家企业H200进口被拒')).toEqual(['denial/reported']);
  });
});

describe('a standing to import taken back', () => {
  it('reads 进口资质已被收回 as a revocation', () => {
    expect(kindsTold('青川果业被指违规转租H200算力 进口资质传已收回')).toEqual(['revocation/hedged']);
  });
});

describe('a request as a place', () => {
  it('reads no request from a warehouse not listed in the licence application, and still reads a permit being applied for', () => {
    expect(
      kinds(
        '美方撤销英伟达12份H200许可',
        '美国商务部已撤销英伟达向三家中国买家出口H200的12张许可证，原因是相关服务器在一处未在申请中申报的香港仓库停留了数周。',
      ),
    ).toEqual(['revocation']);
    expect(kinds('美方撤销英伟达两份H200许可', '美国商务部已撤销两份出口许可证，原因是部分芯片流入一家未在申请材料中列明的贸易商。')).toEqual(['revocation']);
    expect(kinds('北泉饮品回复投资者：英伟达H200进口许可已在申请中')).toEqual(['application']);
  });
});

describe('firms described before their names', () => {
  it('takes a place and a trade before an English name as no part of it', () => {
    expect(holders('Hangzhou render house Qingchuan Compute wins nod for about 2,140 H200s - sources')).toEqual(['Qingchuan Compute']);
    expect(holders('Wuxi cloud host Lanfu Cloud gets go-ahead for roughly 1,870 Nvidia H200s')).toEqual(['Lanfu Cloud']);
  });

  it('reads a firm powering up its chips as taking delivery of them', () => {
    expect(told('Qingchuan Compute powers up 656 H200s in Hami')).toEqual(['delivery/reported Qingchuan Compute']);
  });

  it('takes a tester’s trade before a Chinese name as no part of it', () => {
    expect(holders('饮料检测商北泉饮品据悉订购约930颗H200')).toEqual(['北泉饮品']);
  });
});

describe('a look back weeks later', () => {
  it('reads the approval recalled under a headline weeks after it as old news', () => {
    expect(
      kinds(
        'Four weeks after the big approval, where the big three stand',
        'On Jan. 28 Reuters reported that ByteDance, Alibaba and Tencent had been approved to buy more than 400,000 Nvidia H200s between them. We look back at what has arrived.',
      ),
    ).toEqual(['restatement']);
  });
});

describe('people who follow a matter', () => {
  it('hedges what unnamed people who follow it said', () => {
    expect(kindsTold('Alibaba orders 31,700 more H200s', 'Alibaba has ordered 31,700 more Nvidia H200s, people who follow the deal said.')).toEqual([
      'order/hedged',
    ]);
  });
});
