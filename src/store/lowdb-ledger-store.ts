/**
 * The embedded LedgerStore: an append-only journal of events (events.jsonl) is the truth;
 * a lowdb snapshot (ledger.json) of the state every `snapshotEvery` events saves replaying
 * the whole history at startup. An append costs one line write and one fsync, whatever the
 * length of the history; snapshots are written in the background.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { EventDraft, LedgerEvent } from '../core/events.js';
import { applyEvent } from './apply-event.js';
import { emptyState, type LedgerState } from '../core/model.js';
import type { HistoryQuery, LedgerStore, Logger } from '../core/ports.js';
import { DurableJsonFile } from './durable-json-file.js';
import { fsyncDir, makePrivateDir, messageOf, openToOthers } from './durable-fs.js';
import { journalEventSchema, labelEvent, problemWithRecord } from './event-records.js';
import { FileLock } from './file-lock.js';
import { HistoryIndex } from './history-index.js';
import { readHistory, readRecentHistory } from './history-reader.js';
import { limitOf } from './history-query.js';
import { Journal } from './journal.js';
import { CURRENT_SCHEMA_VERSION, type Migration } from './migrations.js';
import { emptySnapshot, loadSnapshot, SNAPSHOT_RECOVERY_HINT, type SnapshotDoc } from './snapshot.js';
import { StoreError } from './store-error.js';

/** Batches up to this many events are copied for the caller; larger ones (imports) are shared read-only. */
const COPY_LIMIT = 1_000;

/** Options of the embedded store. */
export interface LowdbLedgerStoreOptions {
  /** The data folder (the caller reads DATA_DIR); created if missing. */
  dataDir: string;
  logger: Logger;
  /** Write a snapshot after this many events (default 1000). */
  snapshotEvery?: number;
  /** Snapshot migrations (default: MIGRATIONS); for tests. */
  migrations?: readonly Migration[];
}

/** Counters for benchmarks and tests. */
export interface LedgerStoreStats {
  seq: number;
  /** Size of events.jsonl. */
  journalBytes: number;
  /** The seq the newest snapshot on disk holds. */
  snapshotSeq: number;
  /** Snapshots written since open (including the one open may write). */
  snapshotWrites: number;
  /** Whether the history index has been built. */
  indexed: boolean;
}

/** The default LedgerStore: lowdb snapshot + JSON-lines journal in one data folder. */
export class LowdbLedgerStore implements LedgerStore {
  /** `<dataDir>/ledger.json`, the snapshot. */
  readonly ledgerFile: string;
  /** `<dataDir>/events.jsonl`, the journal. */
  readonly journalFile: string;
  /** `<dataDir>/.lock`, held while open. */
  readonly lockFile: string;

  private current: LedgerState = emptyState();
  private readonly logger: Logger;
  private readonly snapshotEvery: number;
  private readonly snapshotFile: DurableJsonFile<unknown>;
  private readonly db: Low<unknown>;
  private lock: FileLock | undefined;
  private journal: Journal<LedgerEvent> | undefined;
  private index: HistoryIndex | undefined;
  /** Journal bytes folded into `current`: always consistent with current.seq. */
  private appliedOffset = 0;
  private ops: Promise<unknown> = Promise.resolve();
  private snapshotRun: Promise<void> | undefined;
  private snapshotWanted = false;
  private sinceSnapshot = 0;
  private snapshotSeq = 0;
  private snapshotWrites = 0;

  constructor(private readonly options: LowdbLedgerStoreOptions) {
    this.ledgerFile = join(options.dataDir, 'ledger.json');
    this.journalFile = join(options.dataDir, 'events.jsonl');
    this.lockFile = join(options.dataDir, '.lock');
    this.logger = options.logger.child({ component: 'store' });
    this.snapshotEvery = Math.max(1, options.snapshotEvery ?? 1000);
    // Compact JSON: the snapshot of a large ledger is written and parsed whole, so whitespace costs time and memory.
    this.snapshotFile = new DurableJsonFile<unknown>(this.ledgerFile, SNAPSHOT_RECOVERY_HINT, 0);
    this.db = new Low<unknown>(this.snapshotFile, null);
  }

  /** The current state; read-only for callers. */
  get state(): LedgerState {
    return this.current;
  }

  /** Counters for benchmarks and tests. */
  get stats(): LedgerStoreStats {
    return {
      seq: this.current.seq,
      journalBytes: this.journal?.size ?? 0,
      snapshotSeq: this.snapshotSeq,
      snapshotWrites: this.snapshotWrites,
      indexed: this.index !== undefined,
    };
  }

