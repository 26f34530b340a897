/** Whether two statuses say opposite things about one authorization. */
import type { AuthStatus } from './model.js';

const GRANTED: readonly AuthStatus[] = ['approved', 'approved_with_conditions', 'partially_approved'];
const REFUSED: readonly AuthStatus[] = ['denied', 'suspended', 'revoked', 'withdrawn', 'expired', 'returned_without_action'];

/** Opposite sides: an approval against a denial, suspension or revocation. */
export function conflicts(a: AuthStatus, b: AuthStatus): boolean {
  const side = (s: AuthStatus) => (GRANTED.includes(s) ? 1 : REFUSED.includes(s) ? -1 : 0);
  return side(a) * side(b) === -1;
}
