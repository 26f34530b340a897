/**
 * A company's legal name ("Qingchuan Group Holding Ltd.") holds words that elsewhere cue a role: "Holding" before
 * "Ltd." names the firm, not goods held, so the order it places stays an order.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('"Holding" in a legal name', () => {
  it('is no stock cue', () => {
    expect(
      briefs(
        'Alibaba said to order about 150,000 Nvidia H200 chips',
        "Alibaba Group Holding Ltd. has committed to buy about 150,000 of Nvidia Corp.'s H200 chips, said people familiar with the matter.",
      ).map((b) => b.split(' ')[0]),
    ).toEqual(['order/hedged']);
  });
});
