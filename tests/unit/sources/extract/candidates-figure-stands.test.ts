/**
 * A figure told as it stands now ("inventory stands at roughly 480,000") is today's figure, news of
 * its own; a permission said to stand still is old news told again.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('a figure as it stands', () => {
  it('reads stock that stands at a number as a supply figure', () => {
    expect(
      briefs(
        'Nvidia says its H200 inventory stands at roughly 480,000 units',
        "The company's chief financial officer told analysts that H200 inventory stands at roughly 480,000 units after the first shipments to customers.",
      ),
    ).toEqual(['supply/reported - [nvidia] h200 inventory:about:480000']);
  });

  it('still reads approvals that stand as old news', () => {
    expect(briefs("Beijing's H200 approvals for ByteDance, Alibaba and Tencent still stand, ministry says")).toEqual([
      'restatement/official mofcom [bytedance,alibaba,tencent] h200',
    ]);
  });
});

describe('stock first, shipments abroad after', () => {
  it('keeps the seller’s stock when the item opens on it and names shipments abroad later', () => {
    expect(
      briefs(
        "Nvidia's H200 stockpile said to be near 500,000",
        "Nvidia's inventory of H200 chips is near 500,000 units after the company shipped a batch to buyers in Saudi Arabia, people familiar with the matter said.",
      ),
    ).toEqual(['supply/hedged - [nvidia] h200 inventory:about:500000']);
  });

  it('still sets aside an item that opens on a shipment abroad', () => {
    expect(
      briefs(
        "Nvidia ships 20,000 H200s to Saudi Arabia's Humain",
        'Nvidia shipped 20,000 H200 chips to Humain in Saudi Arabia this week; its inventory is near 500,000.',
      ),
    ).toEqual([]);
  });
});

describe('a time since the approval', () => {
  it('reads "a month after Beijing’s H200 approval" as the approval told again, the model number no hindrance', () => {
    expect(briefs("A month after Beijing's H200 approval, buyers are still waiting for chips")).toEqual(['restatement/reported mofcom [] h200']);
  });
});

describe('a look back named after a time', () => {
  it('reads a headline headed 一周回看｜ as the story told again, the firms still queuing with it', () => {
    expect(briefs('一周回看｜英伟达H200：腾讯获批进口，更多企业仍在排队')).toEqual([
      'restatement/reported mofcom [tencent] h200',
      'restatement/reported mofcom [other-cn-firms] h200',
    ]);
  });
});
