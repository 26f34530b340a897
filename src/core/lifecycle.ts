/**
 * The status lifecycle of an authorization, after the US EAR's own terms:
 * rumored → reported → applied → pending → a decision; an approval can later be
 * suspended, revoked, expired or superseded.
 */
import type { AuthStatus } from './model.js';

const DECISIONS: AuthStatus[] = ['approved', 'approved_with_conditions', 'partially_approved', 'denied', 'returned_without_action', 'withdrawn'];
const APPROVALS: AuthStatus[] = ['approved', 'approved_with_conditions', 'partially_approved'];

const NEXT: Record<AuthStatus, AuthStatus[]> = {
  rumored: ['reported', 'applied', 'pending', ...DECISIONS],
  reported: ['rumored', 'applied', 'pending', ...DECISIONS],
  applied: ['pending', ...DECISIONS],
  pending: DECISIONS,
  approved: ['approved_with_conditions', 'partially_approved', 'suspended', 'revoked', 'expired', 'superseded'],
  approved_with_conditions: ['approved', 'partially_approved', 'suspended', 'revoked', 'expired', 'superseded'],
  partially_approved: ['approved', 'approved_with_conditions', 'suspended', 'revoked', 'expired', 'superseded'],
  denied: ['applied', 'pending'],
  returned_without_action: ['applied', 'pending', 'withdrawn'],
  withdrawn: ['applied'],
  suspended: ['approved', 'approved_with_conditions', 'partially_approved', 'revoked', 'expired'],
  revoked: [],
  expired: [],
  superseded: [],
};

/**
 * Decisions that end an authorization. Leaving one is a reopening: only an admin can do it,
 * saying so (`reopen`) and citing a link, and history and alerts show it as a reopening.
 */
export const FINAL_STATUSES: readonly AuthStatus[] = ['revoked', 'denied', 'withdrawn', 'returned_without_action', 'expired'];

/** True for a final decision (see FINAL_STATUSES). */
export function isFinal(status: AuthStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

/** Statuses under which the holder may actually buy or sell. */
export function isActiveApproval(status: AuthStatus): boolean {
  return APPROVALS.includes(status);
}

/** Statuses after which nothing more can happen to the authorization. */
export function isTerminal(status: AuthStatus): boolean {
  return NEXT[status].length === 0;
}

/** Human form of a status: approved_with_conditions → "approved with conditions". */
export function statusLabel(status: AuthStatus): string {
  return status.replaceAll('_', ' ');
}

/**
 * Why a move from one status to another is not allowed, or null when it is.
 * A denial turning into an approval is a "move backwards": only allowed with evidence
 * (see the ledger), so it is reported here as illegal and the ledger decides.
 */
export function transitionError(from: AuthStatus, to: AuthStatus): string | null {
  if (from === to) return `the authorization is already ${statusLabel(to)}`;
  if (NEXT[from].includes(to)) return null;
  if (isTerminal(from)) return `a ${statusLabel(from)} authorization is final and cannot become ${statusLabel(to)}; track a new one instead`;
  const allowed = NEXT[from].map(statusLabel).join(', ');
  return `cannot go from ${statusLabel(from)} to ${statusLabel(to)}; from ${statusLabel(from)} it can become: ${allowed}`;
}

/** True for a reversal of a decision (denied → approved and the like), which needs strong evidence. */
export function isReversal(from: AuthStatus, to: AuthStatus): boolean {
  return (from === 'denied' || from === 'revoked') && APPROVALS.includes(to);
}
