/** One-line human summaries of ledger events, for history and alerts. */
import { claimedValue, type ClaimedValue } from '../core/claim-value.js';
import { unhandledEvent, type LedgerEvent } from '../core/events.js';
import { statusLabel } from '../core/lifecycle.js';
import type { Quantity } from '../core/model.js';
import { formatQuantity } from '../core/quantity.js';
import { displayName, fieldChangeLine, fieldTexts, type DisplayNames } from './field-text.js';

function q(x: Quantity | undefined): string {
  return x ? formatQuantity(x) : 'none';
}

/** Every field the edit touched, in words (status first when it moved). */
function fieldChanges<T extends object>(before: T, after: T, names: DisplayNames | undefined, skip?: readonly string[]): string {
  const texts = fieldTexts(before, after, skip, names);
  const first = texts.filter((t) => t.label === 'status');
  return fieldChangeLine([...first, ...texts.filter((t) => t.label !== 'status')]);
}

/** A claimed value in words: "approved with conditions", "over 400,000 chips". */
export function claimedText(value: ClaimedValue): string {
  return 'status' in value ? statusLabel(value.status) : 'quota' in value ? q(value.quota) : JSON.stringify(value.other);
}

/**
 * "status: pending → approved", "quota: none → over 400,000 chips", "order ord-1: 150,000
 * chips by ByteDance (placed)". With `names` (the ledger's records), ids read as display names.
 */
export function summarizeEvent(e: LedgerEvent, names?: DisplayNames): string {
  const party = (id: string) => displayName(names, 'party', id);
  switch (e.type) {
    case 'authorization.created':
      return `tracked as ${statusLabel(e.after.status)}${e.after.quota ? `, quota ${q(e.after.quota)}` : ''}`;
    case 'authorization.status_changed':
    case 'authorization.quota_changed':
    case 'authorization.updated':
      return fieldChanges(e.before, e.after, names) || 'evidence added';
    case 'authorization.reopened':
      return `reopened: ${fieldChanges(e.before, e.after, names)}`;
    case 'authorization.removed':
      return `removed from tracking${e.note ? `: ${e.note}` : ''}`;
    case 'authorization.restored':
      return `restored to tracking as ${statusLabel(e.after.status)}`;
    case 'condition.added':
      return `condition added (${e.after.status}): ${e.after.text}`;
    case 'condition.finalized':
      return `condition made final: ${e.after.text}`;
    case 'condition.changed':
      return `condition ${e.entityId}: ${fieldChanges(e.before, e.after, names, [])}`;
    case 'condition.removed':
      return `condition removed: ${e.before.text}`;
    case 'order.created':
      return `order ${e.after.id}: ${q(e.after.quantity)} by ${e.after.buyerLabel ?? party(e.after.buyerId ?? 'unnamed buyer')} (${e.after.status})`;
    case 'order.status_changed':
      return `order ${e.entityId}: ${e.from} → ${e.to}`;
    case 'order.updated':
      return `order ${e.entityId}: ${fieldChanges(e.before, e.after, names, ['evidence']) || 'evidence added'}`;
    case 'supply.set':
      return `supply of ${displayName(names, 'item', e.after.itemId)}${e.after.holderId ? ` at ${party(e.after.holderId)}` : ''}: ${e.before ? q(e.before.quantity) : 'none'} → ${q(e.after.quantity)}`;
    case 'claim.reported':
      return `reported (not applied): ${e.after.field} ${claimedText(claimedValue(e.after))}`;
    case 'entity.upserted':
      return `${e.entity} ${e.after.name ?? e.entityId} updated`;
    case 'entity.removed':
      return `${e.entity} ${'name' in e.before ? e.before.name : e.entityId} removed`;
    case 'party.added':
      return `party added: ${e.after.name}${e.after.parentId ? ` (part of ${party(e.after.parentId)})` : ''}`;
    case 'party.changed':
      return `party ${e.after.name}: ${fieldChanges(e.before, e.after, names, [])}`;
    case 'party.removed':
      return `party removed: ${e.before.name}`;
    default:
      return unhandledEvent(e);
  }
}

/** "admin Jane (slack:U1)" / "source reuters-h200". */
export function actorText(e: LedgerEvent): string {
  return `${e.actor.kind} ${e.actor.name ?? e.actor.id}`;
}
