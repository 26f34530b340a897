/**
 * Remembers recently seen request keys so that a request Slack retries (after a slow
 * answer it counted as lost, marked X-Slack-Retry-Num) never runs a command twice.
 */
export class RecentKeys {
  private readonly seen = new Map<string, number>();
  /** When the oldest remembered key was seen (a lower bound once keys move). */
  private oldest = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records the key; true when it was new (run the request), false when seen recently. */
  firstTime(key: string): boolean {
    const t = this.now();
    const at = this.seen.get(key);
    if (at !== undefined && t - at < this.ttlMs) return false;
    // Re-inserting moves the key to the end: Map keeps insertion order, oldest first.
    if (at !== undefined) this.seen.delete(key);
    this.seen.set(key, t);
    // Walk the map only when something is due to go, not on every request.
    if (this.seen.size > this.max || t - this.oldest >= this.ttlMs) this.prune(t);
    return true;
  }

  private prune(t: number): void {
    for (const [k, when] of this.seen) {
      if (this.seen.size <= this.max && t - when < this.ttlMs) {
        this.oldest = when;
        return;
      }
      this.seen.delete(k);
    }
  }
}
