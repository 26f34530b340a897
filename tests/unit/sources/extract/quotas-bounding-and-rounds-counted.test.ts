/**
 * A quota named as the bound of a purchase or as a time (获批额度内的30颗, 在额度确定后), and "its share of the joint
 * approval", are the permission held; what was already done as required (已按要求报送) agrees to no term; a permission
 * received (收到50颗H200芯片进口批复) is no delivery. Rounds counted: 再批约20家企业, "let around 20 more firms import";
 * 撤回三家企业的…许可; "31 firms have filed import requests". Terms studied (研拟调降), pushed ("push buyers to keep chips
 * out of"), and stock sitting in warehouses; "disputes talk that …" denies.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told, toldOfUsExport } from './candidates-helpers.js';

const kinds = (title: string, summary?: string) => told(title, summary).map((t) => t.split(' ')[0] ?? '');

describe('quotas held, not granted', () => {
  it('reads an order within the approved quota as the order only', () => {
    expect(kinds('青川果业：已与渠道商签订30颗H200采购合同', '公司已就获批额度内的30颗H200与渠道商签署采购合同。')).toEqual(['order/reported']);
    expect(kinds('腾讯据悉已向英伟达订购约5万颗H200', '知情人士称，腾讯在额度确定后与英伟达签下约5万颗H200的采购合同。')).toEqual(['order/hedged']);
  });

  it('reads a share of the joint approval as held, and a permission received as no delivery', () => {
    expect(
      kinds(
        'ByteDance Denies Seeking a Bigger H200 Allowance From Beijing',
        'ByteDance said it has not applied for additional H200 imports beyond its share of the joint approval.',
      ),
    ).toEqual(['application/denied']);
    expect(kinds('青川果业公告：收到50颗H200芯片进口批复')).toEqual(['grant/reported']);
  });

  it('reads papers filed as required as no term agreed', () => {
    expect(
      kinds('青川果业：智算中心项目已递交H200进口申请 待主管部门审核', '公司称，相关材料已按要求报送商务主管部门。').filter((k) => k.startsWith('condition')),
    ).toEqual([]);
  });
});

describe('rounds counted', () => {
  it('counts the firms a new round lets import', () => {
    expect(briefs('消息指商务部再批约20家企业进口H200')).toEqual(['grant/hedged mofcom [other-cn-firms] h200 licence_count:about:20']);
    expect(briefs('China Is Said to Let Around 20 More Firms Import Nvidia H200s')).toEqual([
      'grant/hedged mofcom [other-cn-firms] h200 licence_count:about:20',
    ]);
  });

  it('counts the firms whose permits are withdrawn, and those that filed', () => {
    expect(briefs('消息：内地撤回三家企业的H200进口许可')).toEqual(['revocation/hedged mofcom [other-cn-firms] h200 licence_count:exact:3']);
    expect(briefs("China's commerce ministry says 31 firms have filed H200 import requests")).toEqual([
      'application/official mofcom [other-cn-firms] h200 licence_count:exact:31',
    ]);
  });
});

describe('terms studied and pushed, stock, disputes', () => {
  it('reads terms studied or pushed as proposed', () => {
    expect(toldOfUsExport('美商务部据报研拟调降H200对华数量上限')).toEqual(['condition_proposed/hedged bis']);
    expect(kinds('Beijing Said to Push H200 Buyers to Keep Chips Out of Rental Market')).toEqual(['condition_proposed/hedged']);
  });

  it('reads chips sitting in warehouses as stock, and a dispute of talk as a denial', () => {
    expect(briefs("At least 500,000 H200s sit in Nvidia's warehouses awaiting Chinese buyers")).toEqual([
      'supply/reported - [nvidia] h200 inventory:at_least:500000',
    ]);
    expect(toldOfUsExport('Nvidia disputes talk that Washington cancelled any China H200 permits')).toEqual(['revocation/denied bis']);
  });
});
