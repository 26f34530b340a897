/** The story's headlines, end to end: what the source watcher would get from each. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/sources/extract/index.js';
import { ids, seedState } from './state.js';

const state = seedState();
const extract = (title: string, summary?: string) => extractFacts(summary === undefined ? { title } : { title, summary }, state);

describe('extractFacts on the story headlines', () => {
  it('reads the group import approval with its quota "in total"', () => {
    const e = extract('China approves ByteDance, Alibaba, Tencent to buy more than 400,000 Nvidia H200 chips in total - Reuters');
    expect(e.publisher).toBe('Reuters');
    expect(e.text).toBe('China approves ByteDance, Alibaba, Tencent to buy more than 400,000 Nvidia H200 chips in total');
    expect(ids(e.parties)).toEqual(['bytedance', 'alibaba', 'tencent']);
    expect(ids(e.items)).toEqual(['h200']);
    expect(ids(e.authorities)).toEqual(['mofcom']);
    expect(e.quantities).toEqual([
      { quantity: { value: 400_000, qualifier: 'over', unit: 'chips' }, text: 'more than 400,000 Nvidia H200 chips', aggregate: true },
    ]);
    expect(e.status).toEqual({ status: 'approved', polarity: 'positive', hedged: false, phrase: 'approves' });
    expect(e.direction).toBe('import');
    expect(e.confidence).toBe('high');
  });

  it('reads orders against stock as two quantities and an order signal', () => {
    const e = extract('Chinese firms have ordered over 2 million H200s, against about 700,000 in stock');
    expect(e.quantities.map((q) => q.quantity)).toEqual([
      { value: 2_000_000, qualifier: 'over', unit: 'chips' },
      { value: 700_000, qualifier: 'about', unit: 'chips' },
    ]);
    expect(e.quantities.every((q) => !q.aggregate)).toBe(true);
    expect(e.orderSignal).toEqual({ phrase: 'ordered', quantity: { value: 2_000_000, qualifier: 'over', unit: 'chips' } });
    expect(e.status).toBeUndefined();
    expect(e.parties).toEqual([]); // "Chinese firms" is unattributed
  });

  it('reads the US export decision as export, and 25% as no quantity', () => {
    const e = extract('US to allow Nvidia H200 exports to approved customers in China, 25% of proceeds');
    expect(e.direction).toBe('export');
    expect(e.status?.status).toBe('approved');
    expect(e.status?.polarity).toBe('positive');
    expect(e.quantities).toEqual([]);
    expect(ids(e.items)).toEqual(['h200']);
  });

  it('reads "not permitted" as a denial', () => {
    const e = extract('China customs says H200 chips not permitted');
    expect(e.status).toEqual({ status: 'denied', polarity: 'negative', hedged: false, phrase: 'not permitted' });
    expect(e.direction).toBe('import');
  });

  it('reads "considering approval, people familiar say" as hedged, low confidence, not an approval', () => {
    const e = extract('China considering approval of H200 purchases, people familiar say');
    expect(e.status?.hedged).toBe(true);
    expect(e.status?.status).not.toBe('approved');
    expect(e.status?.status).toBe('reported');
    expect(e.confidence).toBe('low');
    expect(e.hedges).toEqual(['considering', 'people familiar']);
    expect(e.direction).toBe('import');
  });

  it('does not take the H20 for the H200, nor $5.5 billion for a quantity', () => {
    const e = extract('Nvidia H20 export license required; $5.5 billion charge');
    expect(e.items).toEqual([]);
    expect(e.quantities).toEqual([]);
    expect(ids(e.parties)).toEqual(['nvidia']);
    expect(e.status).toBeUndefined();
  });

  it('reads "told to prepare orders" as pending, not as an order', () => {
    const e = extract('Alibaba told to prepare orders for 40k H200 chips');
    expect(e.status).toMatchObject({ status: 'pending', polarity: 'pending', hedged: false });
    expect(e.quantities.map((q) => q.quantity)).toEqual([{ value: 40_000, qualifier: 'exact', unit: 'chips' }]);
    expect(e.orderSignal).toBeUndefined();
    expect(ids(e.parties)).toEqual(['alibaba']);
  });

  it('reads a year as no quantity', () => {
    const e = extract("ByteDance's 2026 plan");
    expect(ids(e.parties)).toEqual(['bytedance']);
    expect(e.quantities).toEqual([]);
  });

  it('reads Chinese headlines', () => {
    const e = extract('字节跳动、阿里巴巴和腾讯获批购买超过40万颗H200芯片');
    expect(ids(e.parties)).toEqual(['bytedance', 'alibaba', 'tencent']);
    expect(ids(e.items)).toEqual(['h200']);
    expect(e.quantities.map((q) => q.quantity)).toEqual([{ value: 400_000, qualifier: 'over', unit: 'chips' }]);
    expect(e.status?.status).toBe('approved');
    expect(e.direction).toBe('import');
  });

  it('scans the summary too, without counting a repeated title twice', () => {
    const title = 'China approves H200 purchases - Reuters';
    const summary = '<a href="https://x">China approves H200 purchases</a>&nbsp;&nbsp;<font color="#6f6f6f">Reuters</font>';
    const e = extract(title, summary);
    expect(e.text).toBe('China approves H200 purchases');
    const f = extract(title, 'ByteDance, Alibaba and Tencent may buy 400,000 between them, with conditions.');
    expect(ids(f.parties)).toEqual(['bytedance', 'alibaba', 'tencent']);
    expect(f.quantities).toEqual([{ quantity: { value: 400_000, qualifier: 'exact', unit: 'chips' }, text: '400,000', aggregate: true }]);
    // The hedge is in the summary's sentence, not the title's: the approval stands, with conditions.
    expect(f.status).toMatchObject({ status: 'approved_with_conditions', polarity: 'positive' });
  });
});
