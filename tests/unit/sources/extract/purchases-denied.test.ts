/**
 * A buyer denying a purchase in so many words ("denies buying", "Denies Purchasing", "denied having bought"): an order
 * told as denied, the buyer named even in a headline's capitals, and the denial refusing nothing.
 */
import { describe, expect, it } from 'vitest';
import { kindsTold, told } from './candidates-helpers.js';

describe('purchases denied', () => {
  it('reads "denies buying" as the buyer’s order denied, not as a refusal', () => {
    expect(told('Qingchuan Fruit denies buying Nvidia H200 chips')).toEqual(['order/denied Qingchuan Fruit']);
    expect(told('Qingchuan Fruit, a Jilin juice maker, denied purchasing any H200 processors')).toEqual(['order/denied Qingchuan Fruit']);
  });

  it('finds the buyer in a headline’s capitals', () => {
    expect(told('Juice Maker Qingchuan Fruit Denies Buying Nvidia H200 Chips')).toEqual(['order/denied Qingchuan Fruit']);
    expect(told('Qingchuan Fruit Denies Ordering Nvidia H200s Through a Hong Kong Arm')).toEqual(['order/denied Qingchuan Fruit']);
  });

  it('keeps a denied request or licence a refusal', () => {
    expect(kindsTold('Beijing denies Qingchuan Fruit’s request to import H200 chips')).toEqual(['denial/reported']);
  });
});
