/**
 * Terms floated or drafted ("eyes … filings as price of", "drafts … reporting duty", "wants H200s kept out of") are
 * proposed; a seller signing up labs to test is a term agreed. Decisions named as background are none: a suspension
 * before a revocation, the permission goods came under ("the processors it was cleared to import"), a grant a concession
 * would buy (换取H200放行), a resale ban on a grant, goods that could be delivered (可用于对华交付), a quota an order sits
 * within (在…额度内). Denials: a pause denied is no old news ("claims that regulators had paused … groundless"), an
 * approval "intact" denies its suspension, "denies … has cancelled any of its permits" denies a revocation, and word
 * not received (未收到…要求) is no delivery.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told, toldOfUsExport } from './candidates-helpers.js';

const kinds = (title: string, summary?: string) => told(title, summary).map((t) => t.split(' ')[0]);

describe('terms floated and agreed', () => {
  it('reads terms eyed as the price of sales, or a duty drafted, as proposed', () => {
    expect(toldOfUsExport('US eyes monthly end-user filings as price of Nvidia H200 sales to China - sources')).toEqual(['condition_proposed/hedged bis']);
    expect(toldOfUsExport('US drafts monthly end-use reporting duty for Nvidia’s China H200 buyers')).toEqual(['condition_proposed/reported bis']);
  });

  it('reads a wish to keep the chips out of some sites as a term proposed', () => {
    expect(kinds('Beijing wants H200s kept out of data centres with foreign shareholders')).toEqual(['condition_proposed/reported']);
  });

  it('reads the seller signing up labs to test as a term agreed', () => {
    expect(toldOfUsExport('Nvidia signs up two US labs to test China-bound H200s before export')).toEqual(['condition_agreed/reported bis']);
  });
});

describe('decisions in the background', () => {
  it('reads a revocation after an earlier suspension as the revocation only', () => {
    expect(kinds('Regulators revoke Qingchuan Fruit’s H200 licence after earlier suspension')).toEqual(['revocation/reported']);
  });

  it('reads goods described by the permission they came under as a delivery only', () => {
    expect(
      kinds(
        'Qingchuan Fruit powers up Chengdu data hub with 300 H200s',
        'Qingchuan Fruit said all 300 of the Nvidia processors it was cleared to import have been delivered.',
      ),
    ).toEqual(['delivery/reported']);
  });

  it('reads a grant a concession would buy, and a resale ban, as no event of their own', () => {
    expect(kinds('知情人士透露：腾讯已同意按比例配购国产AI芯片 换取H200放行')).toEqual(['condition_agreed/hedged']);
    expect(kinds('China clears Qingchuan Fruit to import H200s for its data hub, with resale ban - sources')).toEqual(['grant/hedged']);
  });

  it('reads goods that could be delivered, and a quota an order sits within, as no event', () => {
    expect(kinds('英伟达对华可交付H200成品据估不少于50万颗', '据渠道人士估算，英伟达手中可用于对华交付的H200成品库存至少在50万颗以上。')).toEqual([
      'supply/hedged',
    ]);
    expect(kinds('腾讯据悉再向英伟达订购约6万颗H200', '接近交易的人士透露，腾讯在首批进口额度内追加了约6万颗H200订单。')).toEqual(['order/hedged']);
  });
});

describe('denials', () => {
  it('reads a pause denied as a denied suspension, not old news', () => {
    expect(
      briefs(
        'ByteDance says H200 import approval intact after suspension rumour',
        'The TikTok owner called online claims that regulators had paused its purchases groundless.',
      ).map((b) => b.split(' ')[0]),
    ).toEqual(['suspension/denied']);
  });

  it('reads a seller denying any permit was cancelled as a denied revocation', () => {
    expect(toldOfUsExport('Nvidia denies Washington has cancelled any of its China H200 export permits')).toEqual(['revocation/denied bis']);
  });

  it('reads a firm that received no request to stop as no delivery', () => {
    expect(kinds('阿里巴巴回应：未接到暂停H200采购的通知', '阿里巴巴方面表示，公司没有收到任何暂停采购的要求。')).toEqual(['suspension/denied']);
  });
});
