/**
 * The fold: how each kind of event changes the state. The switch is exhaustive (a new
 * event type does not compile until it says what it does here), and nothing else happens
 * here: lookup indexes are a separate projection fed the same events (indexes.ts).
 */
import { unhandledEvent, type Change, type LedgerEvent } from './events.js';
import type { LedgerState } from './model.js';

/**
 * Applies one change to the state and returns it. The state is changed in place: the store
 * owns it, and copying collections of 10,000 records per event would make every change slow.
 */
export function evolveChange(state: LedgerState, change: Change): LedgerState {
  switch (change.type) {
    case 'authorization.created':
    case 'authorization.restored':
    case 'authorization.updated':
    case 'authorization.status_changed':
    case 'authorization.quota_changed':
    case 'authorization.reopened':
      state.authorization[change.entityId] = change.after;
      break;
    case 'authorization.removed':
      delete state.authorization[change.entityId];
      break;
    case 'condition.added':
    case 'condition.changed':
    case 'condition.finalized':
      state.condition[change.entityId] = change.after;
      break;
    case 'condition.removed':
      // Marked removed by an admin; deleted outright when its authorization goes.
      if (change.after) state.condition[change.entityId] = change.after;
      else delete state.condition[change.entityId];
      break;
    case 'order.created':
    case 'order.updated':
    case 'order.status_changed':
      state.order[change.entityId] = change.after;
      break;
    case 'supply.set':
      state.supply[change.entityId] = change.after;
      break;
    case 'claim.reported':
      state.claim[change.entityId] = change.after;
      break;
    case 'entity.removed':
      delete state.claim[change.entityId];
      break;
    case 'party.added':
    case 'party.changed':
      state.party[change.entityId] = change.after;
      break;
    case 'party.removed':
      delete state.party[change.entityId];
      break;
    case 'entity.upserted':
      switch (change.entity) {
        case 'party':
          state.party[change.entityId] = change.after;
          break;
        case 'item':
          state.item[change.entityId] = change.after;
          break;
        case 'authority':
          state.authority[change.entityId] = change.after;
          break;
        default:
          return unhandledEvent(change);
      }
      break;
    default:
      return unhandledEvent(change);
  }
  return state;
}

/** Applies one recorded event: its change, and the sequence number it moves the state to. */
export function evolve(state: LedgerState, event: LedgerEvent): LedgerState {
  evolveChange(state, event);
  state.seq = event.seq;
  return state;
}

/**
 * Undoes one change (the inverse of evolveChange), for readers that step back through a
 * batch to see each event against the state just before it.
 */
export function revertChange(state: LedgerState, change: Change): LedgerState {
  switch (change.type) {
    case 'authorization.created':
    case 'authorization.restored':
      delete state.authorization[change.entityId];
      break;
    case 'authorization.updated':
    case 'authorization.status_changed':
    case 'authorization.quota_changed':
    case 'authorization.reopened':
    case 'authorization.removed':
      state.authorization[change.entityId] = change.before;
      break;
    case 'condition.added':
      delete state.condition[change.entityId];
      break;
    case 'condition.changed':
    case 'condition.finalized':
    case 'condition.removed':
      state.condition[change.entityId] = change.before;
      break;
    case 'order.created':
      delete state.order[change.entityId];
      break;
    case 'order.updated':
    case 'order.status_changed':
      state.order[change.entityId] = change.before;
      break;
    case 'supply.set':
      if (change.before) state.supply[change.entityId] = change.before;
      else delete state.supply[change.entityId];
      break;
    case 'claim.reported':
      if (change.before) state.claim[change.entityId] = change.before;
      else delete state.claim[change.entityId];
      break;
    case 'entity.removed':
      state.claim[change.entityId] = change.before;
      break;
    case 'party.added':
      delete state.party[change.entityId];
      break;
    case 'party.changed':
    case 'party.removed':
      state.party[change.entityId] = change.before;
      break;
    case 'entity.upserted':
      switch (change.entity) {
        case 'party':
          if (change.before) state.party[change.entityId] = change.before;
          else delete state.party[change.entityId];
          break;
        case 'item':
          if (change.before) state.item[change.entityId] = change.before;
          else delete state.item[change.entityId];
          break;
        case 'authority':
          if (change.before) state.authority[change.entityId] = change.before;
          else delete state.authority[change.entityId];
          break;
        default:
          return unhandledEvent(change);
      }
      break;
    default:
      return unhandledEvent(change);
  }
  return state;
}
