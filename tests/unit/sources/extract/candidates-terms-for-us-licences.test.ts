/**
 * Terms Washington asks of or agrees with the exporter, named in words the older lexicon missed: logging serial numbers,
 * monthly tallies of shipments, vetting who rents the chips as a cloud tenant. A country the goods are "bound" for
 * ("Ireland-bound", "China-bound") names their market, never the authority whose terms they are.
 */
import { describe, expect, it } from 'vitest';
import { toldOfUsExport } from './candidates-helpers.js';

describe('terms of US licences, proposed and agreed', () => {
  it('reads the exporter agreeing to log serial numbers or send monthly lists as agreeing to a term', () => {
    expect(toldOfUsExport('Nvidia agrees to serial-number logging for H200s sold to Chinese clouds')).toEqual(['condition_agreed/reported bis']);
    expect(toldOfUsExport('Nvidia agrees to send Commerce monthly serial-number lists for its H200 shipments')).toEqual(['condition_agreed/reported bis']);
  });

  it('reads Washington weighing tallies or tenant checks as proposing a term', () => {
    expect(toldOfUsExport('Washington mulls making Nvidia file monthly tallies of H200s sold to Chinese clouds - sources')).toEqual([
      'condition_proposed/hedged bis',
    ]);
    expect(toldOfUsExport('US weighs making Nvidia vet the cloud tenants of Chinese H200 buyers - sources')).toEqual(['condition_proposed/hedged bis']);
  });

  it('does not take the country the chips are bound for as the authority of the terms', () => {
    // (The exporter acting first in its sentence is on Washington's side, and goods bound for China are exported: the terms
    // are Washington's.)
    expect(toldOfUsExport('Nvidia accepts US demand for location-verification firmware on China-bound H200s')).toEqual(['condition_agreed/reported bis']);
    expect(toldOfUsExport('Nvidia agrees to a kill switch on China-bound H200s')).toEqual(['condition_agreed/reported bis']);
  });
});
