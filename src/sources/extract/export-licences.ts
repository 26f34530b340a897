/** The export licences the ledger tracks, by holder, read once per ledger version. */
import type { LedgerState } from '../../core/model.js';

type Authorization = LedgerState['authorization'][string];

const cache = new WeakMap<LedgerState, { seq: number; byHolder: Map<string, Authorization[]> }>();

/** The tracked export authorizations (of tracked items) that `holderId` holds. */
export function exportLicencesOf(state: LedgerState, holderId: string): readonly Authorization[] {
  let cached = cache.get(state);
  if (!cached || cached.seq !== state.seq) {
    const byHolder = new Map<string, Authorization[]>();
    for (const a of Object.values(state.authorization)) {
      if (a.direction !== 'export' || !state.item[a.itemId]) continue;
      for (const h of a.holderIds) byHolder.set(h, [...(byHolder.get(h) ?? []), a]);
    }
    cached = { seq: state.seq, byHolder };
    cache.set(state, cached);
  }
  return cached.byHolder.get(holderId) ?? [];
}
