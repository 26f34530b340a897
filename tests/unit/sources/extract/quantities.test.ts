/** Quantities in headlines: what counts goods, and the many numbers that do not. */
import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../../../src/core/parse-quantity.js';
import { extractFacts } from '../../../../src/sources/extract/index.js';
import { seedState } from './state.js';

const state = seedState();
const quantities = (title: string) => extractFacts({ title }, state).quantities.map((q) => q.quantity);
const values = (title: string) => quantities(title).map((q) => q.value);

describe('quantities found', () => {
  it.each([
    ['ByteDance cleared for 1.2m chips', 1_200_000, 'chips'],
    ['Tencent may buy 2 million GPUs', 2_000_000, 'GPUs'],
    ['Alibaba eyes two million units', 2_000_000, 'units'],
    ['字节跳动获批40万', 400_000, 'units'],
    ['英伟达获得1.5亿订单', 150_000_000, 'units'],
    ['Orders for 40k H200s', 40_000, 'chips'],
    ['Orders for 40K H200s', 40_000, 'chips'],
    ['Shipments of 400 000 servers', 400_000, 'servers'],
    ['Nvidia to ship 3.5 mn processors', 3_500_000, 'processors'],
    ['Nvidia to ship half a million accelerators', 500_000, 'accelerators'],
    ['Nvidia holds three-quarters of a million accelerators', 750_000, 'accelerators'],
    ['China allows 50 H200 chips for a test lab', 50, 'chips'],
    ['China allows fifty thousand H200s', 50_000, 'chips'],
    ['Alibaba to buy 400,000-chip batch', 400_000, 'chips'],
  ])('%s', (title, value, unit) => {
    expect(quantities(title)).toEqual([{ value, qualifier: 'exact', unit }]);
  });

  it.each([
    ['more than 400,000 chips', 'over'],
    ['over 400,000 chips', 'over'],
    ['at least 400,000 chips', 'at_least'],
    ['up to 400,000 chips', 'up_to'],
    ['about 400,000 chips', 'about'],
    ['nearly 400,000 chips', 'about'],
    ['no more than 400,000 chips', 'up_to'],
    ['fewer than 400,000 chips', 'under'],
    ['400,000+ chips', 'over'],
    ['topping 400,000 chips', 'over'],
    ['north of 400,000 chips', 'over'],
    ['400,000 or more chips', 'at_least'],
    ['超过40万颗', 'over'],
    ['不超过40万颗', 'up_to'],
    ['至多40万颗', 'up_to'],
    ['约40万片', 'about'],
    ['40万颗以上', 'over'],
    ['40万颗以内', 'up_to'],
    ['40万颗左右', 'about'],
  ])('qualifier in "%s"', (phrase, qualifier) => {
    expect(quantities(`Tencent approved for ${phrase}`)).toEqual([{ value: 400_000, qualifier, unit: 'chips' }]);
  });

  it('marks group figures as aggregate, and only those', () => {
    const aggregate = (title: string) => extractFacts({ title }, state).quantities.map((q) => q.aggregate);
    expect(aggregate('Three firms to buy 400,000 H200s in total')).toEqual([true]);
    expect(aggregate('Three firms to buy a combined 400,000 H200s')).toEqual([true]);
    expect(aggregate('Three firms to buy 400,000 H200s altogether')).toEqual([true]);
    expect(aggregate('Three firms collectively to buy 400,000 H200s')).toEqual([true]);
    expect(aggregate('In total, ByteDance buys 400,000 H200s')).toEqual([false]); // a clause break ends its reach
    expect(aggregate('ByteDance and Alibaba buy 400,000 H200s between them')).toEqual([true]);
    expect(aggregate('ByteDance buys 400,000 H200s, Tencent buys 100,000 H200s')).toEqual([false, false]);
  });
});

describe('numbers that are not quantities', () => {
  it.each([
    'US takes 25% of proceeds',
    'US takes 25 percent of H200 proceeds',
    'Nvidia books $5.5 billion charge',
    'Nvidia books 5.5bn dollars in charges',
    'Nvidia books US$5.5bn',
    'Deal worth ¥1.5亿',
    'Deal worth 1.5亿元',
    'ByteDance outlines 2025 and 2026 targets',
    'Rule published 2026-01-15, effective Jan 15, 2026',
    'Licences from 15 January',
    'Section 232 probe widens',
    'Federal Register 2026-00789, RIN 0694-AK43',
    'Nvidia H200, H20 and B30A compared',
    'Meeting at 10:30 am',
    'Top 10 chip stocks',
    'ByteDance hires 2,000 people',
    'Rule covers 1,200 companies',
    'Kang Shi Fu wins quota for 30,000 tonnes of sugar',
    '康师傅获食糖进口关税配额3万吨',
    'Carrier wins nod for 14 routes',
    '航空公司获批新开14条航线',
    'Feihe (stock code: 6186) wins approval',
    '飞鹤（股票代码：6186）获批',
  ])('%s', (title) => {
    expect(quantities(title)).toEqual([]);
  });

  it('keeps the quantity and drops the rest in a mixed headline', () => {
    expect(values('On Jan 15, 2026 China approved 400,000 H200s (25%) worth $10bn under Section 232')).toEqual([400_000]);
  });
});

describe('parseQuantity keeps its behaviour after the shared-pattern changes', () => {
  it.each([
    ['400000', { value: 400_000, qualifier: 'exact', unit: 'units' }],
    ['over 400,000 chips', { value: 400_000, qualifier: 'over', unit: 'chips' }],
    ['no more than 5', { value: 5, qualifier: 'up_to', unit: 'units' }],
    ['approx. 5k', { value: 5_000, qualifier: 'about', unit: 'units' }],
    ['超过40万', { value: 400_000, qualifier: 'over', unit: 'units' }],
    ['1.5亿', { value: 150_000_000, qualifier: 'exact', unit: 'units' }],
    ['40kchips', { value: 40_000, qualifier: 'exact', unit: 'chips' }],
    ['two million chips', { value: 2_000_000, qualifier: 'exact', unit: 'chips' }],
    ['sixty thousand', { value: 60_000, qualifier: 'exact', unit: 'units' }],
  ])('%s', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });

  it('still rejects what is not a quantity', () => {
    expect(parseQuantity('hello')).toHaveProperty('error');
    expect(parseQuantity('two')).toHaveProperty('error');
    expect(parseQuantity('-5')).toHaveProperty('error');
  });
});
