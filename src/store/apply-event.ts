/**
 * What a store does with each event it commits or replays: fold it into the state (evolve)
 * and feed it to the lookup indexes, the projection kept beside the state.
 */
import type { LedgerEvent } from '../core/events.js';
import { evolve } from '../core/evolve.js';
import { updateIndexes } from '../core/indexes.js';
import type { LedgerState } from '../core/model.js';

/** Applies one event to the state in place, then to its indexes. */
export function applyEvent(state: LedgerState, event: LedgerEvent): void {
  evolve(state, event);
  updateIndexes(state, event);
}
