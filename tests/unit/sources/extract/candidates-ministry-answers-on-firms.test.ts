/**
 * The ministry answering a question about one firm's import (就X进口芯片许可事答记者问, 就X申请进口高性能芯片一事答问)
 * names that firm, however the headline names the chips; "X的申请…予以许可" decides the request the item told of; a
 * grant given with conditions (附条件予以许可) carries the duties the same sentence then puts on its holder; and
 * 首例 or 约为 open no firm's name.
 */
import { describe, expect, it } from 'vitest';
import { sentences } from '../../../../src/sources/extract/text-units.js';
import { unknownHolders } from '../../../../src/sources/extract/unknown-names.js';
import { toldWithTerms } from './candidates-helpers.js';

describe('the ministry answering about one firm', () => {
  it('reads its approval of the firm a Q&A headline names before 进口芯片', () => {
    expect(
      toldWithTerms(
        '商务部新闻发言人就青川果业进口芯片许可事答记者问',
        '在回答青川果业进口H200相关提问时，商务部新闻发言人说，这家果品加工企业的申请材料齐全，经依法审核，商务部已同意其进口英伟达H200芯片。',
      ),
    ).toEqual(['grant/official [青川果业]']);
  });

  it('reads a grant given with conditions, and the duties after it, as one grant with terms', () => {
    expect(
      toldWithTerms(
        '商务部新闻发言人就青川果业申请进口高性能芯片一事答问',
        '有记者就青川果业购入英伟达H200一事提问。发言人答复说，青川果业的申请已按规定完成审核，商务部决定附条件予以许可，企业应严格履行最终用户和最终用途承诺。',
      ),
    ).toEqual(['grant/official [青川果业] with terms']);
  });

  it('opens no firm at 首例 or 约为', () => {
    const names = (text: string) => unknownHolders(text, sentences(text), []).map((n) => n.words);
    expect(names('商务部新闻发言人就首例进口芯片转让答问\n发言人介绍，这是商务部同意的第一件转让申请。')).toEqual([]);
    expect(
      names(
        '传青川果业H200进口获批数量逾1000颗 约为申请量六成\n产业链人士称，青川果业进口英伟达H200的申请已获商务部批准，获准数量逾1000颗，约为公司申请数量的六成。',
      ),
    ).not.toContain('约为');
  });
});
