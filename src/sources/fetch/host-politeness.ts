import { setTimeout as sleep } from 'node:timers/promises';

/** Options for {@link HostPoliteness}. */
export interface HostPolitenessOptions {
  /** Default rate for hosts not listed in `perHost`. Default 1 request/second. */
  requestsPerSecond?: number;
  /** Per-host overrides keyed by lowercase hostname, e.g. `{ 'www.sec.gov': 10 }`. */
  perHost?: Record<string, number>;
  /** Clock, injectable for tests. */
  now?: () => number;
}

/**
 * Spaces requests to each host so that at most N start per second. Callers
 * `await acquire(url)` before each request. Nothing runs in the background:
 * the only timer is the one a waiting caller is awaiting, so processes and
 * test runners exit cleanly.
 */
export class HostPoliteness {
  private readonly defaultRate: number;
  private readonly perHost: Map<string, number>;
  private readonly now: () => number;
  /** Earliest time the next request to each host may start. */
  private readonly nextSlot = new Map<string, number>();

  constructor(opts: HostPolitenessOptions = {}) {
    this.defaultRate = positive(opts.requestsPerSecond ?? 1, 'requestsPerSecond');
    this.perHost = new Map(Object.entries(opts.perHost ?? {}).map(([h, r]) => [h.toLowerCase(), positive(r, `perHost[${h}]`)]));
    this.now = opts.now ?? Date.now;
  }

  /** Milliseconds between request starts for a host. */
  intervalFor(host: string): number {
    return 1000 / (this.perHost.get(host.toLowerCase()) ?? this.defaultRate);
  }

  /**
   * Reserve the next slot for the URL's host and wait for it. Slots are
   * reserved synchronously, so concurrent callers queue in call order.
   * Rejects with the signal's reason if aborted while waiting (the slot stays
   * consumed, which only errs on the polite side).
   */
  async acquire(url: string | URL, signal?: AbortSignal): Promise<void> {
    const host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
    const now = this.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.intervalFor(host));
    this.prune(now);
    const wait = slot - now;
    if (wait <= 0) return signal?.throwIfAborted();
    try {
      await sleep(wait, undefined, signal ? { signal } : undefined);
    } catch (err) {
      // Surface the caller's own reason (e.g. our timeout marker), not a generic AbortError.
      if (signal?.aborted) throw signal.reason;
      throw err;
    }
  }

  /** Drop hosts whose reservations are in the past, so the map cannot grow without bound. */
  private prune(now: number): void {
    if (this.nextSlot.size < 1000) return;
    for (const [host, next] of this.nextSlot) if (next <= now) this.nextSlot.delete(host);
  }
}

function positive(n: number, what: string): number {
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`${what} must be a positive number, got ${n}`);
  return n;
}
