/**
 * Firms "waiting for approval" (待批企业, 候批企业) are the waiting firms' record; stock "left" after shipments (余量, 只余)
 * is supply, and "approved orders" after a determiner describe goods, not a grant; "no fewer than" bounds a figure and
 * negates nothing; goods drawn "from the shared quota" are a share, not an order; a month (一月) or a reply channel
 * (互动平台) is no part of a firm's name; a negation in a reason clause (因…未…) stops at a headline's space; a country word
 * before a kind of firm (中国买家) acts for no one; a province (Jilin) places a firm in China.
 */
import { describe, expect, it } from 'vitest';
import { briefs, briefsAgainst, holders, kinds, kindsOfWaiting, kindsTold } from './candidates-helpers.js';
import { withGroup, withUsExport } from './state.js';

describe('the firms still waiting', () => {
  it('reads 待批企业 and 候批企业 as the waiting firms agreeing to or being offered terms', () => {
    expect(kindsOfWaiting('待批企业据悉同意按月报送H200部署地点')).toEqual(['condition_agreed other-cn-firms']);
    expect(kindsOfWaiting('候批企业H200进口或须附国产算力采购方案')).toEqual(['condition_proposed other-cn-firms']);
  });

  it('reads smaller Chinese firms turned away as the waiting firms refused', () => {
    expect(kindsOfWaiting('Smaller Chinese Companies Turned Away in Push for Nvidia H200s')).toEqual(['denial other-cn-firms']);
  });
});

describe('stock left after shipments', () => {
  it('reads what remains (余量, 只余) as the seller’s stock, not a delivery', () => {
    expect(kindsTold('路透：几轮发货之后 英伟达H200对华余量约42万颗')).toEqual(['supply/hedged']);
    expect(kindsTold('几批货发出后，英伟达可供中国客户的H200只余下约42万颗')).toEqual(['supply/reported']);
  });

  it('reads "as the first approved orders ship" as goods described, not a licence granted', () => {
    expect(
      briefs(
        'Nvidia H200 stock for China falls',
        'Nvidia’s inventory of finished H200 chips set aside for Chinese buyers has fallen to about 420,000 as the first approved orders ship.',
      ),
    ).toEqual(['supply/reported - [nvidia] h200 inventory:about:420000']);
  });
});

describe('bounds and shares', () => {
  it('does not read "No Fewer Than" as a negation, nor goods drawn from the shared quota as an order', () => {
    const read = briefsAgainst(
      withGroup(),
      'Tencent Lines Up No Fewer Than 90,000 H200s From the Shared Quota',
      'Tencent is set to take at least 90,000 of the H200s in the joint import approval, people familiar said.',
    );
    expect(read.some((b) => b.startsWith('order'))).toBe(false);
    expect(read.some((b) => b.endsWith('allocation:at_least:90000@tencent'))).toBe(true);
  });

  it('still reads a firm lining up chips with no quota named as an order', () => {
    expect(kinds('Tencent Lines Up Roughly 60,000 More H200 Processors')).toEqual(['order']);
  });
});

describe('names', () => {
  it('does not take a month or a reply channel into a firm’s name', () => {
    expect(holders('青川果业披露：256颗H200已到货', '青川果业表示，子公司一月获批进口的256颗英伟达H200已全部到货。')).toEqual(['青川果业']);
    expect(holders('青川果业互动平台回复：H200进口申请已递交')).toEqual(['青川果业']);
  });

  it('reads a firm described by its trade in Latin letters, then its name', () => {
    expect(holders('LED封装商青川果业据悉拿到H200进口批复')).toEqual(['青川果业']);
  });

  it('places a firm described by its province in China', () => {
    expect(kinds('Qingchuan Fruit, a Jilin juice maker, wins clearance to bring in about 300 H200s - sources')).toEqual(['grant']);
  });
});

describe('reach of a negation and of a country word', () => {
  it('reads a US freeze whose reason clause holds 未 as a freeze told, on the US licence', () => {
    expect(
      briefsAgainst(withUsExport(), '因买家未交审计报告 美国冻结两份H200出口许可', '美国商务部因中国买家未按时提交审计，已冻结英伟达对其出口H200的2张许可证。'),
    ).toEqual(['suspension/reported bis [nvidia] h200 licence_count:exact:2']);
  });
});
