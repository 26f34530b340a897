/**
 * What a seller has left to sell is its stock, not a delivery: 可售/可交付/仅剩/还能…交付, "fewer than N
 * remain for China", "has N left"; a channel's people (渠道人士, 业内人士) hedge what they say.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe("a seller's stock left for China", () => {
  it.each([
    ['渠道人士：英伟达在华可售H200已不足八千颗', 'supply/hedged - [nvidia] h200 inventory:under:8000'],
    ['业内人士：英伟达还能向中国客户交付的H200仅剩约6000颗', 'supply/hedged - [nvidia] h200 inventory:about:6000'],
  ])('reads "%s" as a hedged stock figure', (title, expected) => {
    expect(briefs(title)).toEqual([expected]);
  });

  it('reads "fewer than N remain for China" from the seller as its stock', () => {
    expect(briefs('Nvidia says fewer than 1,800 H200s remain for China')).toEqual(['supply/reported - [nvidia] h200 inventory:under:1800']);
  });

  it('still reads a shipment to a buyer as a delivery', () => {
    expect(briefs('英伟达已向字节跳动交付3000颗H200芯片')).toEqual(['delivery/reported - [bytedance] h200 delivery:exact:3000']);
  });
});
