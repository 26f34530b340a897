/**
 * A sign-off firms line up for is asked for, not granted; approved buyers as the object of a verb of wanting ("Beijing
 * Wants Approved H200 Buyers to Run…") describe the holders; goods handed into buyers' hands (交到…手中) are delivered,
 * not stock held.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('queues, hands and wanted buyers', () => {
  it('reads a sign-off firms line up for as no grant', () => {
    expect(told('Beyond the big three, more Chinese firms line up for Beijing’s H200 sign-off').filter((t) => t.startsWith('grant'))).toEqual([]);
  });

  it('reads approved buyers a ministry wants something of as no grant', () => {
    expect(told('Beijing Wants Approved H200 Buyers to Run the Chips Only in State-Listed Compute Hubs').filter((t) => t.startsWith('grant'))).toEqual([]);
  });

  it('reads goods handed into buyers’ hands as a delivery, not stock', () => {
    expect(
      briefs('首批H200据悉已有约5万颗运抵国内', '多位渠道人士称，春节前已有约5万颗英伟达H200完成报关并交到国内云厂商和服务器厂商手中。').map(
        (b) => b.split('/')[0],
      ),
    ).toEqual(['delivery']);
  });
});
