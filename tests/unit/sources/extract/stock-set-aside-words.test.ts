/**
 * Stock told by what it is kept for or has not yet met: chips a seller "earmarks" or keeps "reserved for" buyers,
 * "unsold", "unclaimed" or "unallocated" chips, an "H200 pile", the chips that "remain for" buyers or that a seller
 * "can still sell", 为…保留, 可供中国客户, 现货, 存量 — each is a supply figure. Buyers who "pile in", chips a buyer
 * earmarks for its own use, and such words with no figure tell no stock.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

const kinds = (title: string, summary?: string) => briefs(title, summary).map((b) => b.split('/')[0]);

describe('stock told by what it is kept for', () => {
  it('reads chips reserved or earmarked for buyers as stock', () => {
    expect(briefs('Nvidia keeps about 414,000 H200s reserved for customers in China')).toEqual(['supply/reported - [nvidia] h200 inventory:about:414000']);
    expect(briefs('Nvidia said to earmark about 433,000 H200s for Chinese buyers')).toEqual(['supply/hedged - [nvidia] h200 inventory:about:433000']);
  });

  it('reads unsold, unclaimed and unallocated chips as stock', () => {
    expect(briefs("Nvidia's unsold H200 pile is near 422,000 units")).toEqual(['supply/reported - [nvidia] h200 inventory:about:422000']);
    expect(briefs("Fewer than 411,000 H200s remain unclaimed in Nvidia's warehouses")).toEqual(['supply/reported - [nvidia] h200 inventory:under:411000']);
  });

  it('reads what remains for buyers or can still be sold as stock', () => {
    expect(briefs('About 377,000 H200s remain for approved buyers in China, Nvidia says')).toEqual(['supply/reported - [nvidia] h200 inventory:about:377000']);
    expect(briefs('Nvidia has under 399,000 H200s it can still sell into China')).toEqual(['supply/reported - [nvidia] h200 inventory:under:399000']);
  });

  it('reads 为…保留 and 可供…客户 as stock', () => {
    expect(briefs('机构：英伟达为中国客户保留的H200约34.5万颗')).toEqual(['supply/reported - [nvidia] h200 inventory:about:345000']);
    expect(briefs('供应链：英伟达可供中国客户的H200成品约35万颗')).toEqual(['supply/reported - [nvidia] h200 inventory:about:350000']);
  });

  it('still reads no stock where buyers pile in', () => {
    expect(kinds('Chinese orders for Nvidia H200s near 1.9 million as smaller buyers pile in')).not.toContain('supply');
  });

  it('still reads no stock in chips a buyer earmarks for its own models', () => {
    expect(
      kinds(
        'Tencent agrees to buy about 60,000 H200s from Nvidia',
        'Tencent has agreed to buy about 60,000 H200s, most of them earmarked for its Hunyuan models.',
      ),
    ).not.toContain('supply');
  });

  it('still reads no stock without a figure', () => {
    expect(briefs('Nvidia keeps its H200s reserved for customers in China')).toEqual([]);
  });
});
