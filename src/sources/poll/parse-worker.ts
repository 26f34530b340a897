/**
 * Worker-thread entry of the feed parse pool (feed-parse-pool.ts): parses one fetched body at a
 * time with the same parseFeedBytes as before, so a slow or hostile feed holds this thread, not
 * the one answering commands. Warnings go back to the pool's logger.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { FeedParseError } from '../feed/errors.js';
import { parseFeedBytes } from '../feed/parse-feed.js';
import type { ParseJob, WorkerMessage } from './parse-protocol.js';

/** Nice value of parse threads (0 normal, 19 lowest); only lowering needs no privilege. */
const PARSE_THREAD_NICE = 10;

const port = parentPort;
if (port === null) throw new Error('parse-worker.ts runs only as a worker thread');

// Parsing is background work: when CPUs are scarce, the thread answering commands should win.
// On Linux a thread has its own nice value (its id is in /proc/thread-self); elsewhere this is skipped.
try {
  const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0) setPriority(tid, PARSE_THREAD_NICE);
} catch {
  // Not Linux, or not allowed: parse at normal priority.
}

port.on('message', (job: ParseJob) => {
  const send = (m: WorkerMessage): void => port.postMessage(m);
  const logger = {
    warn(obj: object, msg?: string): void {
      try {
        send({ id: job.id, kind: 'warn', obj, ...(msg !== undefined ? { msg } : {}) });
      } catch {
        send({ id: job.id, kind: 'warn', obj: {}, ...(msg !== undefined ? { msg } : {}) });
      }
    },
  };
  try {
    const feed = parseFeedBytes(job.bytes, job.contentType, job.baseUrl, { ...job.opts, logger });
    send({ id: job.id, kind: 'ok', feed });
  } catch (err) {
    const error = err instanceof FeedParseError ? { code: err.code, message: err.message } : { message: err instanceof Error ? err.message : String(err) };
    send({ id: job.id, kind: 'error', error });
  }
});
// One tiny feed parsed before saying ready: the first real feed's time budget should not pay for the parser's first
// use (module code compiled, regexes built), which on a busy machine can take longer than a small feed's whole parse.
const WARM_UP_FEED =
  '<?xml version="1.0"?><rss version="2.0"><channel><title>w</title><item><title>w</title><link>https://warm-up.invalid/1</link></item></channel></rss>';
try {
  parseFeedBytes(new TextEncoder().encode(WARM_UP_FEED), 'application/rss+xml', 'https://warm-up.invalid/');
} catch {
  // A failed warm-up only means the first real parse pays the first-use cost.
}
port.postMessage({ id: 0, kind: 'ready' } satisfies WorkerMessage);
