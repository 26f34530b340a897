/** What a claim says, read as the field it is about (claims store their value untyped). */
import { AUTH_STATUSES, quantitySchema, type AuthStatus, type Claim, type Quantity } from './model.js';

/** A claimed status or quota; `other` for a value that is neither (kept as reported). */
export type ClaimedValue = { field: 'status'; status: AuthStatus } | { field: 'quota'; quota: Quantity } | { field: Claim['field']; other: unknown };

const isStatus = (value: unknown): value is AuthStatus => (AUTH_STATUSES as readonly unknown[]).includes(value);

/** Reads a claim's value as a status or a quantity, checked, without casts. */
export function claimedValue(claim: Pick<Claim, 'field' | 'value'>): ClaimedValue {
  if (claim.field === 'status' && isStatus(claim.value)) return { field: 'status', status: claim.value };
  if (claim.field === 'quota') {
    const quota = quantitySchema.safeParse(claim.value);
    if (quota.success) return { field: 'quota', quota: quota.data };
  }
  return { field: claim.field, other: claim.value };
}
