/**
 * What the pipeline read from recent items and what it did with them, for `/greenlight
 * explain`. Bounded (oldest forgotten first) and in memory: it answers "why did (or didn't)
 * this report change anything", not history, which the ledger keeps.
 */
import type { ItemExtraction } from '../extract/index.js';

/** One item as the pipeline saw it. */
export interface RecentItem {
  sourceId: string;
  sourceName: string;
  itemId: string;
  link?: string;
  title: string;
  /** When it was ingested (ISO). */
  at: string;
  /** What extraction read, when the item was text (absent for structured facts). */
  reading?: ItemExtraction;
  /** The pipeline's one-line account of what it did. */
  outcome: string;
  /** Ledger event sequence numbers it committed. */
  seqs: number[];
  /** Alert ids it published directly (news, contradictions, review candidates). */
  alerts: string[];
}

const DEFAULT_LIMIT = 1_000;

/** The last items ingested, findable by link or by item id. */
export class RecentItems {
  private readonly items = new Map<string, RecentItem>();

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  /** Remembers an item, replacing an earlier record of the same one. */
  record(entry: RecentItem): void {
    const key = `${entry.sourceId}\u0000${entry.itemId}`;
    this.items.delete(key);
    this.items.set(key, entry);
    while (this.items.size > this.limit) this.items.delete(this.items.keys().next().value!);
  }

  /** The newest item whose link, item id or source:item id is the query. */
  find(query: string): RecentItem | undefined {
    const q = query.trim();
    const all = [...this.items.values()].reverse();
    return (
      all.find((i) => i.link === q) ??
      all.find((i) => i.itemId === q || `${i.sourceId}:${i.itemId}` === q) ??
      all.find((i) => !!i.link && stripped(i.link) === stripped(q))
    );
  }

  /** How many items are remembered. */
  get size(): number {
    return this.items.size;
  }
}

function stripped(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/[/#?]+$/, '')
    .toLowerCase();
}
