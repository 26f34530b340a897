/**
 * Goods told reaching Chinese customers at large, with no buyer named and no figure: a delivery
 * on the open order. Shipments a licence covers, shipments told as the background of another
 * figure, and shipments still to come are none.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

const deliveries = (title: string, summary?: string) => briefs(title, summary).filter((b) => b.startsWith('delivery/'));

describe('deliveries begun to Chinese customers at large', () => {
  it('reads shipments said to have begun, and first deliveries, as a delivery with no holder', () => {
    expect(deliveries('Nvidia says its H200 shipments to China have begun')).toEqual(['delivery/reported - [] h200']);
    expect(deliveries('Nvidia confirms initial H200 deliveries to Chinese customers')).toEqual(['delivery/reported - [] h200']);
    expect(deliveries('英伟达：H200已开始向中国客户交付')).toEqual(['delivery/reported - [] h200']);
  });

  it('reads none for shipments a licence covers, shipments behind another figure, or shipments to come', () => {
    expect(deliveries("U.S. signs off on Nvidia's first H200 shipments to Chinese customers")).toEqual([]);
    expect(deliveries("Nvidia's H200 stock falls to about 600,000 after first shipments to China")).toEqual([]);
    expect(deliveries('英伟达H200最快四季度开始向中国客户交付')).toEqual([]);
    expect(deliveries('Nvidia lines up H200 shipments to Chinese customers beyond its first buyers')).toEqual([]);
  });
});
