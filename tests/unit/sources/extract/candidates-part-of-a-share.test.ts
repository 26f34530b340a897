/**
 * "its first 20,000 or so H200s" counts about 20,000 (so does "or thereabouts"; "or fewer" is a ceiling); goods told as
 * "the first part of its share of Beijing's approval" arrive against that approval, which grants nothing new.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('a delivery counted against a share', () => {
  it('reads "20,000 or so" as about 20,000 and the share it is part of as no grant', () => {
    expect(
      briefs(
        'Alibaba Has Taken Delivery of Its First 30,000 or So Nvidia H200s',
        'About 30,000 H200 processors have now reached Alibaba, the first part of its share of Beijing’s approval for the three internet groups, a person involved in the shipments said.',
      ),
    ).toEqual(['delivery/hedged - [alibaba] h200 delivery:about:30000']);
  });

  it('reads "or fewer" after a count as a ceiling', () => {
    expect(briefs('Tencent cleared to import 80,000 or fewer Nvidia H200s')).toEqual(['grant/reported mofcom [tencent] h200 quota:up_to:80000']);
  });
});
