/**
 * A headline explaining Washington's rule ("What Washington actually requires before…", "The fine print in Washington's
 * H200 rule") retells the licensing, whatever its body's "must" or "presumed denied" would otherwise read as; terms told
 * in other words ("half of domestic sales", "testing by an American lab", "weighed one by one") are the rule's standing
 * terms; a rule retold without naming its exporter is held by no one.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { toldOfUsExport } from './candidates-helpers.js';
import { withUsExport } from './state.js';

describe('the US rule explained', () => {
  it('reads "what Washington actually requires" as the licensing retold', () => {
    expect(
      toldOfUsExport(
        'What Washington actually requires before an H200 can ship to China',
        'Since mid-January each application is weighed on its own merits rather than presumed denied, and exporters must hold China volumes under half of domestic sales and pay for testing by an American lab.',
      ),
    ).toEqual(['restatement/reported bis us-export']);
  });

  it('reads "the fine print" of the rule as the licensing retold, not a term proposed', () => {
    expect(
      toldOfUsExport(
        'The fine print in Washington’s H200 rule for China',
        'Shipments to China can be no more than half of US volume and buyers must pass know-your-customer checks, under the rule published in January.',
      ),
    ).toEqual(['restatement/reported bis us-export']);
  });

  it('holds a rule retold without its exporter by no one', () => {
    expect(
      extractCandidates(
        {
          title: 'What Washington actually requires before an H200 can ship to China',
          summary: 'Each application is weighed one by one and must pass testing by an American lab.',
        },
        withUsExport(),
      ).candidates.map((c) => `${c.kind} ${c.holders.length}`),
    ).toEqual(['restatement 0']);
  });
});
