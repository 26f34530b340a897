/**
 * Schema versions of the snapshot document (ledger.json) and the steps between them.
 * A migration is a pure function from one version's document to the next; they run in
 * order at load time, and the store then writes the result (keeping a backup).
 */
import { z } from 'zod';
import { formatZodIssues } from '../core/zod-issues.js';
import { StoreError } from './store-error.js';

/** The snapshot schema version this code writes. */
export const CURRENT_SCHEMA_VERSION = 1;

/** One step: turns a `from` document into a `to` document, or throws a message. */
export interface Migration {
  from: number;
  to: number;
  description: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Version 0 predates `schemaVersion`: authorizations were an array and claims did not
 * exist. Collections other than authorizations had the v1 shape already.
 */
const v0Schema = z.looseObject({
  seq: z.number().int().nonnegative(),
  journalOffset: z.number().int().nonnegative(),
  state: z.looseObject({
    authorizations: z.array(z.looseObject({ id: z.string().min(1) })),
  }),
});

const v0ToV1: Migration = {
  from: 0,
  to: 1,
  description: 'authorizations keyed by id in state.authorization; add state.claim',
  up(doc) {
    const parsed = v0Schema.safeParse(doc);
    if (!parsed.success) throw new Error(`not a version 0 ledger: ${formatZodIssues(parsed.error.issues, { max: 3 })}`);
    const { authorizations, ...rest } = parsed.data.state;
    const authorization: Record<string, unknown> = Object.create(null);
    for (const record of authorizations) {
      if (record.id in authorization) throw new Error(`state.authorizations: id "${record.id}" appears twice`);
      authorization[record.id] = record;
    }
    return {
      ...parsed.data,
      schemaVersion: 1,
      state: { ...rest, seq: parsed.data.seq, authorization, claim: {} },
    };
  },
};

/** All migrations, oldest first; each `to` is the next one's `from`. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

/** The schema version a raw document claims; a document without one is version 0. */
export function schemaVersionOf(doc: unknown): number | undefined {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return undefined;
  const version = (doc as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined;
}

/** The outcome of bringing a document to the current version. */
export interface MigrationResult {
  doc: unknown;
  fromVersion: number;
  applied: Migration[];
}

/**
 * Brings a raw document up to CURRENT_SCHEMA_VERSION. Throws `newer-version` for a file
 * this code is too old to read, and `corrupt` when no version can be read or a step fails.
 */
export function migrateToCurrent(doc: unknown, file: string, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  const fromVersion = schemaVersionOf(doc);
  if (fromVersion === undefined) {
    throw new StoreError('corrupt', file, `${file}: schemaVersion: expected a whole number; this is not a Greenlight ledger file`);
  }
  if (fromVersion > CURRENT_SCHEMA_VERSION) {
    throw new StoreError(
      'newer-version',
      file,
      `${file} has schema version ${fromVersion}, written by a newer Greenlight; this one reads up to version ` +
        `${CURRENT_SCHEMA_VERSION}. Upgrade Greenlight (the file has not been changed).`,
    );
  }
  let current = doc as Record<string, unknown>;
  const applied: Migration[] = [];
  for (let version = fromVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new StoreError('corrupt', file, `${file}: no migration from schema version ${version}`);
    try {
      current = step.up(current);
    } catch (err) {
      throw new StoreError(
        'corrupt',
        file,
        `${file}: cannot migrate from schema version ${step.from} to ${step.to}: ${err instanceof Error ? err.message : String(err)}. ` +
          'Restore the file from a backup; it has not been changed.',
        { cause: err },
      );
    }
    applied.push(step);
  }
  return { doc: current, fromVersion, applied };
}
