/** Finds a removed authorization by id, name or alias in the kept history. */
import type { Ledger } from '../../src/core/ledger.js';
import { namesRecord, removedFromHistory, type RemovedAuthorization } from '../../src/core/removed.js';
import { slugify } from '../../src/core/planning.js';
import { statusLabel } from '../../src/core/lifecycle.js';

/** The removed authorization `text` names, or undefined. Reads history only when nothing tracked matched. */
export async function findRemoved(ledger: Ledger, text: string): Promise<RemovedAuthorization | undefined> {
  for (const id of new Set([text.trim(), slugify(text)])) {
    const found = removedFromHistory(await ledger.history({ authorizationId: id }));
    if (found) return found;
  }
  // By name or alias: the removal events carry the record as it was.
  const all = await ledger.history({});
  const removal = [...all].reverse().find((e) => e.type === 'authorization.removed' && namesRecord(e.before, text));
  if (!removal || ledger.state.authorization[removal.entityId]) return undefined;
  return removedFromHistory(all.filter((e) => e.authorizationId === removal.entityId || (e.entity === 'authorization' && e.entityId === removal.entityId)));
}

/** "Removed 2026-12-01 05:40 by admin Jane: duplicate entry (it was approved)." */
export function removedLine(removed: RemovedAuthorization): string {
  const e = removed.removal;
  const who = `${e.actor.kind} ${e.actor.name ?? e.actor.id}`;
  return `Removed ${e.recordedAt.slice(0, 16).replace('T', ' ')} by ${who}${e.note ? `: ${e.note}` : ''} (it was ${statusLabel(removed.record.status)}). Its history is kept; bring it back with \`/greenlight track restore ${removed.record.id}\`.`;
}
