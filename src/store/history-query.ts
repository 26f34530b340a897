/** The meaning of a HistoryQuery, shared by every store so that they answer alike. */
import type { LedgerEvent } from '../core/events.js';
import type { HistoryQuery } from '../core/ports.js';

/**
 * The ids under which a query by `authorizationId` finds this event: the authorization it
 * belongs to, and the entity itself when it is an authorization. (Another kind of entity
 * that happens to share the id is not a match.)
 */
export function authorizationKeys(event: Pick<LedgerEvent, 'entity' | 'entityId' | 'authorizationId'>): string[] {
  const keys: string[] = [];
  if (event.authorizationId !== undefined) keys.push(event.authorizationId);
  if (event.entity === 'authorization' && event.entityId !== event.authorizationId) keys.push(event.entityId);
  return keys;
}

/** True when the event passes the query's filters (ignoring `limit`). */
export function matchesHistoryQuery(event: LedgerEvent, query: HistoryQuery): boolean {
  if (query.afterSeq !== undefined && event.seq <= query.afterSeq) return false;
  if (query.entityId !== undefined && event.entityId !== query.entityId) return false;
  if (query.authorizationId !== undefined && !authorizationKeys(event).includes(query.authorizationId)) return false;
  return true;
}

/** How many of the newest matches to return, or undefined for all. Zero or less means none. */
export function limitOf(query: HistoryQuery): number | undefined {
  if (query.limit === undefined) return undefined;
  return Math.max(0, Math.floor(query.limit));
}

/** Filters events (oldest first) by the query and keeps the newest `limit`, oldest first. */
export function filterHistory(events: readonly LedgerEvent[], query: HistoryQuery): LedgerEvent[] {
  const matches = events.filter((event) => matchesHistoryQuery(event, query));
  const limit = limitOf(query);
  return limit === undefined ? matches : limit === 0 ? [] : matches.slice(-limit);
}
