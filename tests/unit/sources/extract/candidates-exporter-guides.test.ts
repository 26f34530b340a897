/**
 * Guides to Washington's H200 rule and officials saying its terms are where they were: a law firm's note on what
 * exporters must file, a factbox on the US rules, "what the policy change asks of suppliers", "terms remain as set",
 * "stay as they are". Each tells the US licensing as it stands, once, and decides nothing; the requests and limits its
 * body spells out are the rule's, not anyone's news.
 */
import { describe, expect, it } from 'vitest';
import { toldOfUsExport as facts } from './candidates-helpers.js';

describe('guides to the US rule and its terms said to stand', () => {
  it('reads a client note on what exporters must file as the US licensing told again', () => {
    expect(
      facts(
        'Client note: what exporters must keep on file before sending Nvidia H200s to China',
        'Our walk-through of the January rule from BIS: review case by case, proof that US buyers are served first, China shipments held to half of US volumes and end-user screening.',
      ),
    ).toEqual(['restatement/reported bis us-export']);
  });

  it('reads "what the policy change asks of suppliers" as the rule told again, not a request or a proposal', () => {
    expect(
      facts(
        'Selling H200s to China: what the BIS policy change asks of suppliers',
        'Suppliers seeking licences to send Nvidia H200 parts to Chinese buyers must show ample US supply and arrange testing in the United States, under the rule BIS issued in January.',
      ),
    ).toEqual(['restatement/reported bis us-export']);
  });

  it('reads a factbox on the US rules behind the sales as one retelling', () => {
    expect(
      facts(
        'Factbox: the US conditions behind Nvidia H200 sales to China',
        'Since the Commerce Department rule of January, licence requests for H200 shipments to China are reviewed case by case instead of presumed denied, and exporters must cap China volumes.',
      ),
    ).toEqual(['restatement/reported bis us-export']);
  });

  it('reads Commerce saying the licence terms remain as set as an official retelling, not the suspensions it answers', () => {
    expect(
      facts(
        'Commerce says Nvidia H200 licence terms for China remain as set in January',
        'A Commerce Department spokesperson said the agency has not altered the terms on Nvidia’s China-bound H200 licences, answering questions after this month’s suspensions.',
      ),
    ).toEqual(['restatement/official bis us-export']);
  });

  it('reads terms said to stay as they are despite calls to halt approvals as an official retelling', () => {
    expect(
      facts(
        'Commerce says H200 licence terms for China stay as they are after lawmakers’ letter',
        'A Commerce Department spokesperson said on Tuesday the conditions on Nvidia’s H200 licences for Chinese buyers remain in force, after lawmakers asked the agency to halt new approvals.',
      ),
    ).toEqual(['restatement/official bis us-export']);
  });

  it('still reads a guide to China’s own approval as no US retelling', () => {
    expect(facts('Client note: what Chinese buyers must file with MOFCOM for H200 imports')).not.toContain('restatement/reported bis us-export');
  });
});
