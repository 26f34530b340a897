/**
 * A Chinese decision on one firm whose name no pattern read (a kind of firm before it, a hedge, a unit or the item after
 * it; in English the firm a decision acts on or a headline's subject): the firm holds it, not the tracked group; firms
 * counted stay unnamed, and a permission for other goods names no buyer of the chips.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('one firm named where no pattern reads it', () => {
  it('takes the firm after what kind of firm it is, before a hedge and the verb', () => {
    expect(told('冷链物流商青川果业据悉拿到H200进口批文 约480颗')).toEqual(['grant/hedged 青川果业']);
    expect(told('水务企业松禾水务H200进口申请传被驳回', '知情人士称，松禾水务为自建调度平台申请进口英伟达H200，未获主管部门批准。')).toEqual([
      'denial/hedged 松禾水务',
    ]);
  });

  it('takes the firm opening a headline clause after a space, in traditional characters too', () => {
    expect(told('果汁饮料也上大模型 北泉饮品传获批进口不少于300颗H200', '有接近公司的人士称，这家吉林的果汁企业已拿到进口许可。')).toEqual([
      'grant/hedged 北泉饮品',
    ]);
    expect(told('消息指 吉林果汁企業北泉飲品H200進口許可遭暫停')).toEqual(['suspension/hedged 北泉饮品']);
  });

  it('takes the firm before its unit, and keeps one grant when headline and summary give its figure twice', () => {
    expect(told('青川果业智算平台传拿到H200进口批复 规模五百余颗', '记者了解到，公司旗下智算平台已获准进口英伟达H200，数量约520颗。')).toEqual([
      'grant/reported 青川果业',
    ]);
  });

  it('takes the firm right after the decision', () => {
    expect(told('商务部同意青川果业进口480颗H200')).toEqual(['grant/reported 青川果业']);
  });

  it('names no firm when firms are counted', () => {
    expect(told('三家企业H200进口许可被暂停的说法不属实')).toEqual(['suspension/denied ']);
  });

  it("takes the firm an English decision acts on, or a headline's subject past what kind of firm it is", () => {
    expect(told('Beijing grants Qingchuan Fruit roughly 900 H200s for cold-chain routing - sources')).toEqual(['grant/hedged Qingchuan Fruit']);
    expect(told('Juice Maker Beiquan Beverage Is Said to Be Refused Permission to Import Nvidia H200s')).toEqual(['denial/hedged Beiquan Beverage']);
  });

  it('names no firm in English for firms described as many, or for a permission for other goods', () => {
    expect(told('China Halts Some Newly Cleared H200 Importers While Auditors Check the Halls')).toEqual(['suspension/reported ']);
    expect(told('China lifts Qingchuan Fruit’s apple export quota as H200 reviews drag on')).toEqual(['grant/reported ']);
  });
});
