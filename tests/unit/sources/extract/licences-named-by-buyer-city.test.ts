/**
 * A licence for a buyer named by its Chinese city ("a licence for a Shanghai GPU-rental firm") is one of the tracked
 * exporter's China licences, so its refusal is the exporter's, on the goods of the tracked export licence.
 */
import { describe, expect, it } from 'vitest';
import { briefsAgainst } from './candidates-helpers.js';
import { withUsExport } from './state.js';

describe('a licence named by its buyer’s Chinese city', () => {
  it('reads its refusal as a refusal of the exporter’s China licence', () => {
    expect(briefsAgainst(withUsExport(), 'Washington Turns Down Nvidia Licence for Hangzhou Cloud-Rental Firm, People Say')).toEqual([
      'denial/hedged bis [nvidia] h200',
    ]);
  });

  it('still reads no goods from a licence for a firm in another country', () => {
    expect(briefsAgainst(withUsExport(), 'Washington Turns Down Nvidia Licence for Jakarta Cloud-Rental Firm, People Say')).toEqual([]);
  });
});
