/**
 * The exporter meeting the US testing term (lots that pass or clear third-party testing, testing begun, a lab signed
 * for the third-party checks) agrees to it in deed; the same test asked for ("leaning toward requiring that each lot
 * pass…") is still a proposal; "a company spokesperson said" is the company's word, not the department's; and a
 * buyer's "sign-off" from the ministry is its approval, not terms signed.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withUsExport } from './state.js';

const state = withUsExport();
const kinds = (title: string, summary = '') => extractCandidates({ title, summary }, state).candidates.map((c) => `${c.kind}/${c.certainty}`);

describe('the testing term met', () => {
  it.each([
    ['First China-bound Nvidia H200 lots clear US third-party testing, people familiar say', 'condition_agreed/hedged'],
    ['Nvidia signs up a Texas lab for the third-party checks Commerce requires on China-bound H200s', 'condition_agreed/reported'],
  ])('reads "%s" as the term agreed', (title, kind) => {
    expect(kinds(title)).toEqual([kind]);
  });

  it('reads the same test asked for as proposed', () => {
    expect(
      kinds(
        'US said to weigh tougher H200 checks',
        'The Commerce Department is leaning toward requiring that every lot of Nvidia H200 chips bound for China pass third-party testing in the US, people familiar said.',
      ),
    ).toEqual(['condition_proposed/hedged']);
  });

  it('reads a company spokesperson as the company speaking', () => {
    expect(
      kinds(
        'Nvidia starts US third-party testing of its China-bound H200s',
        'Nvidia has begun sending H200 lots bound for Chinese customers to an independent laboratory in Texas for the testing the Commerce Department requires, a company spokesperson said.',
      ),
    ).toEqual(['condition_agreed/reported']);
  });
});
