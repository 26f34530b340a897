/**
 * The interfaces the domain needs from the outside world. Implementations live in
 * src/store, src/alerts and the platforms; tests use in-memory ones.
 */
import type { EventDraft, LedgerEvent } from './events.js';
import type { LedgerState } from './model.js';

/** A filter for reading history. */
export interface HistoryQuery {
  /** Events whose entity or owning authorization is this id. */
  authorizationId?: string;
  entityId?: string;
  /** Only events after this sequence number. */
  afterSeq?: number;
  /** At most this many, newest last. */
  limit?: number;
}

/**
 * An event-sourced ledger store. `append` is durable: once its promise resolves, the
 * events survive a crash. The store owns the current state and applies events to it.
 */
export interface LedgerStore {
  /** The current state. Read-only for callers: change it only through append. */
  readonly state: LedgerState;
  /** Loads (or creates) the ledger; throws a StoreError naming the file and problem when it cannot. */
  open(): Promise<void>;
  /** Durably appends events, gives them sequence numbers and applies them to the state. The events returned are read-only. */
  append(drafts: EventDraft[]): Promise<LedgerEvent[]>;
  /** Reads history, oldest first. */
  history(query: HistoryQuery): Promise<LedgerEvent[]>;
  /** Flushes and releases files. */
  close(): Promise<void>;
}

/** The time source; injected so that tests and replays control "now". */
export interface Clock {
  now(): Date;
}

/** Structured logger (pino-compatible subset). */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

/** What listeners are told about a commit besides its events. */
export interface CommitNotice {
  /**
   * The events came from a ledger file (an import): they restate history, so they are not
   * news to alert on.
   */
  imported?: boolean;
}

/** Receives committed ledger events, e.g. the alert pipeline. */
export interface EventListener {
  (events: LedgerEvent[], notice: CommitNotice): void | Promise<void>;
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A logger that drops everything (for tests and tools that do not log). */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
};
