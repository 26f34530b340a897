/**
 * A request that "fails … review" is refused; a permission said not yet held, in a concessive aside to an order the
 * item tells ("although it has yet to win … clearance"), is no event of its own; terms the waiting firms "could be
 * required to" meet are proposed.
 */
import { describe, expect, it } from 'vitest';
import { kindsOfWaiting, kindsTold, told } from './candidates-helpers.js';

describe('asides and failed reviews', () => {
  it('reads an application that fails the review as a refusal', () => {
    expect(kindsTold('Qingchuan Fruit’s H200 application fails Beijing review')).toEqual(['denial/reported']);
  });

  it('reads an order told with "although it has yet to win … clearance" as the order alone', () => {
    expect(
      told(
        'Juice maker Qingchuan Fruit has quietly booked about 2,000 H200s, sources say',
        'Qingchuan Fruit has placed an order for roughly 2,000 Nvidia H200 processors, people with knowledge of the purchase said, although it has yet to win Beijing’s import clearance.',
      ),
    ).toEqual(['order/hedged Qingchuan Fruit']);
  });

  it('reads what firms still awaiting clearance "could be required to" do as a term proposed to them', () => {
    expect(
      kindsOfWaiting(
        'Beijing weighs usage reports for H200 applicants',
        'Companies still awaiting clearance could be required to file quarterly usage reports, people close to the discussions said.',
      ),
    ).toEqual(['condition_proposed other-cn-firms']);
  });
});
