/**
 * A bar on what buyers do with the chips ("bar importers from renting the chips to other firms") is a
 * condition on the permission, not a refusal; lab-test reports and serial-number tracking are terms
 * Washington may weigh. Firms named in the cause a decision gives ("rented chips out to other companies") are
 * not its holders. Caps per customer ("per-customer caps", "a yearly ceiling for each buyer") are a volume term.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders } from './candidates-helpers.js';

const kinds = (title: string, summary?: string) => briefs(title, summary).map((b) => b.split(' ')[0]);

describe('bars on use and weighed terms', () => {
  it('reads a bar on renting the chips out as a proposed condition, not a denial', () => {
    expect(kinds('Beijing to bar H200 buyers from renting the chips to other companies, people say')).toEqual(['condition_proposed/hedged']);
  });

  it('does not take the firms the chips may not be rented to for holders', () => {
    expect(briefs('China to bar H200 importers from renting the chips to other firms, people say')).toEqual(['condition_proposed/hedged mofcom [] h200']);
  });

  it('still reads a bar on importing as a denial', () => {
    expect(kinds('Beijing bars Kuaishou from importing Nvidia H200 chips')).toEqual(['denial/reported']);
  });

  it('reads weighing lab-test reports for each shipment as a proposed condition', () => {
    expect(briefs('Washington said to weigh making Nvidia file lab-test reports for every China-bound H200 batch')).toEqual([
      'condition_proposed/hedged bis [nvidia] h200',
    ]);
  });

  it('reads weighing serial-number tracking as a proposed condition', () => {
    expect(kinds('Commerce weighs serial-number tracking for H200s Nvidia ships to China, sources say')).toEqual(['condition_proposed/hedged']);
  });
});

describe('firms named in the cause a decision gives', () => {
  it('are not holders of the decision', () => {
    expect(
      holders(
        'China suspends Qingchuan Cloud’s H200 import licence over chip rentals - report',
        'The commerce ministry has suspended Qingchuan Cloud’s licence to import Nvidia H200 chips on suspicion that it rented some of them out to other companies, people familiar with the matter said.',
      ),
    ).toEqual(['Qingchuan Cloud']);
  });
});

describe('caps per customer', () => {
  it('reads Washington weighing per-customer caps or a yearly ceiling for each buyer as a proposed condition', () => {
    expect(kinds('US weighs per-customer caps on Nvidia H200 sales to China')).toEqual(['condition_proposed/hedged']);
    expect(
      kinds(
        'Commerce mulls new H200 terms for China',
        'The Commerce Department is weighing a yearly ceiling for each Chinese buyer of Nvidia H200 chips, people familiar said.',
      ),
    ).toEqual(['condition_proposed/hedged']);
  });
});
