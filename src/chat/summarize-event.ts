/** One-line human summaries of ledger events, for history and alerts. */
import type { LedgerEvent } from '../core/events.js';
import { statusLabel } from '../core/lifecycle.js';
import type { Authorization, AuthStatus, Claim, Condition, Order, Quantity, Supply } from '../core/model.js';
import { formatQuantity } from '../core/quantity.js';

function q(x: Quantity | undefined): string {
  return x ? formatQuantity(x) : 'none';
}

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, skip: string[]): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => !skip.includes(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => `${k}: ${JSON.stringify(before[k] ?? null)} → ${JSON.stringify(after[k] ?? null)}`);
}

/** "status: pending → approved", "quota: none → over 400,000 chips", "order ord-1 created: ..." */
export function summarizeEvent(e: LedgerEvent): string {
  const before = e.before as Record<string, unknown> | null;
  const after = e.after as Record<string, unknown> | null;
  switch (e.type) {
    case 'authorization.created': {
      const a = after as unknown as Authorization;
      return `tracked as ${statusLabel(a.status)}${a.quota ? `, quota ${q(a.quota)}` : ''}`;
    }
    case 'authorization.status_changed': {
      const b = before as unknown as Authorization;
      const a = after as unknown as Authorization;
      return `status: ${statusLabel(b.status)} → ${statusLabel(a.status)}${JSON.stringify(a.quota) !== JSON.stringify(b.quota) ? `; quota: ${q(b.quota)} → ${q(a.quota)}` : ''}`;
    }
    case 'authorization.quota_changed':
      return `quota: ${q((before as unknown as Authorization).quota)} → ${q((after as unknown as Authorization).quota)}`;
    case 'authorization.updated':
      return fieldChanges(before ?? {}, after ?? {}, ['evidence', 'provenance']).join('; ') || 'evidence added';
    case 'authorization.removed':
      return 'removed from tracking';
    case 'condition.added':
      return `condition added (${(after as unknown as Condition).status}): ${(after as unknown as Condition).text}`;
    case 'condition.finalized':
      return `condition made final: ${(after as unknown as Condition).text}`;
    case 'condition.changed':
      return `condition ${e.entityId}: ${fieldChanges(before ?? {}, after ?? {}, []).join('; ')}`;
    case 'condition.removed':
      return `condition removed: ${((before ?? after) as unknown as Condition).text}`;
    case 'order.created': {
      const o = after as unknown as Order;
      return `order ${o.id}: ${q(o.quantity)} by ${o.buyerLabel ?? o.buyerId} (${o.status})`;
    }
    case 'order.status_changed':
      return `order ${e.entityId}: ${(before as unknown as Order).status} → ${(after as unknown as Order).status}`;
    case 'order.updated':
      return `order ${e.entityId}: ${fieldChanges(before ?? {}, after ?? {}, ['evidence']).join('; ') || 'evidence added'}`;
    case 'supply.set':
      return `supply of ${(after as unknown as Supply).itemId}: ${before ? q((before as unknown as Supply).quantity) : 'none'} → ${q((after as unknown as Supply).quantity)}`;
    case 'claim.reported': {
      const c = after as unknown as Claim;
      const value = c.field === 'quota' ? q(c.value as Quantity) : statusLabel(c.value as AuthStatus);
      return `reported (not applied): ${c.field} ${value}`;
    }
    default:
      return `${e.entity} ${e.entityId} ${after ? 'updated' : 'removed'}`;
  }
}

/** "admin Jane (slack:U1)" / "source reuters-h200". */
export function actorText(e: LedgerEvent): string {
  return `${e.actor.kind} ${e.actor.name ?? e.actor.id}`;
}
