/**
 * Keeps posts to one channel at least `intervalMs` apart (Slack allows about one message
 * a second per channel) and lets a 429 push a channel's next slot back. Channels are
 * independent: a slow channel never holds up the others.
 */
export class ChannelPacer {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly nextAt = new Map<string, number>();

  constructor(
    private readonly intervalMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `fn` for `channel` once the channel's slot comes; calls for one channel run in order. */
  run<T>(channel: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(channel) ?? Promise.resolve();
    const result = previous
      .catch(() => undefined)
      .then(async () => {
        const wait = (this.nextAt.get(channel) ?? 0) - this.now();
        if (wait > 0) await sleep(wait);
        try {
          return await fn();
        } finally {
          // Measured from the answer, not the send: a request can sit in the client's queue,
          // so measuring from the send could land two posts within Slack's second.
          this.nextAt.set(channel, Math.max(this.nextAt.get(channel) ?? 0, this.now() + this.intervalMs));
        }
      });
    const tail = result.catch(() => undefined);
    this.tails.set(channel, tail);
    // Forget idle channels so the maps do not grow with every channel ever seen.
    void tail.then(() => {
      if (this.tails.get(channel) === tail) this.tails.delete(channel);
    });
    return result;
  }

  /** Holds the channel back until at least `ms` from now (after a 429). */
  defer(channel: string, ms: number): void {
    this.nextAt.set(channel, Math.max(this.nextAt.get(channel) ?? 0, this.now() + ms));
  }
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
