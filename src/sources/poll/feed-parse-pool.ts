/**
 * Parses fetched feeds in a small, persistent pool of worker threads, so no feed can hold the
 * thread that answers Slack, Discord and shell commands (issue 12: one element with 150,000
 * attributes once stalled the process for ~30 s). Each parse has a time budget: past it the
 * worker is terminated, the poll fails with a clear source error, and a fresh worker takes its
 * place; a worker that crashes (out of memory, say) is replaced the same way. Workers start on
 * first use and stay up; bytes are transferred to them, not copied, when they own their buffer.
 */
import { Worker } from 'node:worker_threads';
import { FeedParseError } from '../feed/errors.js';
import { DEFAULT_STRUCTURE_LIMITS, type StructureLimits } from '../feed/structure-limits.js';
import type { ParsedFeed, WarnLogger } from '../feed/types.js';
import type { ParseJob, WorkerMessage } from './parse-protocol.js';

/** Parses a fetched feed body off the calling thread (see {@link FeedParsePool}). */
export interface FeedParser {
  /**
   * Same result and errors as parseFeedBytes. `bytes` may be detached (transferred) afterwards.
   * @throws {FeedParseError} also with code 'too-slow' (time budget) or 'parser-failed' (worker crashed).
   */
  parse(bytes: Uint8Array, contentType: string | undefined, baseUrl: string, opts?: FeedParserOptions): Promise<ParsedFeed>;
}

/** Per-parse options (those of parseFeedBytes that cross to a worker, plus the logger). */
export interface FeedParserOptions {
  maxItems?: number;
  /** The response's Content-Location header (see ParseFeedOptions). */
  contentLocation?: string;
  logger?: WarnLogger;
}

/** Settings of a {@link FeedParsePool}; config: `sourceDefaults.feedParsing`. */
export interface FeedParsePoolOptions {
  /** Worker threads at most (default 2). */
  workers?: number;
  /** Time budget of one parse in ms (default 10,000). */
  timeoutMs?: number;
  limits?: StructureLimits;
  /** Heap cap of each worker in MB (default 768): a feed that needs more crashes its worker only. */
  maxHeapMb?: number;
}

// Under tsx and vitest this module is TypeScript, and so is the worker: it starts through a small
// JavaScript file that registers tsx in the worker first. Built JavaScript needs nothing.
const WORKER_IS_TS = import.meta.url.endsWith('.ts');
const WORKER_ENTRY = new URL(WORKER_IS_TS ? './parse-worker.ts' : './parse-worker.js', import.meta.url);
const WORKER_URL = WORKER_IS_TS ? new URL('./ts-worker-boot.mjs', import.meta.url) : WORKER_ENTRY;

interface Job {
  msg: ParseJob;
  transfer: ArrayBuffer[];
  logger: WarnLogger | undefined;
  resolve(feed: ParsedFeed): void;
  reject(err: Error): void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | undefined;
}

/** A persistent pool of parse workers. `close()` ends them (they never keep the process alive on their own). */
export class FeedParsePool implements FeedParser {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly limits: StructureLimits;
  private readonly maxHeapMb: number;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(opts: FeedParsePoolOptions = {}) {
    this.size = Math.max(1, opts.workers ?? 2);
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.limits = opts.limits ?? DEFAULT_STRUCTURE_LIMITS;
    this.maxHeapMb = opts.maxHeapMb ?? 768;
  }

  parse(bytes: Uint8Array, contentType: string | undefined, baseUrl: string, opts: FeedParserOptions = {}): Promise<ParsedFeed> {
    if (this.closed) return Promise.reject(new FeedParseError('parser-failed', 'The feed parser is shut down'));
    // Transfer only a buffer the bytes own entirely (a Buffer from Node's shared pool must be copied).
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    const data = owned ? bytes : bytes.slice();
    const msg: ParseJob = { id: this.nextId++, bytes: data, contentType, baseUrl, opts: { limits: this.limits } };
    if (opts.maxItems !== undefined) msg.opts.maxItems = opts.maxItems;
    if (opts.contentLocation !== undefined) msg.opts.contentLocation = opts.contentLocation;
    return new Promise((resolve, reject) => {
      this.queue.push({ msg, transfer: [data.buffer as ArrayBuffer], logger: opts.logger, resolve, reject });
      this.pump();
    });
  }

