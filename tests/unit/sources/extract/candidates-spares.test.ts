/**
 * What a seller keeps for warranty swaps is its stock: "fewer than 20 spare H200s", 保修备件, chips kept as spares or
 * that it can still ship are a supply figure, not a delivery. A quota's part "set aside" for a holder stays an
 * allocation.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('spares a seller keeps', () => {
  it('reads the spare chips it can still ship as stock', () => {
    expect(
      briefs(
        'Nvidia is down to about 20 spare H200s for China, dealers say',
        'Nvidia has about 20 H200 chips it can still ship to licensed Chinese buyers, all held back as spares for failed units, dealers said.',
      ).map((b) => b.split('/')[0]),
    ).toEqual(['supply']);
  });

  it('reads warranty spares told in Chinese as stock', () => {
    expect(
      briefs('英伟达在华H200保修备件不足20颗', '英伟达给中国持证客户预留的H200保修备件已经不到20颗。').some(
        (b) => b.startsWith('supply/') && b.includes('inventory:under:20'),
      ),
    ).toBe(true);
  });
});
