/**
 * The harness reads candidates as records the same way for every extractor; an extractor
 * that proposes exactly what the analyst labelled must score every fact right, or the
 * instrument (not the extractor) is wrong.
 */
import { describe, expect, it } from 'vitest';
import { loadLabelFiles, partPaths } from '../../../eval/load-labels.js';
import { factOf } from '../../../eval/resolve-record.js';
import type { LabelFact } from '../../../eval/schema.js';
import { factKey } from '../../../eval/score.js';
import type { CandidateEvent } from '../../../src/sources/extract/candidate.js';
import { storyLedger } from '../../fakes/story-ledger.js';

const span = (value: string) => ({ value, words: value });

function asCandidate(f: LabelFact): CandidateEvent {
  return {
    kind: f.kind,
    certainty: f.certainty,
    trigger: f.kind,
    holders: f.holders.map(span),
    conditions: f.status === 'approved_with_conditions' ? [span('condition')] : [],
    dates: [],
    ...(f.authority ? { authority: span(f.authority) } : {}),
    ...(f.item ? { item: span(f.item) } : {}),
    ...(f.quantity
      ? { quantity: { value: f.quantity.value, qualifier: f.quantity.qualifier, role: f.quantity.role, unit: f.quantity.unit ?? 'chips', words: '' } }
      : {}),
  };
}

describe('record resolution', () => {
  it('reads every labelled fact, given as a candidate, back as the same kind, record and status', async () => {
    const { ledger } = await storyLedger();
    const facts = [...loadLabelFiles(partPaths('dev')), ...loadLabelFiles(partPaths('held-out'))].flatMap((i) => i.facts.map((f) => ({ id: i.id, f })));
    const wrong = facts
      .filter(({ f }) => factKey(factOf(asCandidate(f), ledger.state)) !== factKey(f))
      .map(({ id, f }) => `${id}: ${factKey(f)} read as ${factKey(factOf(asCandidate(f), ledger.state))}`);
    expect(wrong).toEqual([]);
    expect(facts.length).toBeGreaterThan(100);
  });
});
