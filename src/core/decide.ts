/**
 * decide(command, state) → changes: the one entry point from a request to what should happen.
 * Each command names its decision; the switch is exhaustive, so a new command does not
 * compile until it is decided here. Deciding never changes the state (evolve does that once
 * the store has the events), and a refusal is a DomainError.
 */
import {
  createAuthorization,
  removeAuthorization,
  updateAuthorization,
  type AuthorizationPatch,
  type NewAuthorization,
  type UpdateOptions,
} from './changes/authorization.js';
import { addCondition, removeCondition, updateCondition, type ConditionPatch, type NewCondition } from './changes/condition.js';
import { importLedger, upsertEntity, type LedgerExport } from './changes/entity.js';
import { addOrder, setSupply, updateOrder, type NewOrder, type NewSupply, type OrderPatch } from './changes/order.js';
import { addParty, removeParty, updateParty, type NewParty, type PartyPatch } from './changes/party.js';
import type { Change, RefKind } from './events.js';
import type { ChangeMeta } from './planning.js';
import type { LedgerState } from './model.js';

/** A request to change the ledger, as data. `meta` says who asks and what backs it. */
export type LedgerCommand =
  | { kind: 'authorization.create'; input: NewAuthorization; meta: ChangeMeta }
  | { kind: 'authorization.update'; id: string; patch: AuthorizationPatch; meta: ChangeMeta; options?: UpdateOptions }
  | { kind: 'authorization.remove'; id: string }
  | { kind: 'condition.add'; input: NewCondition }
  | { kind: 'condition.update'; id: string; patch: ConditionPatch }
  | { kind: 'condition.remove'; id: string }
  | { kind: 'order.add'; input: NewOrder; meta: ChangeMeta }
  | { kind: 'order.update'; id: string; patch: OrderPatch; meta: ChangeMeta }
  | { kind: 'supply.set'; input: NewSupply; meta: ChangeMeta }
  | { kind: 'party.add'; input: NewParty }
  | { kind: 'party.update'; id: string; patch: PartyPatch }
  | { kind: 'party.remove'; id: string }
  | { kind: 'entity.upsert'; entity: RefKind; record: unknown }
  | { kind: 'ledger.import'; data: LedgerExport };

/** The changes a command makes to this state; throws DomainError to refuse it. */
export function decide(command: LedgerCommand, state: LedgerState): Change[] {
  switch (command.kind) {
    case 'authorization.create':
      return createAuthorization(command.input, command.meta)(state);
    case 'authorization.update':
      return updateAuthorization(command.id, command.patch, command.meta, command.options)(state);
    case 'authorization.remove':
      return removeAuthorization(command.id)(state);
    case 'condition.add':
      return addCondition(command.input)(state);
    case 'condition.update':
      return updateCondition(command.id, command.patch)(state);
    case 'condition.remove':
      return removeCondition(command.id)(state);
    case 'order.add':
      return addOrder(command.input, command.meta)(state);
    case 'order.update':
      return updateOrder(command.id, command.patch, command.meta)(state);
    case 'supply.set':
      return setSupply(command.input, command.meta)(state);
    case 'party.add':
      return addParty(command.input)(state);
    case 'party.update':
      return updateParty(command.id, command.patch)(state);
    case 'party.remove':
      return removeParty(command.id)(state);
    case 'entity.upsert':
      return upsertEntity(command.entity, command.record)(state);
    case 'ledger.import':
      return importLedger(command.data)(state);
    default: {
      const unhandled: never = command;
      throw new Error(`unknown ledger command ${JSON.stringify(unhandled)}`);
    }
  }
}
