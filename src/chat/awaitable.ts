/**
 * Values that are either ready now or later. Queries answer synchronously; keeping them
 * synchronous through the router lets a platform answer in the same turn of the event
 * loop (Slack's ack, Discord's interaction reply) instead of after a chain of awaits.
 */

/** A value now, or a promise of it. */
export type Awaitable<T> = T | Promise<T>;

/** True when the value is a promise (or any thenable). */
export function isPromiseLike<T>(value: Awaitable<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * Applies `fn` to the value: synchronously when the value is ready, else when it settles.
 * A throw from `fn` on the synchronous path is thrown, as `await` would.
 */
export function andThen<T, U>(value: Awaitable<T>, fn: (ready: T) => Awaitable<U>): Awaitable<U> {
  return isPromiseLike(value) ? value.then(fn) : fn(value);
}

/** Resolves with the promise's value, or `undefined` when it takes longer than `ms`. */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
