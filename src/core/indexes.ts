/**
 * Lookup tables over the state, a projection of the events: the store feeds each event it
 * applies to updateIndexes, so a query right after a change costs no more than any other: on a
 * ledger of 10,000 authorizations nothing scans every record per item or holder.
 * A state changed some other way (a scratch copy) is rebuilt on its next lookup.
 */
import type { LedgerEvent } from './events.js';
import type { Authorization, AuthStatus, Claim, Condition, LedgerState, Order, Supply } from './model.js';

/** Records grouped by the keys queries use, plus versions that say what changed. */
export interface LedgerIndexes {
  seq: number;
  /** Distinguishes rebuilds of the same state object, so memos keyed by version never go stale. */
  generation: number;
  authorizations: Authorization[];
  authorizationsByItem: Map<string, Authorization[]>;
  authorizationsByHolder: Map<string, Authorization[]>;
  ordersByItem: Map<string, Order[]>;
  ordersByAuthorization: Map<string, Order[]>;
  supplyByItem: Map<string, Supply[]>;
  conditionsByAuthorization: Map<string, Condition[]>;
  claimsByAuthorization: Map<string, Claim[]>;
  statusCounts: Map<AuthStatus, number>;
  /** Bumped for an item whenever its accounting may have changed. */
  itemVersions: Map<string, number>;
  /** Bumped whenever an id, name or alias of a nameable record changes. */
  namesVersion: number;
}

const cache = new WeakMap<LedgerState, LedgerIndexes>();
let generations = 0;

