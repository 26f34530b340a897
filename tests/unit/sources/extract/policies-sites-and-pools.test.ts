/**
 * A site stocked with chips, an approved volume named to describe goods received, chips to come out of a shared import
 * pool, and the content of a term, which tells what the term would make happen, not what happened.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders, kinds } from './candidates-helpers.js';

describe('a site stocked with chips', () => {
  it('reads no stock figure from a buyer stocking a site, and the delivery the body tells', () => {
    expect(
      kinds(
        'Lanfu Cloud is said to stock a Guizhou site with about 12,400 H200s',
        'Lanfu Cloud has taken delivery of about 12,400 Nvidia H200s at a new data centre in Guiyang, people familiar with the shipments said.',
      ),
    ).toEqual(['delivery']);
  });
});

describe('an approved volume named', () => {
  it('reads no grant from goods received as half of the buyer’s approved import volume', () => {
    expect(
      kinds(
        'Qingchuan Compute takes delivery of first 1,210 H200s',
        'Qingchuan Compute said it has received 1,210 Nvidia H200 chips at its data centre, half of its approved import volume.',
      ),
    ).toEqual(['delivery']);
  });
});

describe('chips out of a shared pool', () => {
  it('reads no delivery from chips a buyer is to receive from a shared import pool', () => {
    expect(kinds('Tencent to receive some 97,300 H200s from shared import pool, insiders say')).not.toContain('delivery');
  });
});

describe('what a term says', () => {
  it('reads no halt from the content of a term a seller accepted', () => {
    expect(
      kinds(
        'Nvidia signs on to stop China H200 shipments on request',
        'Nvidia has accepted a condition on its China export licences under which it must halt any pending H200 shipment within 72 hours once the Commerce Department asks, a spokesperson said.',
      ),
    ).toEqual(['condition_agreed']);
  });

  it('reads no undoing from the content of a pledge waiting firms signed', () => {
    expect(
      kinds('候批企业接受H200“用不满就收回”条款', '一批排队等H200批文的企业已签字同意：芯片到货半年内上架率若不足七成，主管部门可收回尚未使用的额度。'),
    ).toEqual(['condition_agreed']);
  });
});

describe('uses the goods may not be put to', () => {
  it('reads no refusal from goods barred from resale beside a term accepted, or from racking beside a halt', () => {
    expect(kinds('腾讯据悉接受H200退役板卡统一拆解安排 不得流入二手市场')).toEqual(['condition_agreed']);
    expect(kinds('北泉饮品H200进口据悉被叫停', '据接近监管人士透露，主管部门已暂停北泉饮品的H200进口；已到货的少量芯片暂不得上架。')).toEqual(['suspension']);
  });
});

describe('a finding that led to a decision', () => {
  it('does not take the firms named in what regulators found as parties to the halt', () => {
    expect(
      holders(
        'Beijing halts ByteDance’s H200 deliveries',
        'Chinese regulators have put ByteDance’s H200 imports on hold after finding it let several start-ups it holds stakes in train models on the chips, people familiar said.',
      ).filter((h) => h.includes('start-ups')),
    ).toEqual([]);
  });
});

describe('a purchase sized', () => {
  it('reads a buyer’s latest purchase that comes to a number of chips as its order', () => {
    expect(briefs('Alibaba’s latest H200 purchase is about 47,300 chips, sources say')).toEqual(['order/hedged - [alibaba] h200 order:about:47300']);
  });
});
