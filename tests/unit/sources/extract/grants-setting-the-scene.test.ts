/**
 * English grant words that set the scene for other news (grants-in-background.ts): a permission named as the time of
 * an order or a delivery ("after import nod", "days after the company won import approval"), permissions told as a flow
 * around the news ("as more buyers win import approval", "as approvals trickle in", "as Beijing clears more
 * importers"), and the holder's own permission goods come under ("under its new import clearance"). Still read as
 * before: a grant with "after" behind it, one granted after a time phrase, the body clearing more outside an "as"
 * clause, goods "covered by the" approval a body issued, and a headline that opens by counting time since the approval
 * (left to the restatement reading).
 */
import { describe, expect, it } from 'vitest';
import { kindsTold } from './candidates-helpers.js';

describe('a permission named as the time of other news', () => {
  it('reads an order "after import nod" as the order alone', () => {
    expect(
      kindsTold(
        'Dorvan Cloud orders about 420 Nvidia H200 chips after import nod',
        'Dorvan Cloud said it has placed an order for about 420 Nvidia H200 chips.',
      ),
    ).toEqual(['order/reported']);
  });

  it('reads chips arriving "days after the company won import approval" as the delivery alone', () => {
    expect(
      kindsTold(
        "Quillmark Labs' first 612 H200s arrive in Hefei",
        'Quillmark Labs said 612 Nvidia H200 chips have arrived at its Hefei hall, days after the company won import approval.',
      ),
    ).toEqual(['delivery/reported']);
  });
});

describe('permissions told as a flow around the news', () => {
  it('reads orders climbing "as more buyers win import approval" as the orders alone', () => {
    expect(
      kindsTold(
        'Chinese H200 orders climb to 3.3 million - sources',
        'Open orders from Chinese companies for Nvidia H200 chips have climbed to about 3.3 million, people familiar with the order book said, as more buyers win import approval.',
      ),
    ).toEqual(['order/hedged']);
  });

  it('reads a stock estimate "as China approvals trickle in" as the stock alone', () => {
    expect(
      kindsTold('Nvidia H200 stock put near 810,000 as China approvals trickle in', 'Two analysts estimate Nvidia holds about 810,000 H200 chips.'),
    ).toEqual(['supply/reported']);
  });

  it('reads licence requests filed "as Beijing clears more smaller importers" as the requests alone', () => {
    expect(
      kindsTold(
        'Nvidia files about 70 more H200 licence requests',
        'Nvidia has filed about 70 more requests with Commerce to sell H200s to China, people familiar said, as Beijing clears more smaller importers.',
      ),
    ).toEqual(['application/hedged']);
  });

  it('reads the grant a headline tells, not the flow beside it ("as more buyers win permits")', () => {
    expect(kindsTold('Pelhurst AI gets import approval for 1,100 Nvidia H200s as more buyers win permits')).toEqual(['grant/reported']);
  });
});

describe('the holder’s own permission goods come under', () => {
  it('reads an order "under its new import clearance" as the order alone', () => {
    expect(
      kindsTold('Pelhurst AI books 2,200 H200s', 'Pelhurst AI has placed an order for 2,200 Nvidia H200s under its new import clearance, people said.'),
    ).toEqual(['order/hedged']);
  });
});

describe('still a grant', () => {
  it('still reads a grant with "after" behind it', () => {
    expect(kindsTold('Dorvan Cloud wins approval to import 3,000 Nvidia H200s after a months-long review')).toEqual(['grant/reported']);
  });

  it('still reads a grant given after a time phrase ("After a long review Beijing granted … approval")', () => {
    expect(kindsTold('After a long review Beijing granted Quillmark Labs import approval for 900 Nvidia H200s')).toEqual(['grant/reported']);
  });

  it('still reads a share of an approval "covered by the joint approval Beijing issued" as a grant', () => {
    expect(
      kindsTold(
        "Pelhurst AI's slice of China's H200 quota put at 90,000",
        'Pelhurst AI may bring in up to 90,000 of the Nvidia H200s covered by the joint approval Beijing issued last week, people familiar said.',
      ),
    ).toEqual(['grant/hedged']);
  });

  it('still leaves a headline that opens by counting time since the approval to the restatement reading', () => {
    expect(kindsTold("Two years after Beijing's first H200 nod: a look back")).toEqual(['restatement/reported']);
  });

  it('still reads the body clearing more importers when no "as" clause holds it', () => {
    expect(kindsTold('Beijing clears more H200 importers, approving Dorvan Cloud and Pelhurst AI')).toEqual(['grant/reported']);
  });
});
