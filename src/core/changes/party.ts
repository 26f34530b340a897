/** Planners for parties as records of their own: add, edit and remove, with parents. */
import { DomainError } from '../errors.js';
import type { Change } from '../events.js';
import { requireRecord, slugify, type ChangePlanner } from '../planning.js';
import { partySchema, type LedgerState, type Party } from '../model.js';
import { refuseReservedId } from './reserved-id.js';

/** What adding a party takes; the id defaults to a slug of the name. */
export type NewParty = Omit<Party, 'id' | 'aliases'> & { id?: string; aliases?: string[] };

/** Fields a party edit may change. */
export type PartyPatch = Partial<Omit<Party, 'id'>>;

const key = (text: string) => text.normalize('NFKC').trim().toLowerCase();

function checkParty(state: LedgerState, party: Party): Party {
  const parsed = partySchema.safeParse(party);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError('invalid_input', `Invalid party: ${issue.path.join('.')}: ${issue.message}`);
  }
  // A name or alias that already names another party would make lookups ambiguous.
  const names = new Set([party.name, ...party.aliases].map(key));
  for (const other of Object.values(state.party)) {
    if (other.id === party.id) continue;
    const clash = [other.id, other.name, ...other.aliases].find((n) => names.has(key(n)));
    if (clash) throw new DomainError('conflict', `"${clash}" already names the party ${other.name} (id ${other.id}).`);
  }
  if (party.parentId !== undefined) {
    requireRecord(state, 'party', party.parentId);
    // Walking up from the parent must never reach this party again.
    for (let at: string | undefined = party.parentId, steps = 0; at !== undefined && steps < 1000; steps++) {
      if (at === party.id)
        throw new DomainError('invalid_input', `${party.name} cannot belong to ${state.party[party.parentId]!.name}: that would make it its own parent.`);
      at = state.party[at]?.parentId;
    }
  }
  return parsed.data;
}

/** Plans adding a party. */
export function addParty(input: NewParty): ChangePlanner {
  return (state) => {
    const id = input.id ?? slugify(input.name);
    refuseReservedId('party', id);
    const existing = state.party[id];
    if (existing) throw new DomainError('conflict', `The party ${existing.name} already exists (id ${id}). Change it with \`/greenlight party edit ${id}\`.`);
    const after = checkParty(state, { ...input, id, aliases: [...new Set(input.aliases ?? [])] });
    return [{ type: 'party.added', entity: 'party', entityId: id, before: null, after }];
  };
}

/** Plans a party edit. */
export function updateParty(id: string, patch: PartyPatch): ChangePlanner {
  return (state) => {
    const before = requireRecord(state, 'party', id);
    const after = checkParty(state, { ...before, ...patch, id });
    if (JSON.stringify(after) === JSON.stringify(before)) throw new DomainError('invalid_input', `Nothing to change: ${before.name} already has those values.`);
    return [{ type: 'party.changed', entity: 'party', entityId: id, before, after }];
  };
}

/** What still refers to a party, in words ("holder of cn-h200-import-group"). */
export function partyReferences(state: LedgerState, id: string): string[] {
  const refs: string[] = [];
  for (const a of Object.values(state.authorization)) if (a.holderIds.includes(id)) refs.push(`holder of ${a.id}`);
  for (const o of Object.values(state.order)) {
    if (o.buyerId === id) refs.push(`buyer in ${o.id}`);
    if (o.sellerId === id) refs.push(`seller in ${o.id}`);
  }
  for (const s of Object.values(state.supply)) if (s.holderId === id) refs.push(`holder of supply ${s.id}`);
  for (const p of Object.values(state.party)) if (p.parentId === id) refs.push(`parent of ${p.name}`);
  return refs;
}

/** Plans removing a party; refused while anything refers to it. */
export function removeParty(id: string): ChangePlanner {
  return (state): Change[] => {
    const before = requireRecord(state, 'party', id);
    const refs = partyReferences(state, id);
    if (refs.length) {
      const shown = refs.slice(0, 5).join(', ') + (refs.length > 5 ? ` and ${refs.length - 5} more` : '');
      throw new DomainError('conflict', `${before.name} is still in use (${shown}); remove or change those first. Nothing was changed.`);
    }
    return [{ type: 'party.removed', entity: 'party', entityId: id, before, after: null }];
  };
}
