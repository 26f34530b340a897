/** Answers a history query from the journal, reading only what the index points at. */
import type { LedgerEvent } from '../core/events.js';
import type { HistoryQuery } from '../core/ports.js';
import type { HistoryIndex } from './history-index.js';
import { limitOf, matchesHistoryQuery } from './history-query.js';
import type { Journal } from './journal.js';

/** Matching events, oldest first; with `limit`, the newest that many. `end` bounds the journal. */
export async function readHistory(journal: Journal<LedgerEvent>, index: HistoryIndex, query: HistoryQuery, end: number): Promise<LedgerEvent[]> {
  const limit = limitOf(query);
  if (limit === 0) return [];
  const candidates = index.candidates(query);
  if (candidates === undefined) {
    // No id filter: a contiguous run of seqs, read as one sequential stream.
    const last = index.lastSeq;
    const first = Math.max((query.afterSeq ?? 0) + 1, limit === undefined ? 1 : last - limit + 1);
    const start = index.locate(first);
    if (!start) return [];
    const events: LedgerEvent[] = [];
    const accept = (raw: unknown) => ((raw as { seq?: unknown } | null)?.seq as number) >= first;
    for await (const entry of journal.readFrom(start.offset, end, { accept })) {
      if (entry.record.seq >= first) events.push(entry.record);
    }
    return events;
  }
  // Newest first so that a limit stops the reading early. Consecutive candidates on one line
  // (a batch, such as an import) are read together, parsing that line once.
  const found: LedgerEvent[] = [];
  let i = candidates.length - 1;
  while (i >= 0 && (limit === undefined || found.length < limit)) {
    const place = index.locate(candidates[i] as number);
    i--;
    if (!place) continue;
    const positions = [place.index];
    const want = limit === undefined ? Infinity : limit - found.length;
    while (i >= 0 && positions.length < want) {
      const next = index.locate(candidates[i] as number);
      if (!next || next.offset !== place.offset) break;
      positions.push(next.index);
      i--;
    }
    for (const event of await journal.readRecords(place.offset, place.end, positions)) {
      if (matchesHistoryQuery(event, query)) found.push(event);
    }
  }
  return found.reverse();
}

/**
 * The newest `limit` events matching a query without id filters, read from the end of the
 * journal without the index (what the source pipeline asks at startup: building the index
 * first would read the whole journal).
 */
export async function readRecentHistory(journal: Journal<LedgerEvent>, query: HistoryQuery, limit: number, end: number): Promise<LedgerEvent[]> {
  const found: LedgerEvent[] = [];
  const after = query.afterSeq ?? 0;
  // The lowest seq seen so far, checked or not: reading stops once it reaches `afterSeq`.
  let lowest = Infinity;
  const accept = (raw: unknown) => {
    const seq = (raw as { seq?: unknown } | null)?.seq;
    if (typeof seq !== 'number') return true; // checked, and reported as corrupt
    lowest = Math.min(lowest, seq);
    return seq > after;
  };
  for await (const line of journal.readBackward(end, { accept })) {
    for (let i = line.length - 1; i >= 0 && found.length < limit; i--) found.push(line[i]!.record);
    if (found.length >= limit || lowest <= after + 1) break;
  }
  return found.reverse();
}
