/**
 * Refusals in other words (fails to win approval, 遭退件), permits lost by counted firms ("pulls permits from about six
 * importers", "cost five firms their permits"), a refusal policy described ("the old assumption that … would be
 * refused"), arrivals (迎来首批, 到港), claims answered in the next sentence (有自媒体称…该消息不实), a firm heading news of
 * its own request (…申请已报商务部门), firms described as not yet approved (还没拿到批文的企业, 未获批者), goods waiting
 * for buyers, and applicants in China as the waiting firms.
 */
import { describe, expect, it } from 'vitest';
import { briefs, briefsAgainst, kinds, kindsAgainst, kindsOfWaiting, kindsTold, told } from './candidates-helpers.js';
import { withUsExport, withWaiting } from './state.js';

describe('refusals and lost permits', () => {
  it('reads failing to win approval and a request sent back (遭退件) as refusals', () => {
    expect(kindsTold('Qingchuan Fruit, a Jilin juice maker, fails to win H200 import approval - sources')).toEqual(['denial/hedged']);
    expect(told('青川果业拟进口H200遭退件 知情人士称用途说明不足')).toEqual(['denial/hedged 青川果业']);
  });

  it('reads permits pulled from counted importers as the waiting firms’ permits revoked, with the count', () => {
    expect(briefsAgainst(withWaiting(), 'China pulls H200 permits from about six importers that never took delivery')).toEqual([
      'revocation/reported mofcom [other-cn-firms] h200 licence_count:about:6',
    ]);
  });

  it('reads permits something "cost" its holders as lost, not granted', () => {
    expect(
      briefsAgainst(
        withWaiting(),
        'Unused H200 clusters cost five Chinese firms their import permits - sources',
        'Beijing has withdrawn the H200 import permits of five companies whose chips sat idle, people familiar said.',
      ),
    ).toEqual(['revocation/hedged mofcom [other-cn-firms] h200 licence_count:exact:5']);
  });

  it('reads the old assumption that applications "would be refused" as the policy described, no refusal', () => {
    expect(
      kindsAgainst(
        withUsExport(),
        'A plain reading of the January rule on H200 sales to China',
        'The rule replaced the old assumption that China licence applications for chips like the H200 would be refused with a review of each case.',
      ),
    ).toEqual([]);
  });
});

describe('arrivals, orders and claims', () => {
  it('reads 迎来首批 and 到港 as arrivals', () => {
    expect(told('腾讯云张北机房据悉迎来首批H200 约1.8万颗')).toEqual(['delivery/hedged 腾讯云']);
    expect(briefs('海关口径测算：三月以来H200到港约7万颗')).toEqual(['delivery/reported - [] h200 delivery:about:70000']);
  });

  it('reads an order a blogger claimed, called untrue by the buyer in the next sentence, as denied', () => {
    expect(told('“追加八万颗”系误传 腾讯称H200采购未有新增', '有自媒体称腾讯近日向英伟达追加8万颗H200订单。腾讯相关负责人回应称，该消息不实。')).toEqual([
      'order/denied 腾讯',
    ]);
  });

  it('reads chips "waiting for licensed customers" as no request', () => {
    expect(kinds('Nvidia has some 610,000 H200s waiting for licensed Chinese customers, CFO says')).toEqual([]);
  });
});

describe('who is spoken of', () => {
  it('reads a firm heading news that its request went to the ministry (已报商务部门) as the applicant', () => {
    expect(told('青川果业：质检大模型推理需H200 进口申请已报商务部门待批')).toEqual(['application/reported 青川果业']);
  });

  it('reads firms not yet holding permits (还没拿到批文的企业, 一旦获批, 未获批者) as no grant', () => {
    expect(kindsOfWaiting('消息：排队企业同意每月报送H200使用率', '一批还没拿到H200批文的企业已经点头：一旦获批，每个月都把芯片使用率报给商务部门。')).toEqual([
      'condition_agreed other-cn-firms',
    ]);
    expect(kinds('陆企H200订单冲上约240万颗 未获批者也先下单')).toEqual(['order']);
  });

  it('reads H200 applicants in China as the waiting firms', () => {
    expect(kindsOfWaiting('H200 Applicants in China Sign Two-Year No-Resale Pledges')).toEqual(['condition_agreed other-cn-firms']);
  });
});
