/**
 * Firms counted as lodging requests ("more than 40 mainland firms have filed", "roughly twenty additional firms have
 * lodged") apply; terms a body tells firms to pledge, or may demand of later approvals, are proposed; a permission still
 * awaited, sought or to come, or one that describes firms already cleared, is no grant.
 */
import { describe, expect, it } from 'vitest';
import { kinds, kindsOfWaiting, read } from './candidates-helpers.js';

const figures = (title: string, summary: string): string[] =>
  read(title, summary).candidates.map((c) => `${c.kind}${c.quantity ? ` ${c.quantity.qualifier}:${c.quantity.value}` : ''}`);

describe('firms counted as lodging requests', () => {
  it('apply, however the count is written', () => {
    expect(
      figures(
        'Queue for H200 import permits tops 40 Chinese companies, people familiar say',
        'More than 40 mainland firms have filed applications to import Nvidia H200 chips, sources said.',
      ),
    ).toEqual(['application over:40']);
    expect(
      figures(
        'Queue for China’s H200 import nod swells - sources',
        'Roughly 50 Chinese companies, from provincial cloud operators to carmakers, have now filed for permission to import the chip.',
      ),
    ).toEqual(['application about:50']);
    expect(
      figures(
        'About 20 More Chinese Companies Join the Queue for H200 Imports',
        'Roughly twenty additional firms have lodged applications with the commerce ministry.',
      ),
    ).toEqual(['application about:20']);
  });
});

describe('terms a body demands', () => {
  it('are proposed for the firms still waiting', () => {
    expect(
      kindsOfWaiting(
        '后续批次H200进口许可或增设“不得转售”条款',
        '接近商务部的人士称，对排队企业的后续批复可能要求承诺芯片不转售、不出租给第三方，相关条款仍在讨论。',
      ),
    ).toEqual(['condition_proposed other-cn-firms']);
  });
});

describe('a permission awaited, sought, to come or describing firms cleared before', () => {
  it('is no grant', () => {
    expect(
      kinds(
        'Beijing tells smaller H200 applicants to pledge domestic chip purchases',
        'Regulators have informed companies still waiting on H200 import approval that they should commit to buying home-grown accelerators as part of any clearance.',
      ),
    ).not.toContain('grant');
    expect(kinds('Several firms still awaiting H200 permits accept domestic-chip pairing to speed approval - sources', '')).toEqual(['condition_agreed']);
    expect(
      kinds(
        'Queue for H200 import permits grows',
        'Beyond the three internet giants already cleared, more than 40 mainland firms have filed applications to import Nvidia H200 chips.',
      ),
    ).toEqual(['application']);
  });
});
