/**
 * A firm seeking a bigger allowance or asking for more chips applies; a firm that "receives" its first chips, chips that
 * "reach Chinese buyers" and chips that "have landed" are delivered; analysts reckoning a figure standing now report it,
 * hedged; "according to logistics people" hedges.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('requests for more and arrivals', () => {
  it('reads a firm seeking a bigger allowance as its application', () => {
    expect(told('Qingchuan Fruit Said to Seek Bigger H200 Import Allowance From Beijing')).toEqual(['application/hedged Qingchuan Fruit']);
  });

  it('reads a tracked firm asking for more chips as its application', () => {
    expect(told('Tencent asks Beijing for more Nvidia H200s on top of its first share - sources')).toEqual(['application/hedged Tencent']);
  });

  it('reads a firm that receives its first chips as a delivery', () => {
    expect(told('Alibaba receives first batch of Nvidia H200 chips, people familiar say').map((t) => t.split(' ')[0])).toEqual(['delivery/hedged']);
  });

  it('reads chips reaching Chinese buyers as a delivery with its count', () => {
    expect(
      briefs(
        'Nvidia H200s Reach Chinese Buyers, Roughly 40,000 Chips So Far',
        'Shipments cleared customs in late January, according to logistics people tracking the flows.',
      ),
    ).toEqual(['delivery/hedged - [] h200 delivery:about:40000']);
  });

  it('reads analysts reckoning how many chips have landed as a hedged delivery, not a view', () => {
    expect(briefs('Analysts reckon roughly 45,000 Nvidia H200s have already landed in China')).toEqual(['delivery/hedged - [] h200 delivery:about:45000']);
  });

  it('still reads analysts forecasting what will arrive as a view', () => {
    expect(briefs('Analysts reckon roughly 45,000 Nvidia H200s could land in China by March')).toEqual([]);
  });

  it('does not read bookings that reach a figure as a delivery', () => {
    expect(briefs('Chinese H200 bookings reach some 2.4 million as more buyers join, distributors say').filter((b) => b.startsWith('delivery'))).toEqual([]);
  });
});
