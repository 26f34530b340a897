/**
 * The first approval told again with the firms still waiting in a clause of their own ("…, with other companies still
 * waiting on their applications", "while further companies are still waiting", "and other applicants yet to hear back"):
 * the waiting firms' request is theirs alone, and the pending record is told again beside the group's. Also: "upward of"
 * and "climbs past" put a figure over, and "applies to Beijing to import" is a request.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { briefs } from './candidates-helpers.js';
import { withWaiting } from './state.js';

const state = withWaiting();
const facts = (title: string, summary = '') =>
  extractCandidates({ title, summary, publishedAt: '2026-01-28T12:00:00Z' }, state).candidates.map(
    (c) => `${c.kind}/${c.certainty} ${c.holders.map((h) => h.value).join('+')}`,
  );

describe('the waiting firms in a clause of their own', () => {
  it('reads the retold group approval and the others still waiting on their applications as two retellings', () => {
    expect(
      facts(
        'Beijing Clears ByteDance, Alibaba and Tencent for Over 400,000 Nvidia H200s',
        'China has signed off on purchases of more than 400,000 H200 chips shared by ByteDance, Alibaba and Tencent, people familiar with the matter said, with other Chinese companies still waiting on their applications.',
      ),
    ).toEqual(['restatement/hedged bytedance+alibaba+tencent', 'restatement/hedged other-cn-firms']);
  });

  it('reads "while further companies are still waiting" as the waiting firms, not the three', () => {
    expect(
      facts(
        'China approves over 400,000 Nvidia H200s for ByteDance, Alibaba and Tencent',
        'Beijing has approved purchases of over 400,000 H200 chips split among ByteDance, Alibaba and Tencent, two people briefed on the matter said, while further Chinese companies are still waiting on their own applications.',
      ),
    ).toEqual(['restatement/hedged bytedance+alibaba+tencent', 'restatement/hedged other-cn-firms']);
  });
});

describe('figures and requests', () => {
  it('reads "upward of" as over', () => {
    expect(briefs('Beijing approves upward of 300,000 Nvidia H200s for Tencent')[0]).toMatch(/quota:over:300000$/u);
  });

  it('reads a backlog that "climbs past" a figure as over it', () => {
    expect(briefs('Chinese orders for Nvidia H200 climb past 3 million chips, sources say')).toEqual(['order/hedged - [] h200 order:over:3000000']);
  });

  it('reads "applies to Beijing to import" as a request', () => {
    expect(
      extractCandidates({ title: 'Qingchuan Cloud applies to Beijing to import Nvidia H200s - sources' }, state).candidates.map(
        (c) => `${c.kind}/${c.certainty}`,
      ),
    ).toEqual(['application/hedged']);
  });
});
