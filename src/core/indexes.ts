/**
 * Lookup tables over the state, rebuilt lazily when the state has moved on. Queries on a
 * large ledger (10,000 authorizations) must not scan every record per item or holder.
 */
import type { Authorization, Claim, Condition, LedgerState, Order, Supply } from './model.js';

/** Records grouped by the keys queries use. */
export interface LedgerIndexes {
  seq: number;
  authorizations: Authorization[];
  authorizationsByItem: Map<string, Authorization[]>;
  authorizationsByHolder: Map<string, Authorization[]>;
  ordersByItem: Map<string, Order[]>;
  ordersByAuthorization: Map<string, Order[]>;
  supplyByItem: Map<string, Supply[]>;
  conditionsByAuthorization: Map<string, Condition[]>;
  claimsByAuthorization: Map<string, Claim[]>;
}

const cache = new WeakMap<LedgerState, LedgerIndexes>();

function push<T>(map: Map<string, T[]>, key: string | undefined, value: T): void {
  if (key === undefined) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(state: LedgerState): LedgerIndexes {
  const idx: LedgerIndexes = {
    seq: state.seq, authorizations: Object.values(state.authorization),
    authorizationsByItem: new Map(), authorizationsByHolder: new Map(), ordersByItem: new Map(),
    ordersByAuthorization: new Map(), supplyByItem: new Map(), conditionsByAuthorization: new Map(), claimsByAuthorization: new Map(),
  };
  for (const a of idx.authorizations) {
    push(idx.authorizationsByItem, a.itemId, a);
    for (const h of a.holderIds) push(idx.authorizationsByHolder, h, a);
  }
  for (const o of Object.values(state.order)) {
    push(idx.ordersByItem, o.itemId, o);
    push(idx.ordersByAuthorization, o.authorizationId, o);
  }
  for (const s of Object.values(state.supply)) push(idx.supplyByItem, s.itemId, s);
  for (const c of Object.values(state.condition)) push(idx.conditionsByAuthorization, c.authorizationId, c);
  for (const c of Object.values(state.claim)) push(idx.claimsByAuthorization, c.authorizationId, c);
  return idx;
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