  /** Takes the lock, loads and migrates the snapshot, and replays the journal after it. */
  async open(): Promise<void> {
    if (this.lock) throw new Error('LowdbLedgerStore: already open');
    const existed = await makePrivateDir(this.options.dataDir).catch((err: unknown) => {
      throw new StoreError('io', this.options.dataDir, `${this.options.dataDir}: cannot create the data folder: ${messageOf(err)}`);
    });
    if (existed) await this.warnIfOpenToOthers();
    const lock = await FileLock.acquire(this.lockFile, this.logger);
    try {
      await this.snapshotFile.removeStaleTemps();
      await this.db.read();
      const raw = this.db.data;
      const loaded = raw === null ? undefined : loadSnapshot(raw, this.ledgerFile, this.options.migrations);
      const snapshot = loaded?.doc ?? emptySnapshot(emptyState());
      this.journal = await Journal.open({ path: this.journalFile, schema: journalEventSchema, logger: this.logger, label: labelEvent });
      await this.replay(this.journal, snapshot);
      this.lock = lock;
      this.logger.info(
        {
          dataDir: this.options.dataDir,
          seq: this.current.seq,
          snapshotSeq: snapshot.seq,
          replayed: this.current.seq - snapshot.seq,
          snapshot: loaded ? `version ${loaded.fromVersion}` : 'none',
        },
        'store: opened',
      );
      if (loaded && loaded.fromVersion < snapshot.schemaVersion) await this.backUpBeforeMigration(loaded.fromVersion);
      if (!loaded || loaded.fromVersion < snapshot.schemaVersion) await this.requestSnapshot();
      else if (this.sinceSnapshot >= this.snapshotEvery) this.snapshotInBackground();
    } catch (err) {
      this.lock = undefined;
      await this.journal?.close().catch(() => undefined);
      this.journal = undefined;
      await lock.release();
      throw err;
    }
  }

  /**
   * Durably appends the events (one journal line, fsynced), then applies them to the
   * state. A batch is atomic: after a crash either all of it is there or none.
   */
  append(drafts: EventDraft[]): Promise<LedgerEvent[]> {
    return this.exclusive(async () => {
      const journal = this.openJournal();
      if (drafts.length === 0) return [];
      // The store numbers events: a stray `seq` on a draft must not win (seq stays the first key).
      const events = drafts.map((draft, i): LedgerEvent => {
        const seq = this.current.seq + 1 + i;
        return Object.assign({ seq }, draft, { seq });
      });
      for (const event of events) {
        const problem = problemWithRecord(event);
        if (problem)
          throw new StoreError('invalid', this.journalFile, `${this.journalFile}: refusing to append an event that would not load again: ${problem}`);
      }
      const { records, end, locations } = await journal.append(events);
      records.forEach((event, i) => {
        applyEvent(this.current, event);
        this.index?.add(event, locations[i]!);
      });
      this.appliedOffset = end;
      this.sinceSnapshot += records.length;
      if (this.sinceSnapshot >= this.snapshotEvery) this.snapshotInBackground();
      // The state holds the same objects; hand out copies so no caller can change it. An
      // import of 100,000 events is handed out as stored (read-only, as the port says):
      // copying it took longer than writing it.
      return records.length > COPY_LIMIT ? records : structuredClone(records);
    });
  }

  /** Events matching the query, oldest first (the newest `limit` of them). */
  history(query: HistoryQuery): Promise<LedgerEvent[]> {
    return this.exclusive(async () => {
      const journal = this.openJournal();
      const limit = limitOf(query);
      if (!this.index && limit !== undefined && query.authorizationId === undefined && query.entityId === undefined) {
        // The newest few (the source pipeline at startup): from the end, without indexing the whole journal.
        return limit === 0 ? [] : readRecentHistory(journal, query, limit, this.appliedOffset);
      }
      const index = await this.buildIndex(journal);
      return readHistory(journal, index, query, this.appliedOffset);
    });
  }

  /** Writes a snapshot of the current state now and waits for it (and any running one). */
  async flushSnapshot(): Promise<void> {
    this.openJournal();
    await this.requestSnapshot();
  }

  /** Waits for background snapshot writes to finish. */
  async whenIdle(): Promise<void> {
    await this.ops;
    while (this.snapshotRun) await this.snapshotRun.catch(() => undefined);
  }

  /** Waits for pending work, writes a final snapshot, closes the journal and releases the lock. */
  async close(): Promise<void> {
    const lock = this.lock;
    if (!lock) return;
    await this.ops;
    try {
      await this.whenIdle();
      if (this.snapshotSeq !== this.current.seq) await this.requestSnapshot();
    } finally {
      this.lock = undefined;
      await this.journal?.close();
      this.journal = undefined;
      this.index = undefined;
      await lock.release();
    }
  }

