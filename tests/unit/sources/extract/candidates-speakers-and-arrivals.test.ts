/**
 * A firm heading its own news names itself however the headline goes on (青川果业：自愿披露 公司获准…, 青川果业答投资者问：…),
 * and a filing's 准许本集团/本集团 is that firm, no other. Goods that 已于春节后运抵 arrived just now: news, not old news.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a firm heading its own news', () => {
  it('names itself before a voluntary disclosure or an answer to investors', () => {
    expect(told('青川果业：自愿披露 公司获准进口96颗H200芯片', '')).toEqual(['grant/reported 青川果业']);
    expect(told('青川果业答投资者问：H200芯片目前尚未到货', '')).toEqual(['delivery/denied 青川果业']);
  });

  it('reads a filing’s 本集团 as the firm itself', () => {
    expect(
      told('青川果業：自願公告 獲商務部批准進口128顆英偉達H200晶片', '本公司董事會欣然宣佈，本公司已收到中國商務部的批覆，准許本集團進口128顆英偉達H200晶片。'),
    ).toEqual(['grant/reported 青川果业']);
  });
});

describe('goods arrived after the holiday', () => {
  it('reads 已于春节后运抵 as news', () => {
    expect(told('青川果业：首批216颗英伟达H200芯片已到货', '公司引进的216颗H200芯片已于春节后运抵，训练平台开始调试。')).toEqual([
      'delivery/reported 青川果业',
    ]);
  });
});
