/** Turns ledger records into reply sections: shared by status, quota, list and history. */
import { statusLabel } from '../../src/core/lifecycle.js';
import type { Authorization, LedgerState } from '../../src/core/model.js';
import { formatQuantity, formatQuantityShort } from '../../src/core/quantity.js';
import { orderedText, quotaBar, type QuotaLine } from '../../src/core/quota.js';
import type { ReplyField, ReplySection } from '../../src/chat/reply.js';

/** Display name of a record, falling back to its id. */
export function nameOf(state: LedgerState, kind: 'party' | 'item' | 'authority', id: string | undefined): string {
  if (!id) return '—';
  return state[kind][id]?.name ?? id;
}

/** Holders of an authorization, with the group name where there is one. */
export function holdersText(state: LedgerState, auth: Authorization): string {
  const names = auth.holderIds.map((h) => nameOf(state, 'party', h)).join(', ');
  return auth.groupName ? `${auth.groupName} (${names})` : names;
}

/** Status with where it came from: "approved with conditions (wire report, disputed)". */
export function statusText(auth: Authorization): string {
  const tier = auth.provenance.status === 'admin' ? 'admin' : auth.provenance.status === 'official' ? 'official' : `${auth.provenance.status} report`;
  return `${statusLabel(auth.status)} (${tier}${auth.disputed ? ', disputed' : ''})`;
}

/** Fields of a quota line, including the text bar. */
export function quotaFields(line: QuotaLine): ReplyField[] {
  const fields: ReplyField[] = [
    { label: 'Approved', value: line.approved ? formatQuantity(line.approved) : 'no approved quota', inline: true },
    { label: 'Ordered', value: orderedText(line), inline: true },
    { label: 'Delivered', value: formatQuantity(line.delivered), inline: true },
  ];
  if (line.remaining) fields.push({ label: 'Remaining', value: line.remaining.text, inline: true });
  if (line.supply) fields.push({ label: 'Supply', value: formatQuantity(line.supply), inline: true });
  if (line.approved) fields.push({ label: 'Used', value: `\`${quotaBar(line.ordered.value, line.approved.value)}\``, inline: false });
  if (line.overCommitted.length) fields.push({ label: '⚠ Over-committed', value: line.overCommitted.join('; '), inline: false });
  return fields;
}

/** One section per quota line. */
export function quotaSections(lines: QuotaLine[]): ReplySection[] {
  return lines.map((line) => ({ heading: line.label, fields: quotaFields(line) }));
}

/** A table row for an authorization in lists. */
export function authorizationRow(state: LedgerState, a: Authorization): string[] {
  return [
    a.id,
    `${a.direction} · ${nameOf(state, 'authority', a.authorityId)}`,
    nameOf(state, 'item', a.itemId),
    holdersText(state, a),
    statusLabel(a.status) + (a.disputed ? ' (disputed)' : ''),
    a.quota ? formatQuantityShort(a.quota) : '—',
  ];
}

/** Columns matching authorizationRow. */
export const AUTHORIZATION_COLUMNS = ['id', 'direction · authority', 'item', 'holders', 'status', 'quota'];

/** Evidence links of an authorization, newest first. */
export function evidenceLinks(auth: Authorization, limit = 5): { title: string; url: string }[] {
  return auth.evidence
    .filter((e) => e.url)
    .slice(-limit)
    .reverse()
    .map((e) => ({ title: `${e.title}${e.publisher ? ` (${e.publisher})` : ''}${e.publishedAt ? `, ${e.publishedAt.slice(0, 10)}` : ''}`, url: e.url! }));
}
