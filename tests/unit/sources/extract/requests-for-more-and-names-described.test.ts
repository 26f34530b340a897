/**
 * A request for more is measured against what the firm already holds ("a bigger allowance than it received in January",
 * "its share of the allowance granted this week"): that grant or receipt is no event of its own. "Seeks room to import more"
 * and "wants the ministry to lift the number" are requests. Chips not yet put to use (芯片迟迟未投入使用) deny no delivery,
 * and word received ("received no instruction") is no delivery. A trade before a firm's name (光伏设备商…) describes it, a
 * firm is named before what befell its import (…引进H200遭…否决), and an estimate's source (渠道测算), a manner (严格按照) or
 * Hong Kong's word for importing (输入) is no firm.
 */
import { describe, expect, it } from 'vitest';
import { holders, told } from './candidates-helpers.js';

describe('requests for more', () => {
  it('reads "seeks room to import more" with the grant it is measured against as one request', () => {
    expect(
      told(
        'Alibaba seeks room to import more H200s than its initial share, sources say',
        "Alibaba wants Beijing's commerce ministry to lift the number of Nvidia H200 processors it may bring in above what it was allotted under this week's joint clearance, two people familiar with the request said.",
      ),
    ).toEqual(['application/hedged Alibaba']);
  });

  it('reads a bigger allowance than the one received as a request, not a delivery', () => {
    expect(
      told(
        'Tencent asks Chinese regulators to raise its H200 import allowance - sources',
        'Tencent wants a bigger Nvidia H200 allowance than it received in January and has filed a request with the commerce ministry, according to two people with knowledge of the filing.',
      ),
    ).toEqual(['application/hedged Tencent']);
  });

  it('reads word received as no delivery', () => {
    expect(
      told(
        'Tencent rejects talk that Beijing told it to freeze H200 purchases',
        'Tencent said on Monday it had received no instruction from the commerce ministry to stop buying Nvidia H200 chips.',
      ).filter((t) => t.startsWith('delivery')),
    ).toEqual([]);
  });
});

describe('chips not yet in use', () => {
  it('reads a revocation without a denied delivery where the chips sit unused', () => {
    expect(told('青川果业H200进口许可据悉被收回 芯片迟迟未投入使用')).toEqual(['revocation/hedged 青川果业']);
  });
});

describe('firms described and words that are no firm', () => {
  it('names a firm after its trade', () => {
    expect(holders('果品设备商青川果业据悉拿到H200进口许可 约40颗')).toEqual(['青川果业']);
  });

  it('names a firm before what befell its import', () => {
    expect(told('青川果业引进H200遭商务部否决 知情人士称用途说明不足')).toEqual(['denial/hedged 青川果业']);
  });

  it('reads an estimate of arrivals with no firm', () => {
    expect(holders('渠道测算：已有约6万颗H200运抵国内')).toEqual(['']);
  });

  it('reads Hong Kong’s word for importing as no firm', () => {
    expect(holders('青川果业向商務部申請輸入H200晶片', '青川果业於港交所發布自願公告，表示集團已就輸入少量輝達H200晶片向內地商務部提出申請。')).toEqual([
      '青川果业',
    ]);
  });
});
