/**
 * A claim the ministry calls a misreading (所谓…系误读) is denied; an exporter agreeing to collect buyers'
 * no-military-use certifications agrees to a term; and a firm described by three words before "maker" is still named.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { holders } from './candidates-helpers.js';
import { withGroup, withUsExport } from './state.js';

const kinds = (state: ReturnType<typeof withGroup>, title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map((c) => `${c.kind}/${c.certainty}`);

describe('misreadings, certifications and long descriptions', () => {
  it('reads 所谓暂停…系误读 as the suspension denied', () => {
    expect(kinds(withGroup(), '商务部：所谓暂停腾讯H200进口许可系误读')).toEqual(['suspension/denied']);
  });

  it('reads the exporter agreeing to collect no-military-use certifications as a condition agreed', () => {
    expect(
      kinds(
        withUsExport(),
        'Nvidia agrees to collect no-military-use certifications from Chinese H200 customers',
        'Nvidia said each Chinese buyer of its H200 chips now signs a statement that it has no ties to the military, meeting a Commerce Department demand.',
      ),
    ).toEqual(['condition_agreed/reported']);
  });

  it('names the firm after a three-word description ending in "maker"', () => {
    expect(holders('Glass fibre cloth maker Qingchuan Cloud cleared to import up to 300 Nvidia H200s - source')).toEqual(['Qingchuan Cloud']);
  });
});
