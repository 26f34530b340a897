/**
 * Record fields in words, for history lines, replies and alerts: "valid until: none →
 * 2 Dec 2026", never `validTo: null → "2026-12-02"`. One place says what each field is
 * called and how its values read, so history and alerts cannot drift apart.
 */
import { changedFields } from '../core/field-changes.js';
import { statusLabel } from '../core/lifecycle.js';
import { AUTH_STATUSES, quantitySchema, type AuthStatus, type LedgerState } from '../core/model.js';
import { formatQuantity } from '../core/quantity.js';

/** A changed field in words. */
export interface FieldText {
  label: string;
  before: string;
  after: string;
}

const LABELS: Record<string, string> = {
  name: 'name',
  aliases: 'aliases',
  direction: 'direction',
  authorityId: 'authority',
  itemId: 'item',
  holderIds: 'holders',
  groupName: 'group',
  status: 'status',
  quota: 'quota',
  allocations: 'allocations',
  validFrom: 'valid from',
  validTo: 'valid until',
  externalRef: 'reference',
  disputed: 'disputed',
  kind: 'kind',
  text: 'text',
  buyerId: 'buyer',
  buyerLabel: 'buyer',
  sellerId: 'seller',
  quantity: 'quantity',
  authorizationId: 'authorization',
  holderId: 'holder',
  asOf: 'as of',
  country: 'country',
  parentId: 'parent',
};

/** The records whose display names stand in for their ids ("ByteDance", not "bytedance"). */
export type DisplayNames = Pick<LedgerState, 'party' | 'authority' | 'item' | 'authorization'>;

// Which collection an id field points into.
const ID_FIELDS: Record<string, keyof DisplayNames> = {
  authorityId: 'authority',
  itemId: 'item',
  holderIds: 'party',
  holderId: 'party',
  buyerId: 'party',
  sellerId: 'party',
  parentId: 'party',
  authorizationId: 'authorization',
};

/** A record's display name, or its id when it is not (or no longer) known. */
export function displayName(names: DisplayNames | undefined, kind: keyof DisplayNames, id: string): string {
  return names?.[kind][id]?.name ?? id;
}

/** Fields that change on every report of the same story and are not shown as changes. */
export const BOOKKEEPING_FIELDS = ['evidence', 'provenance'] as const;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-12-02" → "2 Dec 2026"; other text unchanged. */
export function dateWords(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return text;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : text;
}

/** A field's label in words: validTo → "valid until". */
export function fieldLabel(field: string): string {
  return LABELS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** One value in words: quantities formatted, dates as dates, ids as names, lists joined, absent as "none". */
export function valueWords(field: string, value: unknown, names?: DisplayNames): string {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value.toLocaleString('en-US');
  if (typeof value === 'string') {
    if (field === 'status' && (AUTH_STATUSES as readonly string[]).includes(value)) return statusLabel(value as AuthStatus);
    const kind = ID_FIELDS[field];
    if (kind) return displayName(names, kind, value);
    return dateWords(value);
  }
  const quantity = quantitySchema.safeParse(value);
  if (quantity.success) return formatQuantity(quantity.data);
  if (Array.isArray(value)) {
    return value
      .map((v) => {
        if (typeof v === 'object' && v !== null && 'holderId' in v && 'quantity' in v) {
          return `${displayName(names, 'party', String(v.holderId))} ${valueWords('quantity', v.quantity)}`;
        }
        return valueWords(field, v, names);
      })
      .join(', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => `${fieldLabel(k)} ${valueWords(k, v, names)}`)
      .join(', ');
  }
  return String(value);
}

/** Every field that differs between two versions of a record, in words, leaving out bookkeeping. */
export function fieldTexts<T extends object>(before: T, after: T, skip: readonly string[] = BOOKKEEPING_FIELDS, names?: DisplayNames): FieldText[] {
  return changedFields(before, after, skip).map((c) => ({
    label: fieldLabel(c.field),
    before: valueWords(c.field, c.before, names),
    after: valueWords(c.field, c.after, names),
  }));
}

/** "status: pending → approved; valid until: none → 1 Dec 2026". */
export function fieldChangeLine(changes: readonly FieldText[]): string {
  return changes.map((c) => `${c.label}: ${c.before} → ${c.after}`).join('; ');
}
