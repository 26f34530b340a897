/**
 * Remembers recently seen request keys so that a request Slack retries (after a slow
 * answer it counted as lost, marked X-Slack-Retry-Num) never runs a command twice.
 */
export class RecentKeys {
  private readonly seen = new Map<string, number>();

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
    this.seen.delete(key);
    this.seen.set(key, t);
    // Map keeps insertion order, so the oldest entries are first.
    for (const [k, when] of this.seen) {
      if (this.seen.size <= this.max && t - when < this.ttlMs) break;
      this.seen.delete(k);
    }
    return true;
  }
}
