/**
 * Holders, buyers and sellers typed in commands must be parties the ledger knows: a typo
 * ("Bytedanse") or a new company is refused with the exact command that adds it, rather
 * than stored as a label nobody can find again.
 */
import { DomainError } from '../../src/core/errors.js';
import type { LedgerState } from '../../src/core/model.js';
import { findMatches, resolveOne } from '../../src/core/resolve.js';

/** How `name` is typed as an option value: quoted when it has spaces or quotes. */
function optionValue(name: string): string {
  return /[\s"':]/.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : name;
}

/** The id of the one party `name` names; unknown names get the `party add` command to run. */
export function knownParty(state: LedgerState, name: string): string {
  if (findMatches(state, name, ['party']).length === 0) {
    throw new DomainError('invalid_input', `Unknown party "${name}". Add it first: \`/greenlight party add name:${optionValue(name)}\`.`);
  }
  return resolveOne(state, name, ['party']).id;
}
