/**
 * In an item that names the seller, China named right before the licences ("three Nvidia China licences on hold", "as
 * price of China licences") is where the goods go: the event is about the seller's export licensing, not Beijing's.
 * A quota named as what deliveries wait on (视审批额度) or as the matter terms are agreed on (就H200额度接受…) is no grant.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief, briefs } from './candidates-helpers.js';
import { withUsExport } from './state.js';

const us = (title: string, summary = ''): string[] => extractCandidates({ title, summary }, withUsExport()).candidates.map(brief);

describe('China licences of the seller', () => {
  it('reads a hold or a denied hold on the seller’s China licences as Washington’s, on the seller', () => {
    expect(us('Three Nvidia China licences reportedly on hold as Commerce checks where H200s went')).toEqual([
      'suspension/hedged bis [nvidia] h200 licence_count:exact:3',
    ]);
    expect(us('Nvidia rejects report that US put three China licences on hold')).toEqual(['suspension/denied bis [nvidia] h200 licence_count:exact:3']);
  });

  it('reads terms accepted as the price of China licences as one agreement with Washington', () => {
    expect(
      us(
        'Nvidia accepts quarterly end-user reporting as price of China licences',
        'The chip maker has agreed with the Commerce Department to file a report every quarter naming the sites where licensed H200s are installed.',
      ),
    ).toEqual(['condition_agreed/reported bis [nvidia] h200']);
  });

  it('reads the seller’s China licences merely named as no grant', () => {
    expect(us('Commerce drafts a per-customer ceiling on Nvidia’s China H200 licences').filter((b) => b.startsWith('grant'))).toEqual([]);
  });
});

describe('quotas named as a measure or a matter', () => {
  it('reads a quota deliveries wait on, or terms agreed on a quota, as no grant', () => {
    expect(
      briefs('传青川果业H200到货约4万颗', '青川果业首批约4万颗H200已完成入库，后续批次将视审批额度分期到货。').filter((b) => b.startsWith('grant')),
    ).toEqual([]);
    expect(briefs('腾讯否认已就H200额度接受国产芯片搭配比例').filter((b) => b.startsWith('grant'))).toEqual([]);
  });
});