  /** Terminates the workers and fails queued parses. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new FeedParseError('parser-failed', 'The feed parser was shut down before this feed was parsed'));
    const slots = [...this.slots];
    this.slots.clear();
    for (const s of slots) this.finish(s, new FeedParseError('parser-failed', 'The feed parser was shut down while parsing this feed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** Hands queued jobs to ready workers, starting workers up to the pool size. */
  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (slot.ready && slot.job === undefined) this.run(slot, this.queue.shift()!);
    }
    // One worker starts at a time (starting one costs ~0.8 s of CPU under tsx, which would
    // otherwise compete with the first polls' fetches); the next starts if work still waits.
    for (const s of this.slots) if (!s.ready) return;
    if (this.queue.length > 0 && this.slots.size < this.size) this.spawn();
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL, {
      workerData: { entry: WORKER_ENTRY.href },
      resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
    });
    // Idle workers must not keep the process alive; a running parse is kept alive by its timer.
    worker.unref();
    const slot: Slot = { worker, ready: false, job: undefined };
    this.slots.add(slot);
    worker.on('message', (m: WorkerMessage) => this.onMessage(slot, m));
    worker.on('error', (err) => this.lose(slot, err));
    worker.on('exit', (code) => this.lose(slot, new Error(`exited with code ${code}`)));
  }

  private run(slot: Slot, job: Job): void {
    slot.job = job;
    job.timer = setTimeout(() => {
      this.slots.delete(slot);
      this.finish(
        slot,
        new FeedParseError(
          'too-slow',
          `Parse stopped after ${formatMs(this.timeoutMs)} (time limit): the feed is too large or too complex (sourceDefaults.feedParsing.timeoutMs)`,
        ),
      );
      void slot.worker.terminate();
      this.pump();
    }, this.timeoutMs);
    slot.worker.postMessage(job.msg, job.transfer);
  }

  private onMessage(slot: Slot, m: WorkerMessage): void {
    if (m.kind === 'ready') {
      slot.ready = true;
      this.pump();
      return;
    }
    const job = slot.job;
    if (job === undefined || job.msg.id !== m.id) return;
    if (m.kind === 'warn') {
      job.logger?.warn(m.obj, m.msg);
      return;
    }
    clearTimeout(job.timer);
    slot.job = undefined;
    if (m.kind === 'ok') job.resolve(m.feed);
    else job.reject(m.error.code !== undefined ? new FeedParseError(m.error.code, m.error.message) : new Error(m.error.message));
    this.pump();
  }

  /** A worker died (crash, out of memory, failed to load): fail its parse and start over. */
  private lose(slot: Slot, err: Error): void {
    if (!this.slots.delete(slot)) return;
    const oom = /ERR_WORKER_OUT_OF_MEMORY/.test((err as { code?: string }).code ?? '') || /out of memory/i.test(err.message);
    if (slot.job) {
      this.finish(
        slot,
        new FeedParseError(
          'parser-failed',
          oom
            ? `Parse stopped at ${this.maxHeapMb} MB of memory (limit): the feed is too large or too complex`
            : `The feed parser failed on this feed: ${err.message}`,
          { cause: err },
        ),
      );
    } else if (!slot.ready) {
      // Could not even start: fail what waits rather than respawning forever.
      for (const job of this.queue.splice(0))
        job.reject(new FeedParseError('parser-failed', `The feed parser could not start: ${err.message}`, { cause: err }));
    }
    this.pump();
  }

  private finish(slot: Slot, err: Error): void {
    const job = slot.job;
    slot.job = undefined;
    if (job === undefined) return;
    clearTimeout(job.timer);
    job.reject(err);
  }
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}
