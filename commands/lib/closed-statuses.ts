/** Statuses after which an authorization no longer covers anything. */
import type { AuthStatus } from '../../src/core/model.js';

/**
 * Decided against, ended or replaced: nothing can be ordered against it, and a new
 * `track add` for the same holders is a new application, not a copy.
 */
export const CLOSED_STATUSES: ReadonlySet<AuthStatus> = new Set<AuthStatus>([
  'denied',
  'revoked',
  'withdrawn',
  'returned_without_action',
  'expired',
  'superseded',
]);