  private async replay(journal: Journal<LedgerEvent>, snapshot: SnapshotDoc): Promise<void> {
    if (snapshot.journalOffset > journal.size) {
      throw new StoreError(
        'corrupt',
        this.journalFile,
        `${this.journalFile} is ${journal.size} bytes but ${this.ledgerFile} says it holds at least ${snapshot.journalOffset}: ` +
          'events are missing. Restore both files from the same backup.',
      );
    }
    const state = snapshot.state;
    for await (const { record, offset } of journal.readFrom(snapshot.journalOffset)) {
      if (record.seq !== state.seq + 1) {
        throw await journal.corruptAt(offset, `expected event seq ${state.seq + 1} but found ${record.seq} (events are missing or repeated)`);
      }
      const problem = problemWithRecord(record);
      if (problem) throw await journal.corruptAt(offset, problem);
      applyEvent(state, record);
    }
    this.current = state;
    this.appliedOffset = journal.size;
    this.snapshotSeq = snapshot.seq;
    this.sinceSnapshot = state.seq - snapshot.seq;
  }

  /** The ledger says who did what: a folder others can read is worth a warning (its mode is left as the admin set it). */
  private async warnIfOpenToOthers(): Promise<void> {
    const dataDir = this.options.dataDir;
    const mode = await openToOthers(dataDir).catch(() => undefined);
    if (mode === undefined) return;
    this.logger.warn(
      { dataDir, mode },
      `The data folder ${dataDir} can be read by other users of this machine (permissions ${mode}). ` +
        `Run \`chmod 700 ${dataDir}\` so that only the account running Greenlight can read it.`,
    );
  }

  private async backUpBeforeMigration(fromVersion: number): Promise<void> {
    const backup = `${this.ledgerFile}.v${fromVersion}.bak`;
    await copyFile(this.ledgerFile, backup);
    await fsyncDir(this.options.dataDir);
    this.logger.info({ file: this.ledgerFile, backup, fromVersion }, 'store: migrated the snapshot to the current schema');
  }

  private async buildIndex(journal: Journal<LedgerEvent>): Promise<HistoryIndex> {
    if (this.index) return this.index;
    const index = new HistoryIndex();
    // Only each event's place and keys are needed: the events are checked when history reads
    // them (checking 100,000 imported events here made the first history read after a restart slow).
    for await (const { record, offset, end, index: position } of journal.readFrom(0, this.appliedOffset, { validate: false })) {
      const keys = indexKeys(record);
      if (!keys || keys.seq !== index.lastSeq + 1) {
        throw await journal.corruptAt(offset, `expected event seq ${index.lastSeq + 1} but found ${keys ? keys.seq : 'no event'}`);
      }
      index.add(keys, { offset, end, index: position });
    }
    this.index = index;
    return index;
  }

  private snapshotInBackground(): void {
    this.requestSnapshot().catch((err: unknown) => {
      // The journal holds every acknowledged event: a failed snapshot only slows the next start.
      this.logger.error({ err, file: this.ledgerFile }, 'store: could not write a snapshot');
    });
  }

  /** Serialised snapshot writes; a request during a write is served by one more write after it. */
  private requestSnapshot(): Promise<void> {
    this.snapshotWanted = true;
    this.snapshotRun ??= this.runSnapshots();
    return this.snapshotRun;
  }

  private async runSnapshots(): Promise<void> {
    try {
      while (this.snapshotWanted) {
        this.snapshotWanted = false;
        const doc: SnapshotDoc = {
          schemaVersion: CURRENT_SCHEMA_VERSION,
          seq: this.current.seq,
          journalOffset: this.appliedOffset,
          state: this.current,
        };
        this.sinceSnapshot = 0;
        this.db.data = doc;
        // The adapter serialises `doc` synchronously inside write(), before any later append.
        await this.db.write();
        this.snapshotSeq = doc.seq;
        this.snapshotWrites++;
      }
    } finally {
      this.snapshotRun = undefined;
    }
  }

  private openJournal(): Journal<LedgerEvent> {
    if (!this.journal || !this.lock) throw new Error('LowdbLedgerStore: not open');
    return this.journal;
  }

  private exclusive<R>(fn: () => Promise<R>): Promise<R> {
    const run = this.ops.then(fn);
    this.ops = run.catch(() => undefined);
    return run;
  }
}

/** What the history index needs of an unchecked event, as upcastEvent would derive it; undefined if it is no event. */
function indexKeys(raw: unknown): Pick<LedgerEvent, 'seq' | 'entity' | 'entityId' | 'authorizationId'> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const e = raw as { seq?: unknown; entity?: unknown; entityId?: unknown; authorizationId?: unknown; before?: unknown; after?: unknown };
  if (typeof e.seq !== 'number' || typeof e.entity !== 'string' || typeof e.entityId !== 'string') return undefined;
  const record = (e.after ?? e.before) as { authorizationId?: unknown } | null | undefined;
  const owner = e.entity === 'authorization' ? e.entityId : record?.authorizationId;
  const authorizationId = typeof e.authorizationId === 'string' ? e.authorizationId : typeof owner === 'string' ? owner : undefined;
  return { seq: e.seq, entity: e.entity as LedgerEvent['entity'], entityId: e.entityId, ...(authorizationId !== undefined ? { authorizationId } : {}) };
}
