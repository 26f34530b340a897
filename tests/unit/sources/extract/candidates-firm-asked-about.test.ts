/**
 * The firm a journalist asks the ministry about (问及X H200芯片进口一事, 就X英伟达芯片进口申请答记者问, 就X芯片进口申请…,
 * 就撤销X芯片进口许可…) is the one the answer's "该公司" grants. A firm named right before 英伟达芯片 or 芯片进口 (X：英伟达芯片进口
 * 未获许可, 知情人士：X英伟达芯片进口申请遭驳回) is the firm the news is about.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('the firm asked about', () => {
  it('gives the ministry’s grant to "该公司" to the firm asked about', () => {
    expect(
      told(
        '商务部新闻发言人就青川果业英伟达芯片进口申请答记者问',
        '有记者问及青川果业H200芯片进口一事。商务部新闻发言人答复称，经审查，商务部已同意该公司引进英伟达H200芯片共512颗。',
      ),
    ).toEqual(['grant/official 青川果业']);
  });

  it('finds the firm asked about when the item is named as 芯片 only, or after the decision asked about', () => {
    expect(
      told(
        '商务部新闻发言人就青川果业芯片进口申请审查结果答记者问',
        '问：有媒体称该公司进口英伟达H200一事被驳回。答：经依法审查，商务部已对该申请作出不予许可的决定。',
      ),
    ).toEqual(['denial/official 青川果业']);
    expect(
      told('商务部新闻发言人就撤销青川果业芯片进口许可答记者问', '有记者问及青川果业H200进口许可被撤销一事。发言人表示，商务部已依法撤销该许可。').every((t) =>
        t.endsWith(' 青川果业'),
      ),
    ).toBe(true);
  });
});

describe('a firm named right before 英伟达芯片 or 芯片进口', () => {
  it('is the firm the news is about', () => {
    expect(told('青川果业：英伟达芯片进口未获许可 大模型训练改用国产算力', '公司申请进口英伟达H200芯片一事，日前收到商务部不予许可的决定。')).toEqual([
      'denial/reported 青川果业',
    ]);
    expect(told('知情人士：青川果业英伟达芯片进口申请遭商务部驳回', '知情人士称，该公司此前申请进口约500颗H200。')).toEqual(['denial/hedged 青川果业']);
  });
});