function add<T>(map: Map<string, T[]>, key: string | undefined, value: T): void {
  if (key === undefined) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function drop<T extends { id: string }>(map: Map<string, T[]>, key: string | undefined, id: string): void {
  if (key === undefined) return;
  const list = map.get(key);
  const at = list?.findIndex((r) => r.id === id) ?? -1;
  if (at >= 0) list!.splice(at, 1);
  if (list && list.length === 0) map.delete(key);
}

function build(state: LedgerState): LedgerIndexes {
  const idx: LedgerIndexes = {
    seq: state.seq,
    generation: ++generations,
    authorizations: [],
    authorizationsByItem: new Map(),
    authorizationsByHolder: new Map(),
    ordersByItem: new Map(),
    ordersByAuthorization: new Map(),
    supplyByItem: new Map(),
    conditionsByAuthorization: new Map(),
    claimsByAuthorization: new Map(),
    statusCounts: new Map(),
    itemVersions: new Map(),
    namesVersion: 0,
  };
  for (const a of Object.values(state.authorization)) addAuthorization(idx, a);
  for (const o of Object.values(state.order)) addOrder(idx, o);
  for (const s of Object.values(state.supply)) add(idx.supplyByItem, s.itemId, s);
  for (const c of Object.values(state.condition)) add(idx.conditionsByAuthorization, c.authorizationId, c);
  for (const c of Object.values(state.claim)) add(idx.claimsByAuthorization, c.authorizationId, c);
  return idx;
}

function addAuthorization(idx: LedgerIndexes, a: Authorization): void {
  idx.authorizations.push(a);
  add(idx.authorizationsByItem, a.itemId, a);
  for (const h of a.holderIds) add(idx.authorizationsByHolder, h, a);
  idx.statusCounts.set(a.status, (idx.statusCounts.get(a.status) ?? 0) + 1);
}

function dropAuthorization(idx: LedgerIndexes, a: Authorization): void {
  const at = idx.authorizations.findIndex((r) => r.id === a.id);
  if (at >= 0) idx.authorizations.splice(at, 1);
  drop(idx.authorizationsByItem, a.itemId, a.id);
  for (const h of a.holderIds) drop(idx.authorizationsByHolder, h, a.id);
  const n = (idx.statusCounts.get(a.status) ?? 1) - 1;
  if (n > 0) idx.statusCounts.set(a.status, n);
  else idx.statusCounts.delete(a.status);
}

function addOrder(idx: LedgerIndexes, o: Order): void {
  add(idx.ordersByItem, o.itemId, o);
  add(idx.ordersByAuthorization, o.authorizationId, o);
}

function dropOrder(idx: LedgerIndexes, o: Order): void {
  drop(idx.ordersByItem, o.itemId, o.id);
  drop(idx.ordersByAuthorization, o.authorizationId, o.id);
}

function bumpItem(idx: LedgerIndexes, itemId: string | undefined): void {
  if (itemId !== undefined) idx.itemVersions.set(itemId, (idx.itemVersions.get(itemId) ?? 0) + 1);
}

function namesDiffer(before: { name: string; aliases: string[] } | null, after: { name: string; aliases: string[] } | null): boolean {
  return !before || !after || before.name !== after.name || JSON.stringify(before.aliases) !== JSON.stringify(after.aliases);
}

/**
 * Feeds one event to the indexes of `state`, if it has any; the store calls it after evolve
 * applied the event. The indexes are a projection of the events: each entity kind says
 * which groups its record leaves and joins.
 */
export function updateIndexes(state: LedgerState, event: LedgerEvent): void {
  const idx = cache.get(state);
  if (!idx) return;
  if (idx.seq !== event.seq - 1) {
    cache.delete(state);
    return;
  }
  switch (event.entity) {
    case 'authorization': {
      // The state holds the very record objects the indexes list; drop by id, add what is stored now.
      const after = state.authorization[event.entityId];
      if (event.before) dropAuthorization(idx, event.before);
      if (after) addAuthorization(idx, after);
      bumpItem(idx, event.before?.itemId);
      bumpItem(idx, after?.itemId);
      if (namesDiffer(event.before, after ?? null)) idx.namesVersion++;
      break;
    }
    case 'order': {
      const after = state.order[event.entityId];
      if (event.before) dropOrder(idx, event.before);
      if (after) addOrder(idx, after);
      bumpItem(idx, event.before?.itemId);
      bumpItem(idx, after?.itemId);
      break;
    }
    case 'supply': {
      const after = state.supply[event.entityId];
      if (event.before) drop(idx.supplyByItem, event.before.itemId, event.entityId);
      if (after) add(idx.supplyByItem, after.itemId, after);
      bumpItem(idx, (event.before ?? after)?.itemId);
      break;
    }
    case 'condition': {
      const after = state.condition[event.entityId];
      drop(idx.conditionsByAuthorization, event.before?.authorizationId, event.entityId);
      if (after) add(idx.conditionsByAuthorization, after.authorizationId, after);
      break;
    }
    case 'claim': {
      const after = state.claim[event.entityId];
      drop(idx.claimsByAuthorization, event.before?.authorizationId, event.entityId);
      if (after) add(idx.claimsByAuthorization, after.authorizationId, after);
      break;
    }
    case 'item':
      bumpItem(idx, event.entityId);
      if (namesDiffer(event.before, event.after)) idx.namesVersion++;
      break;
    case 'party':
    case 'authority':
      // Their names appear in labels and name lookups.
      if (namesDiffer(event.before, event.after)) idx.namesVersion++;
      break;
    default: {
      const unhandled: never = event;
      throw new Error(`unhandled entity kind in ${JSON.stringify(unhandled)}`);
    }
  }
  idx.seq = event.seq;
}

/** The indexes for the state as it is now. */
export function indexesOf(state: LedgerState): LedgerIndexes {
  let idx = cache.get(state);
  if (!idx || idx.seq !== state.seq) {
    idx = build(state);
    cache.set(state, idx);
  }
  return idx;
}

/** A key that changes whenever the names of records (ids, names, aliases) may have changed. */
export function namesKey(state: LedgerState): string {
  const idx = indexesOf(state);
  return `${idx.generation}:${idx.namesVersion}`;
}

/** A key that changes whenever the accounting of one item may have changed. */
export function itemKey(state: LedgerState, itemId: string): string {
  const idx = indexesOf(state);
  return `${idx.generation}:${idx.itemVersions.get(itemId) ?? 0}`;
}
