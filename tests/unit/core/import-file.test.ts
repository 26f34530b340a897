/**
 * The import planner lines the file's history up with the ledger: records are compared by
 * their facts (key order and when evidence was seen do not count), so importing an export
 * adds its history and nothing else, and a record changed here is brought in line by one
 * change credited to the importer.
 */
import { describe, expect, it } from 'vitest';
import { planImport, sameFacts } from '../../../src/core/changes/import-file.js';
import { parseLedgerFile, serializeLedgerFile } from '../../../src/core/ledger-file.js';
import type { LedgerEvent } from '../../../src/core/events.js';
import { emptyState } from '../../../src/core/model.js';

const importer = { actor: { kind: 'admin' as const, id: 'shell:bob', name: 'bob' }, tier: 'admin' as const };
const AT = '2026-02-01T09:00:00.000Z';

function fileWith(partyInCollection: Record<string, unknown>): string {
  const after = { id: 'baidu', name: 'Baidu', aliases: ['百度'] };
  const event = {
    seq: 1,
    type: 'party.added',
    entity: 'party',
    entityId: 'baidu',
    before: null,
    after,
    actor: { kind: 'admin', id: 'slack:U1', name: 'alice' },
    tier: 'admin',
    effectiveAt: AT,
    recordedAt: AT,
  };
  const state = { ...emptyState(), seq: 1, party: { baidu: partyInCollection } } as never;
  return serializeLedgerFile(state, [event as unknown as LedgerEvent], AT);
}

describe('planImport', () => {
  it('adds the history as it was and nothing else, whatever the order of the record’s keys', () => {
    const parsed = parseLedgerFile(fileWith({ aliases: ['百度'], name: 'Baidu', id: 'baidu' }));
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const plan = planImport(emptyState(), parsed.doc, importer, AT);
    expect(plan.drafts.map((d) => [d.type, d.actor.name])).toEqual([['party.added', 'alice']]);
    expect(plan.fromHistory).toBe(1);
  });

  it('brings a record the history does not explain in line with one change by the importer', () => {
    const parsed = parseLedgerFile(fileWith({ id: 'baidu', name: 'Baidu Inc.', aliases: ['百度'] }));
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const plan = planImport(emptyState(), parsed.doc, importer, AT);
    expect(plan.drafts.map((d) => [d.type, d.actor.name, (d.after as { name: string }).name])).toEqual([
      ['party.added', 'alice', 'Baidu'],
      ['entity.upserted', 'bob', 'Baidu Inc.'],
    ]);
  });

  it('compares facts, not key order or when evidence was seen', () => {
    expect(sameFacts({ a: 1, b: [{ title: 'x', seenAt: '1' }] }, { b: [{ seenAt: '2', title: 'x' }], a: 1 })).toBe(true);
    expect(sameFacts({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameFacts([1, 2], [2, 1])).toBe(false);
  });
});
