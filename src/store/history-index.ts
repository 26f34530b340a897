/**
 * Where each event lives in the journal, and which events belong to which authorization
 * or entity, so that history reads only the lines it returns instead of rescanning.
 * Holds numbers, not events: memory stays small for a long history.
 */
import type { LedgerEvent } from '../core/events.js';
import type { HistoryQuery } from '../core/ports.js';
import { authorizationKeys } from './history-query.js';

/** A record's place in the journal. */
export interface EventLocation {
  offset: number;
  end: number;
  index: number;
}

/** An index over a journal of events with contiguous seqs from `firstSeq`. */
export class HistoryIndex {
  private readonly offsets: number[] = [];
  private readonly ends: number[] = [];
  private readonly indexes: number[] = [];
  private readonly byAuthorization = new Map<string, number[]>();
  private readonly byEntity = new Map<string, number[]>();

  constructor(private readonly firstSeq = 1) {}

  /** Seq of the newest indexed event (firstSeq - 1 when empty). */
  get lastSeq(): number {
    return this.firstSeq + this.offsets.length - 1;
  }

  /** Records an event; events must come in seq order. */
  add(event: Pick<LedgerEvent, 'seq' | 'entity' | 'entityId' | 'authorizationId'>, location: EventLocation): void {
    if (event.seq !== this.lastSeq + 1) throw new Error(`history index: expected seq ${this.lastSeq + 1}, got ${event.seq}`);
    this.offsets.push(location.offset);
    this.ends.push(location.end);
    this.indexes.push(location.index);
    for (const key of authorizationKeys(event)) push(this.byAuthorization, key, event.seq);
    push(this.byEntity, event.entityId, event.seq);
  }

  /** Where event `seq` is, if indexed. */
  locate(seq: number): EventLocation | undefined {
    const i = seq - this.firstSeq;
    const offset = this.offsets[i];
    if (offset === undefined) return undefined;
    return { offset, end: this.ends[i] as number, index: this.indexes[i] as number };
  }

  /**
   * Seqs (ascending, all after `afterSeq`) that may match the query: exact for a single
   * id filter, a superset when both are given. Undefined means every seq in the range.
   */
  candidates(query: HistoryQuery): number[] | undefined {
    const lists: number[][] = [];
    if (query.authorizationId !== undefined) lists.push(this.byAuthorization.get(query.authorizationId) ?? []);
    if (query.entityId !== undefined) lists.push(this.byEntity.get(query.entityId) ?? []);
    if (lists.length === 0) return undefined;
    const smallest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    const after = query.afterSeq ?? 0;
    return smallest.slice(firstAbove(smallest, after));
  }
}

function push(map: Map<string, number[]>, key: string, seq: number): void {
  const list = map.get(key);
  if (list) list.push(seq);
  else map.set(key, [seq]);
}

/** Index of the first element greater than `value` in an ascending list. */
function firstAbove(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
