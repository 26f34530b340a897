/**
 * Review candidates as stored in the ledger: claims with `field: 'new_authorization'`
 * whose value proposes an authorization (and the parties it needs). Written by the source
 * pipeline; read and settled by `review`, `review accept` and `review reject`.
 */
import type { Claim, LedgerState, Quantity } from '../../src/core/model.js';

/** What a review candidate proposes. */
export interface Proposal {
  record: {
    id: string;
    name: string;
    direction: 'export' | 'import';
    authorityId: string;
    itemId: string;
    holderIds: string[];
    status: string;
    quota?: Quantity;
    groupName?: string;
  };
  newParties: { id: string; name: string }[];
  why: string;
  /** An official statement has told it too (the admin still decides). */
  official?: boolean;
}

/** The proposal inside a candidate, or undefined when the claim is not one. */
export function proposalOf(claim: Claim): Proposal | undefined {
  if (claim.field !== 'new_authorization') return undefined;
  const v = claim.value as Partial<Proposal> | null;
  return v && v.record && Array.isArray(v.newParties) ? (v as Proposal) : undefined;
}

/** Candidates waiting for an admin, oldest first. */
export function pendingReviews(state: LedgerState): Claim[] {
  return Object.values(state.claim)
    .filter((c) => c.review === 'pending' && proposalOf(c))
    .sort((a, b) => (a.evidence.seenAt < b.evidence.seenAt ? -1 : a.evidence.seenAt > b.evidence.seenAt ? 1 : a.id.localeCompare(b.id)));
}
