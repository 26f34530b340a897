/** Class 2 (what happened) and class 3 (how sure, negation), in English and Chinese. */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('what happened', () => {
  it.each([
    ['China approves ByteDance to buy H200 chips', 'grant/reported mofcom [bytedance] h200'],
    ['China rejects Alibaba application to import H200', 'denial/reported mofcom [alibaba] h200'],
    ['China suspends Tencent H200 purchases', 'suspension/reported mofcom [tencent] h200'],
    ['US revokes Nvidia licence to export H200 to China', 'revocation/reported bis [nvidia] h200'],
    ['ByteDance has asked for approval to buy H200 chips', 'application/reported mofcom [bytedance] h200'],
    ['ByteDance applies for licence to import H200', 'application/reported mofcom [bytedance] h200'],
    ['ByteDance asked Beijing to import more H200 chips', 'application/reported mofcom [bytedance] h200'],
    ['ByteDance asks Beijing for a bigger slice of the H200 quota', 'application/reported - [bytedance] h200'],
    ['ByteDance petitioned the ministry for more H200 chips', 'application/reported - [bytedance] h200'],
    ['中国暂停腾讯采购H200', 'suspension/reported mofcom [tencent] h200'],
    ['商务部拒绝阿里巴巴的H200进口申请', 'denial/reported mofcom [alibaba] h200'],
  ])('%s', (title, expected) => {
    expect(briefs(title)).toEqual([expected]);
  });

  it('tells an order, a delivery and a supply figure apart', () => {
    expect(briefs('Alibaba orders 200,000 H200 chips')).toEqual(['order/reported - [alibaba] h200 order:exact:200000']);
    expect(briefs('ByteDance received its first 50,000 H200 chips')).toEqual(['delivery/reported - [bytedance] h200 delivery:exact:50000']);
    expect(briefs('Nvidia has about 700,000 H200 chips in inventory')).toEqual(['supply/reported - [nvidia] h200 inventory:about:700000']);
  });

  it('reads a condition still negotiated beside the approval', () => {
    const e = read('China approves ByteDance H200 purchases', 'Conditions are still being negotiated, including bundling a ratio of domestic chips.');
    expect(e.candidates.map((c) => c.kind)).toEqual(['grant', 'condition_proposed']);
    expect(e.candidates[1]!.conditions.map((c) => c.value)).toContain('bundling');
  });

  it('an order without a number is not a fact the ledger can keep', () => {
    expect(read('Alibaba orders more H200 chips').candidates).toEqual([]);
  });
});

describe('how sure', () => {
  it.each([
    ['Nvidia denies report that China approved H200 purchases', 'grant', 'denied', 'denies'],
    ['China has not approved H200 imports', 'grant', 'denied', 'has not'],
    ['Officials say there is no decision yet on suspending Alibaba H200 imports', 'suspension', 'denied', 'no decision yet on'],
    ['China is said to have approved ByteDance H200 purchases', 'grant', 'hedged', 'is said to'],
    ['China may approve H200 purchases by Alibaba', 'grant', 'hedged', 'may'],
    ['China approves H200 imports for ByteDance, people familiar with the matter say', 'grant', 'hedged', 'people familiar'],
    ['英伟达否认中国已批准H200进口', 'grant', 'denied', '否认'],
    ['字节跳动尚未获得H200进口批准', 'grant', 'denied', '尚未'],
    ['据悉，中国已批准腾讯购买H200', 'grant', 'hedged', '据悉'],
    ['传中国批准阿里巴巴采购H200', 'grant', 'hedged', '传'],
    ['消息称商务部已批准字节跳动追加采购H200', 'grant', 'hedged', '消息称'],
    ['中国拟批准字节跳动购买H200', 'grant', 'hedged', '拟'],
    ['中国或将批准腾讯进口H200', 'grant', 'hedged', '或将'],
    ["China's commerce ministry said in a statement it approved ByteDance H200 imports", 'grant', 'official', 'said'],
  ])('%s', (title, kind, certainty, words) => {
    const [c] = read(title).candidates;
    expect(c).toBeDefined();
    expect(c!.kind).toBe(kind);
    expect(c!.certainty).toBe(certainty);
    expect(c!.certaintyWords).toContain(words);
  });

  it('an intention records nothing (eval/README.md: "is weighing", "plans to order", 考虑)', () => {
    expect(read('China is weighing approval of H200 imports for Tencent').candidates).toEqual([]);
    expect(read('Alibaba plans to order 100,000 more H200 chips').candidates).toEqual([]);
    expect(read('腾讯考虑追加采购5万颗H200').candidates).toEqual([]);
  });

  it('an official source makes a firm statement official', async () => {
    const { extractCandidates } = await import('../../../../src/sources/extract/index.js');
    const { seedState } = await import('./state.js');
    const [c] = extractCandidates(
      { title: 'Revision to license review policy: BIS approves H200 exports to China case by case', official: true },
      seedState(),
    ).candidates;
    expect(c!.certainty).toBe('official');
    expect(c!.authority?.value).toBe('bis');
  });

  it('"not permitted" is a denial, firmly reported, not a negated approval', () => {
    expect(briefs('China customs says H200 chips not permitted')).toEqual(['denial/reported mofcom [] h200']);
  });
});

describe('applications name an applicant', () => {
  it('does not read a general statement about applications as an application', () => {
    expect(read('商务部：将依法审批H200进口申请').candidates).toEqual([]);
    expect(read('Commerce Department says H200 licence applications will be reviewed case by case').candidates).toEqual([]);
  });
});
