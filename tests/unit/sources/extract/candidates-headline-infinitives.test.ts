/**
 * "China Said to Suspend Qingchuan's H200 Import Licence": the headline's capitalised infinitive is not part of the
 * firm's name, nor is what the firm does ("Chip Tester Qingchuan"), so the headline and the body's legal name hold one
 * firm.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const holders = (title: string, summary: string) => read(title, summary).candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.words).join('+')}`);

describe('a headline verb before the firm', () => {
  it('reads the firm after "Said to Suspend" without the verb', () => {
    expect(
      holders(
        'China Said to Suspend Qingchuan’s H200 Import Licence Over Compute Rentals',
        'China’s commerce ministry has suspended the licence it gave Qingchuan Cloud Technology to import Nvidia H200 chips, people familiar with the matter said.',
      ),
    ).toEqual(['suspension Qingchuan']);
  });

  it('reads the firm after "Said to Revoke" and a description of its trade', () => {
    expect(holders('China Said to Revoke Chip Tester Qingchuan’s License to Import Nvidia H200s', 'The ministry revoked the permit, two people said.')).toEqual(
      ['revocation Qingchuan'],
    );
  });
});
