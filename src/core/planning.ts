/**
 * What every decision shares: who asks (ChangeMeta), the shape of a planner, and the small
 * helpers planners use to find records and make ids.
 */
import { DomainError } from './errors.js';
import type { Actor, Change } from './events.js';
import type { EntityKind, Evidence, LedgerState, Tier } from './model.js';

/** Who made a change, how much to trust it, and what backs it. */
export interface ChangeMeta {
  actor: Actor;
  tier: Tier;
  evidence?: Evidence;
  /** When the change took effect (defaults to now). */
  effectiveAt?: string;
  note?: string;
}

/**
 * Something that looks at the state and says what should change; throws DomainError to
 * refuse. The planners in changes/* are commands bound to their decision (see decide.ts).
 */
export type ChangePlanner = (state: LedgerState) => Change[];

/** Throws not_found unless the record exists; returns it. */
export function requireRecord<K extends EntityKind>(state: LedgerState, kind: K, id: string): LedgerState[K][string] {
  const record = state[kind][id];
  if (!record) throw new DomainError('not_found', `No ${kind} with id "${id}".`);
  return record as LedgerState[K][string];
}

/**
 * A fresh id `prefix-N`: one more than the highest N already used with this prefix, from
 * `start` (so the first order is ord-1 whatever else the collection holds, and numbers are
 * never reused after a removal).
 */
export function nextId(collection: Record<string, unknown>, prefix: string, start = 1): string {
  const numbered = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`);
  let n = start;
  for (const id of Object.keys(collection)) {
    const m = numbered.exec(id);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  while (collection[`${prefix}-${n}`]) n++;
  return `${prefix}-${n}`;
}

/** A lowercase slug for ids: "ByteDance H200 import" → "bytedance-h200-import". */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'record'
  );
}
