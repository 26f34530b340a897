/**
 * Arrivals still to come tell no delivery: goods a buyer "waits for … to arrive", and deliveries laid
 * out in phases (交付分三期完成).
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

const kinds = (title: string, summary?: string) => briefs(title, summary).map((b) => b.split('/')[0]);

describe('arrivals still to come', () => {
  it('reads a buyer waiting for its H200s to arrive as no delivery', () => {
    expect(kinds('Tencent leans on rented GPUs as it waits for Nvidia H200 chips to arrive in volume')).not.toContain('delivery');
  });

  it('reads 交付分三期完成 as a schedule, not an arrival', () => {
    expect(kinds('腾讯H200芯片交付分三期完成')).not.toContain('delivery');
  });

  it('still reads H200 chips that arrived at a buyer as a delivery', () => {
    expect(kinds('Tencent says its first Nvidia H200 chips have arrived')).toContain('delivery');
  });
});
