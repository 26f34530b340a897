/**
 * Plans importing a ledger file (ledger-file.ts) into a ledger: the file wins for every
 * record it holds, records it does not hold are left alone, and history is kept.
 *
 * For each record, the file's events about it are lined up with what the ledger has: when
 * the ledger's record equals the record after one of those events, the events after it are
 * appended as they were (their actor, tier, times, evidence and note), and when the ledger
 * has no such record, all of them are (records are compared by their facts, not by when
 * their evidence was seen). A record whose value in the ledger the file's history
 * never had (it was changed here too) is brought in line by one change credited to whoever
 * imports. So a round trip into an empty ledger keeps the whole history, and importing the
 * same file twice changes nothing the second time.
 */
import type { Change, EventDraft, StoredEvent } from '../events.js';
import type { Ledger } from '../ledger.js';
import type { LedgerFile } from '../ledger-file.js';
import { ENTITY_KINDS, copyCollection, type LedgerState } from '../model.js';
import type { ChangeMeta } from '../planning.js';
import { importLedger, type LedgerExport } from './entity.js';

/** What an import will append: events from the file, then the importer's own changes. */
export interface ImportPlan {
  drafts: EventDraft[];
  /** How many of the drafts came from the file's history. */
  fromHistory: number;
}

/**
 * The same facts: equal whatever the order of their keys (a record read through a schema
 * comes out in the schema's order), and but for when each piece of evidence was seen (two
 * instances seeded from one config hold the same seed records seen at different times).
 */
export function sameFacts(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameFacts(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => k !== 'seenAt' && x[k] !== undefined);
  let count = 0;
  for (const k of Object.keys(y)) if (k !== 'seenAt' && y[k] !== undefined) count++;
  if (keys.length !== count) return false;
  for (const k of keys) if (!sameFacts(x[k], y[k])) return false;
  return true;
}

/** Plans the import; throws DomainError (nothing changed) when the result would be inconsistent. */
export function planImport(state: LedgerState, doc: LedgerFile, importer: ChangeMeta, recordedAt: string): ImportPlan {
  const history = doc.history ?? [];
  const chains = new Map<string, StoredEvent[]>();
  for (const event of history) {
    const key = `${event.entity}\u0000${event.entityId}`;
    const chain = chains.get(key);
    if (chain) chain.push(event);
    else chains.set(key, [event]);
  }
  const kept = new Set<StoredEvent>();
  for (const chain of chains.values()) {
    const { entity, entityId } = chain[0]!;
    const current = state[entity][entityId];
    let from = 0;
    if (current !== undefined) {
      from = -1;
      for (let i = chain.length - 1; i >= 0; i--) {
        if (sameFacts(chain[i]!.after, current)) {
          from = i + 1;
          break;
        }
      }
      // Changed here in a way the file never saw: brought in line below, by the importer.
      if (from < 0) continue;
    }
    for (let i = from; i < chain.length; i++) kept.add(chain[i]!);
  }

  // The state after the kept events, to compare the file's records against.
  const scratch: LedgerState = { ...state };
  for (const kind of ENTITY_KINDS) Object.assign(scratch, { [kind]: copyCollection<unknown>(state[kind]) });
  const drafts: EventDraft[] = [];
  for (const event of history) {
    if (!kept.has(event)) continue;
    const { seq: _seq, ...draft } = event;
    const collection = scratch[event.entity] as Record<string, unknown>;
    if (event.after === null || event.after === undefined) delete collection[event.entityId];
    else collection[event.entityId] = event.after;
    // Checked by the file's schema (records) and again by the store as it appends (shapes).
    drafts.push(draft as unknown as EventDraft);
  }
  // Only records that differ from what the history gave need a change of their own (not
  // those only seen at another time); importLedger still checks every reference.
  const records: LedgerExport = { version: 1 };
  for (const kind of ENTITY_KINDS) {
    const differing: Record<string, unknown> = {};
    const have = scratch[kind] as Record<string, unknown>;
    for (const [id, record] of Object.entries(doc[kind] ?? {})) {
      const current = have[id];
      if (current !== undefined && sameFacts(current, record)) continue;
      differing[id] = record;
    }
    Object.assign(records, { [kind]: differing });
  }
  const changes: Change[] = importLedger(records)(scratch);
  for (const change of changes) {
    drafts.push({
      ...change,
      actor: importer.actor,
      tier: importer.tier,
      effectiveAt: importer.effectiveAt ?? recordedAt,
      recordedAt,
      ...(importer.evidence ? { evidence: importer.evidence } : {}),
      ...(importer.note ? { note: importer.note } : {}),
    });
  }
  return { drafts, fromHistory: drafts.length - changes.length };
}

/**
 * Commits an import as one durable batch, marked as an import (listeners raise no alerts for
 * it): the events, and how many of them came from the file's own history.
 */
export async function commitImport(ledger: Ledger, doc: LedgerFile, importer: ChangeMeta): Promise<{ events: number; fromHistory: number }> {
  let fromHistory = 0;
  const events = await ledger.commitDrafts(
    (state, now) => {
      const plan = planImport(state, doc, importer, now);
      fromHistory = plan.fromHistory;
      return plan.drafts;
    },
    { imported: true },
  );
  return { events: events.length, fromHistory };
}
