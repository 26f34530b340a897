/**
 * The US licensing of the item told as it stands (an official telling lawmakers the terms are unchanged,
 * an explainer, the exporter's quarterly report) is a restatement of the tracked export licensing, held by
 * the exporter; a view of the business, or another chip's rule looked back on, is not. Terms told for an
 * approval (agreed, undertaken) are no new grant, and the firms an approval is shared with only describe it.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { seedState } from './state.js';

const state = seedState();
state.authorization['us-h200'] = {
  id: 'us-h200',
  name: 'US H200 export licensing',
  aliases: [],
  direction: 'export',
  authorityId: 'bis',
  itemId: 'h200',
  holderIds: ['nvidia'],
  status: 'approved_with_conditions',
  allocations: [],
  evidence: [],
  provenance: { status: 'seed' },
} as unknown as (typeof state.authorization)[string];

const told = (title: string, summary?: string) =>
  extractCandidates({ title, ...(summary ? { summary } : {}) }, state).candidates.map(
    (c) => `${c.kind} ${c.retells ?? '-'} ${c.holders.map((h) => h.value).join(',')}`,
  );

describe('the US licensing told as it stands', () => {
  // (Held by the exporter when the item names it; a retelling that names no exporter is held by no one.)
  it.each([
    ['Export official tells senators the H200 licence terms for China have not changed', 'restatement us-h200 '],
    ['Explainer: what the US rule asks of every Nvidia H200 shipped to China', 'restatement us-h200 nvidia'],
  ])('reads "%s" as the export licensing told again', (title, reading) => {
    expect(told(title)).toEqual([reading]);
  });

  it("reads the exporter's quarterly report citing the licences as the licensing told again", () => {
    expect(
      told(
        'NVIDIA CORP - Form 10-Q for the quarter ended July 28, 2030',
        'Sales of H200 products to customers in China continue under export licenses issued by the U.S. Commerce Department.',
      ),
    ).toEqual(['restatement us-h200 nvidia']);
  });

  it('reads nothing from a view of the business or from another chip’s rule looked back on', () => {
    expect(
      told("Nvidia's China H200 profits are thinner than they look", 'Export licences under the US rule still cap what Nvidia can ship to China.'),
    ).toEqual([]);
    expect(told('Five years on: how the 2023 rules cut China off from the A800', 'Washington still licenses the H200 for China case by case.')).toEqual([]);
  });
});

describe('terms told for an approval', () => {
  it('reads the licence a condition attaches to as no new grant', () => {
    expect(
      told(
        'Nvidia agrees to quarterly site audits of Chinese H200 buyers as a licence condition',
        'Nvidia has agreed to let US officials audit the data centers of Chinese customers, a condition the Commerce Department attached when it approved the licences.',
      ).map((c) => c.split(' ')[0]),
    ).toEqual(['condition_agreed']);
  });

  it('keeps a further approval told with its terms', () => {
    expect(
      told('US approves more Nvidia H200 licences for China, adds site-audit condition')
        .map((c) => c.split(' ')[0])
        .sort(),
    ).toContain('grant');
  });

  it("keeps an untracked firm's grant beside a proposal that names no holder", () => {
    const c = extractCandidates(
      {
        title: 'Data-center operator Qingchuan DC is said to win Beijing approval to import Nvidia H200 chips',
        summary: 'Beijing is also weighing requiring buyers to bundle domestic chips, people familiar said.',
      },
      state,
    ).candidates;
    expect(c.map((x) => x.kind)).toContain('grant');
  });
});

describe('undertakings and shared approvals', () => {
  const brief = (title: string, summary?: string) =>
    extractCandidates({ title, ...(summary ? { summary } : {}) }, state).candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}`);

  it("reads a company's undertaking to the ministry as terms it agrees to", () => {
    expect(
      brief(
        'TENCENT HOLDINGS LIMITED - VOLUNTARY ANNOUNCEMENT - UNDERTAKING ON IMPORTED CHIPS',
        'The Board announces that the Company has undertaken to the PRC Ministry of Commerce to file monthly reports on the use of the NVIDIA H200 chips it imports.',
      ),
    ).toEqual(['condition_agreed tencent']);
  });

  it('reads the firms an approval is shared with as describing it, not as holders of the event', () => {
    expect(
      brief(
        'Tencent signs pledge on its imported H200s',
        'Tencent has agreed to file quarterly reports on the Nvidia H200 chips it imports under the approval it shares with ByteDance and Alibaba, the company said.',
      ),
    ).toEqual(['condition_agreed tencent']);
  });
});
