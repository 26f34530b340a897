/**
 * The snapshot document (ledger.json): the state after event `seq`, and the journal
 * offset where the events after it begin. It is only a cache of the journal's fold, so it
 * can be rebuilt from events.jsonl, but a damaged one is refused, never silently dropped.
 */
import { z } from 'zod';
import { entitySchemas, ENTITY_KINDS, type LedgerState } from '../core/model.js';
import { formatPath } from '../core/zod-issues.js';
import { CURRENT_SCHEMA_VERSION, migrateToCurrent, type Migration } from './migrations.js';
import { StoreError } from './store-error.js';

/** What ledger.json holds (current version). */
export interface SnapshotDoc {
  schemaVersion: number;
  /** The last event folded into `state`. */
  seq: number;
  /** Byte offset in events.jsonl of the first event after `seq`. */
  journalOffset: number;
  state: LedgerState;
}

// Collections are checked record by record (see checkRecords): validating the whole state in
// one parse would build a second copy of it and double the memory peak at startup.
const collection = () => z.record(z.string(), z.unknown());

const snapshotSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  seq: z.number().int().nonnegative(),
  journalOffset: z.number().int().nonnegative(),
  state: z.strictObject({
    seq: z.number().int().nonnegative(),
    party: collection(),
    authority: collection(),
    item: collection(),
    authorization: collection(),
    condition: collection(),
    order: collection(),
    supply: collection(),
    claim: collection(),
  }),
});

/** A fresh snapshot of an empty ledger. */
export function emptySnapshot(state: LedgerState): SnapshotDoc {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, seq: state.seq, journalOffset: 0, state };
}

/** A loaded snapshot and the version it was stored as. */
export interface LoadedSnapshot {
  doc: SnapshotDoc;
  fromVersion: number;
}

/**
 * Migrates and validates a raw ledger.json document. The state keeps the stored values
 * (validation does not fill defaults), so a reload from the snapshot equals a replay.
 */
export function loadSnapshot(raw: unknown, file: string, migrations?: readonly Migration[]): LoadedSnapshot {
  const { doc, fromVersion } = migrateToCurrent(raw, file, migrations);
  const result = snapshotSchema.safeParse(doc);
  if (!result.success) throw invalid(file, result.error.issues);
  const valid = doc as SnapshotDoc;
  checkRecords(valid.state, file);
  if (valid.state.seq !== valid.seq) throw corrupt(file, `state.seq is ${valid.state.seq} but seq is ${valid.seq}`);
  return { doc: valid, fromVersion };
}

function invalid(file: string, issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): StoreError {
  const issue = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
  return corrupt(file, `${describeSnapshotPath([...prefix, ...(issue?.path ?? [])])}${issue?.message ?? 'invalid'}${more}`);
}

/**
 * Validates every record against its entity schema, one at a time, and drops each
 * collection's prototype (as emptyState has none): an id such as "constructor" must find no
 * inherited property, and one stored as "__proto__" stays an ordinary key.
 */
function checkRecords(state: LedgerState, file: string): void {
  for (const kind of ENTITY_KINDS) {
    const schema = entitySchemas[kind] as z.ZodType;
    const records = state[kind];
    for (const [id, record] of Object.entries(records)) {
      const result = schema.safeParse(record);
      if (!result.success) throw invalid(file, result.error.issues, ['state', kind, id]);
    }
    Object.setPrototypeOf(records, null);
  }
}

/** `state.authorization.x.status` reads better as `authorization "x": status`. */
function describeSnapshotPath(path: readonly PropertyKey[]): string {
  const [root, kind, id, ...rest] = path;
  if (root === 'state' && typeof kind === 'string' && (ENTITY_KINDS as readonly string[]).includes(kind) && id !== undefined) {
    const field = formatPath(rest);
    return `${kind} "${String(id)}": ${field ? `${field}: ` : ''}`;
  }
  const text = formatPath(path);
  return text ? `${text}: ` : '';
}

/** How to recover from a damaged ledger.json; appended to its error messages. */
export const SNAPSHOT_RECOVERY_HINT =
  '. Restore it from a backup, or move it aside to rebuild the state from the journal (events.jsonl); ' +
  'Greenlight will not reset it. The file has not been changed.';

function corrupt(file: string, problem: string): StoreError {
  return new StoreError('corrupt', file, `${file}: ${problem}${SNAPSHOT_RECOVERY_HINT}`);
}
