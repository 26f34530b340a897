/** Class 1 (roles) and class 6 (Chinese numbers): each number is read once and attached to what it counts. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { briefs, read } from './candidates-helpers.js';
import { withGroup } from './state.js';

describe('quantity roles', () => {
  it('keeps an order, an inventory figure and a group quota apart in one item', () => {
    expect(
      briefs(
        'China approves ByteDance, Alibaba, Tencent to buy more than 400,000 H200 chips in total',
        'Chinese companies have placed orders for more than 2 million H200s, while Nvidia has about 700,000 in stock.',
      ),
    ).toEqual([
      'grant/reported mofcom [bytedance,alibaba,tencent] h200 quota:over:400000',
      'order/reported - [] h200 order:over:2000000',
      'supply/reported - [nvidia] h200 inventory:about:700000',
    ]);
  });

  it('reads the inventory figure after its number and names the seller, not a buyer', () => {
    const e = read('Buyers in China ordered over 2m H200 chips against roughly 700k held in Nvidia inventory');
    const supply = e.candidates.find((c) => c.kind === 'supply')!;
    expect(supply.quantity).toMatchObject({ role: 'inventory', value: 700_000, qualifier: 'about' });
    expect(supply.seller?.value).toBe('nvidia');
    expect(e.candidates.find((c) => c.kind === 'order')?.quantity).toMatchObject({ role: 'order', value: 2_000_000 });
  });

  it('counts licences as licences, not chips', () => {
    const [c] = read('US grants 12 licences for Nvidia H200 exports to China').candidates;
    expect(c!.kind).toBe('grant');
    expect(c!.quantity).toMatchObject({ role: 'licence_count', value: 12, unit: 'licences' });
  });

  it('counts licences told in words ("a dozen") or after the noun ("licences…, about a dozen of them")', () => {
    expect(read('US grants a dozen licences for Nvidia H200 exports to China').candidates[0]?.quantity).toMatchObject({
      role: 'licence_count',
      value: 12,
      qualifier: 'exact',
    });
    const [c] = read(
      'Commerce Department clears Nvidia H200 sales to China',
      'The department has issued Nvidia its first H200 export licences for Chinese buyers, roughly half a dozen of them, two people said.',
    ).candidates;
    expect(c?.quantity).toMatchObject({ role: 'licence_count', value: 6, qualifier: 'about' });
  });

  it('gives a grant the terms a later sentence says its licences carry, even when it does not name them', () => {
    const [c] = read(
      'US issues Nvidia licences to ship H200s to China',
      "The Commerce Department has issued the licences, people familiar said. Each licence carries the department's screening and reporting requirements.",
    ).candidates;
    expect(c?.kind).toBe('grant');
    expect(c?.conditions.length).toBeGreaterThan(0);
  });

  it("gives one holder's share to that holder, and the total to the group", () => {
    expect(briefs("Beijing clears ByteDance, Alibaba and Tencent for 400,000 H200s combined. ByteDance's share is about 150,000.")).toEqual([
      'grant/reported mofcom [bytedance,alibaba,tencent] h200 quota:exact:400000',
      'grant/reported mofcom [bytedance] h200 allocation:about:150000@bytedance',
    ]);
  });

  it('splits "each" into one allocation per holder', () => {
    expect(briefs('Beijing lets ByteDance and Tencent each buy about 80,000 H200 chips')).toEqual([
      'grant/reported mofcom [bytedance] h200 allocation:about:80000@bytedance',
      'grant/reported mofcom [tencent] h200 allocation:about:80000@tencent',
    ]);
  });

  it('a number of licences next to the item is not also a number of chips', () => {
    const e = read('Washington has granted 30 Nvidia H200 export licences for Chinese customers');
    expect(e.candidates.map((c) => c.quantity?.role)).toEqual(['licence_count']);
  });

  it("keeps a single holder's approval a quota, not an allocation", () => {
    expect(briefs('China approves Tencent to buy 100,000 H200 chips')).toEqual(['grant/reported mofcom [tencent] h200 quota:exact:100000']);
  });

  it('reads Chinese magnitudes and qualifiers: 40万, 超过200万, 逾, 1.5亿, 四十万', () => {
    expect(briefs('商务部批准字节跳动、阿里巴巴和腾讯合计采购超过40万颗H200芯片')).toEqual([
      'grant/reported mofcom [bytedance,alibaba,tencent] h200 quota:over:400000',
    ]);
    expect(briefs('中国企业已订购超过200万颗H200，英伟达库存约70万颗')).toEqual([
      'order/reported - [] h200 order:over:2000000',
      'supply/reported - [nvidia] h200 inventory:about:700000',
    ]);
    expect(read('中国企业订购逾200万颗H200').candidates[0]!.quantity).toMatchObject({ value: 2_000_000, qualifier: 'over' });
    expect(read('中国批准腾讯购买四十万颗H200').candidates[0]!.quantity).toMatchObject({ value: 400_000, role: 'quota', words: '40万颗' });
    expect(read('中国企业订购1.5亿颗H200芯片').candidates[0]!.quantity).toMatchObject({ value: 150_000_000, role: 'order' });
  });

  it('does not read money, percentages or model numbers as quantities', () => {
    const e = read('US to allow H200 exports to China with 25% of proceeds; Nvidia books $5.5 billion charge');
    expect(e.candidates.every((c) => c.quantity === undefined)).toBe(true);
  });
});

describe('a share allotted (获分, 获配)', () => {
  it('reads one holder allotted part of the quota it shares as its allocation', () => {
    const state = withGroup();
    const c = extractCandidates({ title: '知情人士：腾讯在首批H200采购额度中获分约12万颗' }, state).candidates;
    expect(c.map((x) => `${x.kind}/${x.certainty} ${x.holders.map((h) => h.value).join(',')} ${x.quantity?.role}:${x.quantity?.value}`)).toEqual([
      'grant/hedged tencent allocation:120000',
    ]);
  });
});
