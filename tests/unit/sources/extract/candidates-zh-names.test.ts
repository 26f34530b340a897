/**
 * Chinese names of firms no list knows: a name may hold 和 or open with 均 (新和泰, 均益电子)
 * where 和 between two names, or 均 closing a run ("all"), is no name; the firm a ministry
 * answers about may be named short (就华瑞电力H200…), and the firm whose application it reviewed
 * by its full legal name (审查了…股份有限公司提交的申请). The source of a reporter's tip
 * (记者从…获悉) and the act of bringing chips in (就引进英伟达H200) are not firms, nor is 主动 ("of its own accord")
 * after a firm's colon; a firm answering on a topic (X回应H200采购：…) speaks of itself; 供应链 heading a report is its source. The firms 排队等候批复 are the firms still waiting, not the three approved in the clause before.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const holderWords = (title: string, summary?: string) => read(title, summary).candidates.map((c) => c.holders.map((h) => h.words).join('+'));

describe('Chinese names no list knows', () => {
  it('reads a name holding 和 or opening with 均', () => {
    expect(holderWords('均益电子获准进口2048颗H200')).toEqual(['均益电子']);
    expect(holderWords('传新和泰获批进口逾2000颗H200')).toEqual(['新和泰']);
  });

  it('reads the firm that files for approval (报批)', () => {
    expect(holderWords('华瑞电力据悉报批进口英伟达H200')).toEqual(['华瑞电力']);
  });

  it('does not read 均 closing a run, or two names joined by 和, as one firm', () => {
    expect(holderWords('三家均获批进口H200')).not.toContain('三家均');
    expect(holderWords('字节跳动和阿里巴巴获批进口H200芯片')).toEqual(['字节跳动+阿里巴巴']);
  });

  it('reads the firm a ministry answers about, named short or by its legal name', () => {
    expect(holderWords('商务部新闻发言人就华瑞电力H200芯片进口许可情况答问', '发言人表示，商务部已依法批准该公司进口H200芯片3072颗。')).toEqual(['华瑞电力']);
    expect(
      holderWords('商务部新闻发言人答记者问', '发言人表示，商务部依法受理并审查了华瑞电力股份有限公司提交的H200芯片进口申请，决定予以批准。').join(),
    ).toMatch(/^华瑞电力股份有限公司$/u);
  });

  it('does not read a reporter’s source or the act of importing as a firm', () => {
    expect(holderWords('均益电子获准进口2048颗H200', '记者从宁波均益电子股份有限公司获悉，公司日前拿到商务部批复。').join()).not.toMatch(/记者/u);
    expect(holderWords('华瑞电力：已就H200芯片向商务部提出进口申请', '公司7月已就引进英伟达H200向商务部报送了申请材料。').join()).not.toMatch(/引进/u);
  });

  it('does not read 主动 after a firm’s colon as another firm', () => {
    expect(holderWords('青川果业：主动撤回H200进口申请 大模型改用国产算力')).toEqual(['青川果业']);
  });

  it('does not give the queue to the three told in the same sentence', () => {
    expect(
      read(
        '外电：中方已同意字节、阿里、腾讯采购H200',
        '消息人士称，字节跳动、阿里巴巴与腾讯购买英伟达H200一事已获中方放行，三家加总超过40万颗；排队等候批复的企业还有多家。',
      ).candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}`),
    ).not.toContain('application bytedance,alibaba,tencent');
  });

  it('reads a firm answering on a topic it names before the colon as speaking of itself', () => {
    expect(holderWords('青川果业回应H200采购：进口申请已提交 正等待主管部门审查', '公司表示，H200的进口申请此前已依规报送商务部。')).toEqual(['青川果业']);
  });

  it('does not read 供应链 heading a supply-chain report as a firm', () => {
    expect(holderWords('供应链：英伟达H200对华出货累计逾2万颗', '供应链人士称，英伟达H200对华出货累计已超过2万颗。')).toEqual(['']);
  });
});
