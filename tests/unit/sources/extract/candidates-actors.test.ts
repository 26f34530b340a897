/** Class 7 (the authority is whoever grants) and class 4 (another country's deal): who acts, and where the goods go. */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('the actor of a decision', () => {
  it('reads "US rejects" as the US deciding, not as the US reporting', () => {
    expect(briefs('US rejects Nvidia bid to ship more H200 chips to China')).toEqual(['denial/reported bis [nvidia] h200']);
  });

  it('does not take the market after the verb ("sales to China") for the authority', () => {
    expect(briefs('Nvidia said to win green light for H200 sales to China')).toEqual(['grant/hedged bis [nvidia] h200']);
  });

  it('keeps a possessive authority after the verb: "accepts Beijing\'s terms"', () => {
    const [c] = read("Tencent accepts Beijing's terms for buying H200 accelerators").candidates;
    expect(c?.authority?.value).toBe('mofcom');
  });
});

describe('counts that look like years', () => {
  it('reads 2000台 as 2,000 units delivered, not the year 2000', () => {
    expect(briefs('阿里云首批2000台H200服务器已交付')).toEqual(['delivery/reported - [alibaba] h200 delivery:exact:2000']);
  });

  it('still ignores a year before the item', () => {
    expect(read('2026年H200出口政策回顾').candidates.every((c) => c.quantity === undefined)).toBe(true);
  });
});

describe('who the event is about', () => {
  it('does not make the names given for comparison parties to the approval', () => {
    expect(briefs('Kuaishou becomes the fourth firm cleared to import H200 chips after ByteDance, Alibaba and Tencent')).toEqual([
      'grant/reported mofcom [kuaishou] h200',
    ]);
  });

  it('reads the seller agreeing to a condition as the export side', () => {
    expect(briefs('Nvidia agrees to share 15% of H200 sales in China with the US Treasury')[0]).toMatch(/^condition_agreed\/reported .* \[nvidia\] h200$/);
  });

  it('reads a cut to a holder quota as a new grant figure', () => {
    const [c] = read("Beijing cuts Tencent's H200 quota to 70,000 chips").candidates;
    expect(c?.kind).toBe('grant');
    expect(c?.quantity).toMatchObject({ value: 70_000 });
  });

  it('the speaker who denies something about itself is the party', () => {
    expect(read('Tencent denies it was barred from buying H200 chips').candidates[0]?.holders.map((h) => h.value)).toEqual(['tencent']);
  });
});

describe('statements, passives and comparisons', () => {
  it('is not official when the company is the one confirming', () => {
    expect(briefs('China rejects Meituan request to import H200 chips', 'The commerce ministry turned down the request, the company confirmed.')[0]).toMatch(
      /^denial\/reported /,
    );
  });

  it('reads a passive withdrawal of an approval as a revocation, not a grant', () => {
    expect(briefs("Alibaba's H200 licence withdrawn, people familiar say").map((b) => b.split(' ')[0])).toEqual(['revocation/hedged']);
  });

  it('does not let a gap in a phrase run across a sentence end', () => {
    expect(
      briefs('US Revokes Nvidia H200 China Licences. Washington cancelled the licences that allowed Nvidia to sell H200 chips to China.').map(
        (b) => b.split('/')[0],
      ),
    ).toEqual(['revocation']);
  });

  it('reads the H200 named only for comparison as not the item', () => {
    expect(briefs('China clears Tencent to buy H20 chips, a weaker part than the H200')).toEqual([]);
  });

  it('keeps a country denying something about itself as the authority', () => {
    expect(read('US denies reports it will suspend Nvidia H200 licences').candidates[0]?.authority?.value).toBe('bis');
  });
});
