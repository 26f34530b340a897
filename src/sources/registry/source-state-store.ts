/**
 * Per-source persistent state: one small JSON file per source under `<dataDir>/sources/<id>.json`
 * (validators, seen items, health), plus `_added.json` with sources admins added at run time.
 * Files are written atomically (DurableJsonFile) and validated at load; a bad file stops with
 * a message naming it instead of silently forgetting what was seen (which would re-alert).
 */
import { mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { PRIVATE_DIR_MODE } from '../../store/durable-fs.js';
import { DurableJsonFile } from '../../store/durable-json-file.js';
import { StoreError } from '../../store/store-error.js';

/** Items remembered per source; older ones are forgotten (a feed rarely lists more than a few hundred). */
export const MAX_SEEN_ITEMS = 2000;

const healthSchema = z.object({
  consecutiveFailures: z.number().int().min(0).default(0),
  lastSuccessAt: z.string().optional(),
  lastError: z.string().optional(),
  lastErrorAt: z.string().optional(),
  /** Ticks before this instant are skipped (backoff, Retry-After). */
  nextAttemptAt: z.string().optional(),
  /** Start of the current failure streak; part of the health alert ids. */
  failingSince: z.string().optional(),
  /** Failures in the current streak, kept when a resume restarts `consecutiveFailures` (for the recovery notice). */
  streakFailures: z.number().int().min(0).optional(),
  /** The source was paused (by an admin or automatically) during the current failure streak (for the recovery notice). */
  streakPaused: z.boolean().optional(),
  /** The "stopped working" alert for the current streak was published. */
  unhealthyNotified: z.boolean().default(false),
  paused: z.boolean().default(false),
  pausedReason: z.string().optional(),
});

const fileSchema = z.object({
  version: z.literal(1),
  validators: z.object({ etag: z.string().optional(), lastModified: z.string().optional() }).default({}),
  // Pairs, oldest first: object keys would reorder ids that look like integers.
  seen: z.array(z.tuple([z.string(), z.string()])).default([]),
  firstPollDone: z.boolean().default(false),
  health: healthSchema.prefault({}),
});

/** Health bookkeeping of one source. */
export type SourceHealthState = z.infer<typeof healthSchema>;

/** Everything remembered about one source between polls. */
export interface SourceState {
  /** ETag and Last-Modified exactly as the server sent them. */
  validators: { etag?: string; lastModified?: string };
  /** Item id → content hash, oldest first (Map keeps insertion order). */
  seen: Map<string, string>;
  /** After the first successful poll, new items alert; before it, everything is only recorded. */
  firstPollDone: boolean;
  health: SourceHealthState;
}

/** A fresh state for a source never polled. */
export function emptySourceState(): SourceState {
  return { validators: {}, seen: new Map(), firstPollDone: false, health: { consecutiveFailures: 0, unhealthyNotified: false, paused: false } };
}

/** A deep copy, so a poll can work on a draft and commit it only when everything succeeded. */
export function cloneSourceState(s: SourceState): SourceState {
  return { validators: { ...s.validators }, seen: new Map(s.seen), firstPollDone: s.firstPollDone, health: { ...s.health } };
}

/** Marks an item as seen now: moves it to the newest end and drops the oldest beyond the cap. */
export function rememberItem(seen: Map<string, string>, id: string, hash: string, max = MAX_SEEN_ITEMS): void {
  seen.delete(id);
  seen.set(id, hash);
  while (seen.size > max) {
    const oldest = seen.keys().next().value;
    if (oldest === undefined) break;
    seen.delete(oldest);
  }
}

const addedSchema = z.object({ version: z.literal(1), sources: z.array(z.record(z.string(), z.unknown())).default([]) });
const ADDED_FILE = '_added.json';
const HINT = ' Fix or delete the file (deleting it makes the next poll of that source record its items again without alerting).';

/** Reads and writes the per-source files in one folder. One instance per folder (one writer per file). */
export class SourceStateStore {
  private readonly files = new Map<string, DurableJsonFile<unknown>>();
  private ready: Promise<void> | undefined;

  constructor(
    /** `<dataDir>/sources`. */
    readonly dir: string,
  ) {}

  /** Path of a source's state file. */
  pathOf(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  /** Loads a source's state, or an empty one when it was never polled. */
  async load(id: string): Promise<SourceState> {
    await this.ensureDir();
    const file = this.file(id);
    const raw = await file.read();
    if (raw === null) return emptySourceState();
    const parsed = fileSchema.safeParse(raw);
    if (!parsed.success) throw invalid(file.path, parsed.error);
    const { validators, seen, firstPollDone, health } = parsed.data;
    return { validators, seen: new Map(seen), firstPollDone, health };
  }

  /** Writes a source's state atomically. */
  async save(id: string, state: SourceState): Promise<void> {
    await this.ensureDir();
    const seen = [...state.seen].slice(-MAX_SEEN_ITEMS);
    await this.file(id).write({ version: 1, validators: state.validators, seen, firstPollDone: state.firstPollDone, health: state.health });
  }

  /** Forgets a source (after `source remove`). */
  async remove(id: string): Promise<void> {
    const path = this.pathOf(id);
    await unlink(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw new StoreError('io', path, `${path}: cannot delete: ${err.message}`, { cause: err });
    });
    this.files.delete(id);
  }

  /** Source definitions added by admins at run time (unvalidated objects; the caller validates). */
  async loadAdded(): Promise<Record<string, unknown>[]> {
    await this.ensureDir();
    const file = this.file(ADDED_FILE);
    const raw = await file.read();
    if (raw === null) return [];
    const parsed = addedSchema.safeParse(raw);
    if (!parsed.success) throw invalid(file.path, parsed.error, ' Fix the file or remove the broken entry.');
    return parsed.data.sources;
  }

  /** Replaces the list of admin-added sources. */
  async saveAdded(sources: Record<string, unknown>[]): Promise<void> {
    await this.ensureDir();
    await this.file(ADDED_FILE).write({ version: 1, sources });
  }

  private file(idOrName: string): DurableJsonFile<unknown> {
    let f = this.files.get(idOrName);
    if (!f) {
      const path = idOrName === ADDED_FILE ? join(this.dir, ADDED_FILE) : this.pathOf(idOrName);
      f = new DurableJsonFile<unknown>(path, HINT);
      this.files.set(idOrName, f);
    }
    return f;
  }

  private ensureDir(): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true, mode: PRIVATE_DIR_MODE }).then(() => undefined);
    return this.ready;
  }
}

function invalid(path: string, error: z.ZodError, hint = HINT): StoreError {
  const first = error.issues[0];
  const where = first && first.path.length ? ` at ${first.path.join('.')}` : '';
  return new StoreError('corrupt', path, `${path}: not a valid source state file${where}: ${first?.message ?? 'invalid'}.${hint}`);
}
