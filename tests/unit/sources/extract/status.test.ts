/** Status words, negation, hedging, direction and order signals. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../../src/sources/extract/index.js';
import { seedState } from './state.js';

const state = seedState();
const extract = (title: string, summary?: string) => extractFacts(summary === undefined ? { title } : { title, summary }, state);
const status = (title: string) => extract(title).status;

describe('status words', () => {
  it.each([
    ['China approves H200 imports', 'approved', 'positive'],
    ['Beijing authorized ByteDance H200 purchases', 'approved', 'positive'],
    ['Tencent gets green light for H200', 'approved', 'positive'],
    ['Alibaba green-lighted for H200 buys', 'approved', 'positive'],
    ['US grants Nvidia licences for H200 exports', 'approved', 'positive'],
    ['H200 export license granted', 'approved', 'positive'],
    ['ByteDance cleared to buy H200s', 'approved', 'positive'],
    ['China allowed H200 imports', 'approved', 'positive'],
    ['China lifts ban on H200 purchases', 'approved', 'positive'],
    ['China approves H200 imports with conditions', 'approved_with_conditions', 'positive'],
    ['Conditional approval for ByteDance H200 buys', 'approved_with_conditions', 'positive'],
    ['China approves H200 purchases on condition of domestic chip bundling', 'approved_with_conditions', 'positive'],
    ['Alibaba wins in-principle approval for H200', 'pending', 'pending'],
    ['Tencent told to prepare orders for H200', 'pending', 'pending'],
    ['H200 applications under review', 'pending', 'pending'],
    ['ByteDance applied for H200 import licence', 'pending', 'pending'],
    ['More Chinese firms awaiting approval', 'pending', 'pending'],
    ['China has not approved H200 purchases', 'pending', 'negative'],
    ['H200 purchases not approved', 'pending', 'negative'],
    ['Beijing yet to approve H200 purchases', 'pending', 'pending'],
    ['China denies H200 import requests', 'denied', 'negative'],
    ['China rejects H200 purchases', 'denied', 'negative'],
    ['China bans H200 imports', 'denied', 'negative'],
    ['China blocks H200 purchases', 'denied', 'negative'],
    ['China customs says H200 chips not permitted', 'denied', 'negative'],
    ['China halts H200 purchases', 'suspended', 'negative'],
    ['US suspends Nvidia H200 licences', 'suspended', 'negative'],
    ['US revokes Nvidia H200 licences', 'revoked', 'negative'],
    ['Chinese firms told to stop buying H200s', 'suspended', 'negative'],
    ['US lets Nvidia sell H200 chips to China', 'approved', 'positive'],
    ['商务部批准字节跳动购买H200', 'approved', 'positive'],
    ['海关禁止H200进口', 'denied', 'negative'],
  ])('%s → %s', (title, expected, polarity) => {
    expect(status(title)).toMatchObject({ status: expected, polarity, hedged: false });
  });

  it('reports no status when there is none', () => {
    expect(status('Nvidia H200 demand in China explained')).toBeUndefined();
    expect(status('ByteDance clears the way for new data centres')).toBeUndefined();
  });

  it('quotes the words the status came from', () => {
    expect(status('China has not approved H200 purchases')?.phrase).toBe('has not approved');
    expect(status('Alibaba wins in-principle approval for H200')?.phrase).toBe('in-principle approval');
  });
});

describe('hedging and confidence', () => {
  it.each([
    ['China considering approval of H200 purchases', 'considering'],
    ['China may approve H200 purchases', 'may'],
    ['China plans to approve H200 purchases', 'plans to'],
    ['China expected to approve H200 purchases', 'expected to'],
  ])('intent: %s is only reported', (title, hedge) => {
    const e = extract(title);
    expect(e.status).toMatchObject({ status: 'reported', polarity: 'positive', hedged: true });
    expect(e.hedges).toEqual([hedge]);
    expect(e.confidence).toBe('medium');
  });

  it.each([
    'China reportedly approves H200 purchases',
    'China approves H200 purchases, people familiar with the matter say',
    'China approves H200 purchases, sources say',
  ])('source: %s stays approved but hedged', (title) => {
    const e = extract(title);
    expect(e.status).toMatchObject({ status: 'approved', hedged: true });
    expect(e.confidence).toBe('medium');
  });

  it('does not take the month May for a hedge', () => {
    const e = extract('China approved H200 purchases in May');
    expect(e.status).toMatchObject({ status: 'approved', hedged: false });
    expect(e.hedges).toEqual([]);
    expect(extract('US may ban H200 exports from May 1').hedges).toEqual(['may']);
  });

  it('is high for a firm, anchored headline and low for a hedged one without anchors', () => {
    expect(extract('MOFCOM approves ByteDance H200 purchases').confidence).toBe('high');
    expect(extract('Officials may be considering something, sources say').confidence).toBe('low');
  });
});

describe('direction', () => {
  it.each([
    ['US approves Nvidia sales to China', 'export'],
    ['US approves Nvidia exports of H200 chips', 'export'],
    ['Washington grants H200 licences to Nvidia', 'export'],
    ['China approves ByteDance purchases of H200s', 'import'],
    ['China approves ByteDance to buy H200 chips', 'import'],
    ['Beijing clears H200 imports', 'import'],
    ['MOFCOM approves Tencent', 'import'],
    ['Nvidia to sell H200 to China after US approval', 'export'],
    ['Chinese firms buy H200 after US export approval', 'export'],
  ])('%s → %s', (title, direction) => {
    expect(extract(title).direction).toBe(direction);
  });

  it('stays undefined without a cue', () => {
    expect(extract('ByteDance approved').direction).toBeUndefined();
  });
});

describe('order signals', () => {
  it('reads orders with their quantity', () => {
    expect(extract('Chinese firms placed orders for more than 2 million H200 chips').orderSignal).toEqual({
      phrase: 'placed orders for',
      quantity: { value: 2_000_000, qualifier: 'over', unit: 'chips' },
    });
    expect(extract('Nvidia sees orders for more than 2 million H200s').orderSignal).toEqual({
      phrase: 'orders for',
      quantity: { value: 2_000_000, qualifier: 'over', unit: 'chips' },
    });
    expect(extract('ByteDance ordered H200s').orderSignal).toEqual({ phrase: 'ordered' });
    expect(extract('Nvidia receives 2 million orders for H200').orderSignal).toEqual({
      phrase: 'orders for',
      quantity: { value: 2_000_000, qualifier: 'exact', unit: 'chips' },
    });
  });

  it('does not take commands or preparations for orders', () => {
    expect(extract('Beijing ordered firms to halt H200 purchases').orderSignal).toBeUndefined();
    expect(extract('Alibaba told to prepare orders for 40k H200 chips').orderSignal).toBeUndefined();
    expect(extract('In order for sales to resume, US wants 25%').orderSignal).toBeUndefined();
  });
});
