/**
 * Deliveries that are not told: one still to run (交付将持续到…), one named batch by batch for the duty each arrival
 * brings (每批…到货都将配套…), one that may happen only once a pledge is signed (签署后方可办理通关). A buyer's own word
 * on its order: a report of it called groundless denies it; "committed to buy" a count orders it; a confirmed order
 * needs no figure. Materials sent to the authority (报送材料) are a request.
 */
import { describe, expect, it } from 'vitest';
import { briefs, kindsAgainst, kindsOfWaiting, told } from './candidates-helpers.js';
import { withGroup } from './state.js';

describe('deliveries not told', () => {
  it('reads a delivery that "will run" to a quarter’s end as none, leaving the order', () => {
    expect(told('腾讯据悉已向英伟达订购约6万颗H200', '知情人士称，腾讯与英伟达签下约6万颗H200的采购合同，交付将持续到三季度末。')).toEqual([
      'order/hedged 腾讯',
    ]);
  });

  it('reads each batch’s arrival (每批…到货) as the time a term binds, no delivery', () => {
    expect(
      kindsAgainst(
        withGroup(),
        '三家平台据悉同意按比例搭购国产加速卡',
        '据了解谈判进展的人士说，三家平台已点头，每批英伟达H200到货都将配套一定数量的国产AI加速卡。',
      ),
    ).toEqual(['condition_agreed']);
  });

  it('reads customs clearance allowed only once the pledge is signed (方可办理通关) as no delivery', () => {
    expect(
      kindsOfWaiting('第二批获批企业据悉陆续签署H200自用承诺书', '第二批获准进口H200的企业已陆续签署承诺书，同意芯片仅限自用，签署后方可办理通关手续。'),
    ).toEqual(['condition_agreed other-cn-firms']);
  });
});

describe('a buyer’s word on its order', () => {
  it('reads a report of its smaller order called groundless as the order denied', () => {
    expect(told('Tencent calls reports of a smaller Nvidia H200 order groundless')).toEqual(['order/denied Tencent']);
  });

  it('reads "committed to buy north of 150,000" H200s as an order over 150,000', () => {
    expect(briefs('ByteDance has committed to buy north of 150,000 Nvidia H200 processors, people involved say')).toEqual([
      'order/reported - [bytedance] h200 order:over:150000',
    ]);
  });

  it('reads an order the buyer confirms as told, though it gives no figure', () => {
    expect(told('騰訊確認向英偉達追加H200訂單 未透露數量', '騰訊發言人確認，公司已向英偉達追加一批H200訂單，但未有透露數量。')).toEqual([
      'order/reported 腾讯',
    ]);
  });
});

describe('requests', () => {
  it('reads a firm saying it is wrongly on a quoted queue list (“排队企业名单”) as that firm alone, denying its request', () => {
    expect(
      kindsOfWaiting(
        '青川果业：网传H200排队名单有误 公司未提交过进口申请',
        '青川果业在互动易上说，公司没有为引进英伟达H200向商务部报送过材料，网传“排队企业名单”里出现公司名称与事实不符。',
      ),
    ).toEqual(['application zh-i4cayq']);
  });

  it('reads materials sent to the authority for an import (报送材料) as the firm’s request', () => {
    expect(told('青川果业回复投资者：子公司已就H200进口向主管部门报送材料')).toEqual(['application/reported 青川果业']);
  });
});
