/** Parties in replies, and the refusal that says how to add a missing one. */
import { DomainError } from '../../src/core/errors.js';
import type { LedgerState, Party } from '../../src/core/model.js';
import { findMatches, resolveOne, type Match } from '../../src/core/resolve.js';

/** The exact command that adds a party with this name. */
export function partyAddCommand(name: string): string {
  const quoted = /[\s"]/.test(name) ? `"${name.replaceAll('"', '\\"')}"` : name;
  return `/greenlight party add name:${quoted}`;
}

/**
 * The party the text names; when none does, a not_found error that gives the exact
 * `party add` command to run (an ambiguous name still lists the candidates).
 */
export function requireParty(state: LedgerState, text: string, role = 'holder'): Match {
  if (!findMatches(state, text, ['party']).length) {
    throw new DomainError(
      'not_found',
      `No party matches "${text.trim()}". Add the ${role} first with \`${partyAddCommand(text.trim())}\`, or see \`/greenlight parties\`.`,
    );
  }
  return resolveOne(state, text, ['party']);
}

/** Subsidiaries of a party, by name. */
export function subsidiariesOf(state: LedgerState, id: string): Party[] {
  return Object.values(state.party).filter((p) => p.parentId === id);
}

/** Columns matching partyRow. */
export const PARTY_COLUMNS = ['id', 'name', 'kind', 'parent', 'aliases'];

/** A table row for a party in lists. */
export function partyRow(state: LedgerState, p: Party): string[] {
  return [p.id, p.name, p.kind ?? '—', p.parentId ? (state.party[p.parentId]?.name ?? p.parentId) : '—', p.aliases.join(', ') || '—'];
}
