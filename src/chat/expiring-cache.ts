/**
 * Keeps values for a while under short generated keys: rendered pages of recent replies,
 * so that "More", "Share in channel" (Slack) and Previous/Next (Discord) buttons can show
 * them without running the command again. Button values carry the key, never the content.
 * In memory: after a restart, old buttons answer that the reply expired.
 */
import { randomBytes } from 'node:crypto';

/** A bounded, expiring store of values by generated key. */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();
  // Keys need only be unique: button values come back inside platform-signed payloads. A
  // random prefix per process keeps keys from an earlier run from matching new values.
  private readonly prefix = randomBytes(6).toString('base64url');
  private counter = 0;
  /** When the oldest entry expires (a lower bound): sweeping waits until something is due. */
  private nextExpiry = Number.POSITIVE_INFINITY;

  constructor(
    private readonly ttlMs: number,
    private readonly max = 500,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores a value; returns its key (letters, digits, `-` and `_`). */
  put(value: V): string {
    const t = this.now();
    if (t > this.nextExpiry) this.sweep(t);
    const key = `${this.prefix}${(++this.counter).toString(36)}`;
    this.entries.set(key, { value, until: t + this.ttlMs });
    this.nextExpiry = Math.min(this.nextExpiry, t + this.ttlMs);
    // Oldest first in a Map: drop the oldest when full so memory stays bounded.
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return key;
  }

  /** The value, or undefined once it expired or was never stored. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until < this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** How many values are held (expired ones may linger until the next sweep). */
  get size(): number {
    return this.entries.size;
  }

  private sweep(t: number): void {
    // Entries expire in insertion order (one ttl for all): stop at the first live one.
    for (const [key, entry] of this.entries) {
      if (entry.until >= t) {
        this.nextExpiry = entry.until;
        return;
      }
      this.entries.delete(key);
    }
    this.nextExpiry = Number.POSITIVE_INFINITY;
  }
}
