/**
 * "Answer within the deadline, else defer": the timing rule both chat platforms follow.
 * Slack wants an ack within 3 s and Discord an interaction reply within 3 s; a command that
 * answers in time goes straight into that first answer, a slower one is deferred (empty ack,
 * "thinking…") and answered when it finishes. A value that is ready synchronously is
 * answered in this same turn, without a timer.
 */
import { isPromiseLike, within, type Awaitable } from './awaitable.js';

/** The three ways a platform answers. */
export interface DeadlineAnswer<T> {
  /** The value arrived in time: answer with it directly. */
  now(value: T): Promise<void>;
  /** It did not: acknowledge without it. */
  defer(): Promise<void>;
  /** After a deferral: answer with the value once it arrived. */
  later(value: T): Promise<void>;
}

/**
 * Answers with `work`'s value directly when it is ready within `deadlineMs`, else defers and
 * answers later. A deadline of 0 or less always defers (for slow storage, and for tests that
 * need the deferred path deterministically). `work` must not resolve to undefined.
 */
export async function answerWithin<T>(work: Awaitable<T>, deadlineMs: number, answer: DeadlineAnswer<T>): Promise<void> {
  const ready = deadlineMs <= 0 ? undefined : isPromiseLike(work) ? await within(work, deadlineMs) : work;
  if (ready !== undefined) {
    await answer.now(ready);
    return;
  }
  await answer.defer();
  await answer.later(await work);
}
