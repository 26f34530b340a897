/**
 * Writing about the US rule's licensing ("BIS's January policy for H200-class chips", "what exporters of H200-class chips to
 * China must certify") names the item by its class; a rival "H200-class" chip elsewhere stays another product. A bar on
 * onward transfers is a term on the goods, not a refusal.
 */
import { describe, expect, it } from 'vitest';
import { toldOfUsExport } from './candidates-helpers.js';

describe('H200-class goods under the US rule', () => {
  it('reads an exporters’ guide to the rule for H200-class chips as the US licensing told again', () => {
    expect(
      toldOfUsExport(
        'Explainer: what changed in January for chip exports to China',
        'Since the Commerce Department rule of January 15, China-bound applications for H200-class chips are judged one at a time rather than presumed denied, subject to conditions on US supply, volume and testing.',
      ),
    ).toEqual(['restatement/reported bis']);
  });

  it('keeps a rival H200-class chip another product', () => {
    expect(toldOfUsExport('Qingchuan Cloud unveils an H200-class accelerator and books its first orders', '')).toEqual([]);
  });

  it('reads a bar on onward transfers as no refusal', () => {
    expect(
      toldOfUsExport('Client alert: BIS’s bar on onward transfers of H200-class chips inside the PRC now applies', '').some((x) => x.startsWith('denial')),
    ).toBe(false);
  });
});
