/** `/greenlight status [target]`: the overview, or one authorization, holder or item in detail. */
import { z } from 'zod';
import { AUTH_STATUSES, type Authorization, type LedgerState, type Party } from '../src/core/model.js';
import { indexesOf } from '../src/core/indexes.js';
import { statusLabel } from '../src/core/lifecycle.js';
import { formatQuantity } from '../src/core/quantity.js';
import { authorizationQuota, itemQuota } from '../src/core/quota.js';
import { DomainError } from '../src/core/errors.js';
import { resolveOne, type Match } from '../src/core/resolve.js';
import { findRemoved, removedLine } from './lib/removed-lookup.js';
import { AUTHORIZATION_COLUMNS, authorizationRow, evidenceLinks, holdersText, nameOf, quotaFields, quotaSections, statusText } from './lib/record-fields.js';
import { ORDER_COLUMNS, orderDetail, orderNamed, orderRow } from './lib/order-detail.js';
import { subsidiariesOf } from './lib/party-text.js';
import type { Command } from './lib/types.js';
import type { Reply } from '../src/chat/reply.js';
import type { Ledger } from '../src/core/ledger.js';

const MAX_ROWS = 15;

// The overview depends only on the ledger state: computed once per change, not per query.
const overviewMemo = new WeakMap<LedgerState, { seq: number; reply: Reply }>();

function overview(state: LedgerState): Reply {
  const memo = overviewMemo.get(state);
  if (memo && memo.seq === state.seq) return memo.reply;
  const reply = computeOverview(state);
  overviewMemo.set(state, { seq: state.seq, reply });
  return reply;
}

function computeOverview(state: LedgerState): Reply {
  const auths = indexesOf(state).authorizations;
  const counts = indexesOf(state).statusCounts;
  const byStatus = AUTH_STATUSES.filter((s) => counts.has(s))
    .map((s) => `${statusLabel(s)}: ${counts.get(s)}`)
    .join(' · ');
  const warnings = Object.keys(state.item).flatMap((itemId) => itemQuota(state, itemId).flatMap((l) => l.overCommitted.map((w) => `${l.label}: ${w}`)));
  const shown = auths.slice(0, MAX_ROWS);
  return {
    severity: warnings.length ? 'warning' : 'info',
    title: 'Greenlight status',
    text: auths.length
      ? `${auths.length} tracked authorization${auths.length === 1 ? '' : 's'} · ${byStatus}`
      : 'Nothing is tracked yet. An admin can add an authorization with `/greenlight track add`.',
    sections: [
      ...(warnings.length ? [{ heading: '⚠ Over-committed', text: [...new Set(warnings)].join('\n') }] : []),
      ...(auths.length > MAX_ROWS
        ? [{ text: `Showing ${MAX_ROWS} of ${auths.length}. Narrow it with \`/greenlight list status:<status> item:<item>\`.` }]
        : []),
    ],
    ...(auths.length ? { table: { columns: AUTHORIZATION_COLUMNS, rows: shown.map((a) => authorizationRow(state, a)) } } : {}),
  };
}

/** Detail reply for one authorization (used by status and by alerts). */
export function authorizationDetail(state: LedgerState, a: Authorization): Reply {
  const idx = indexesOf(state);
  const conditions = idx.conditionsByAuthorization.get(a.id) ?? [];
  const claims = idx.claimsByAuthorization.get(a.id) ?? [];
  const fields = [
    { label: 'Status', value: statusText(a), inline: true },
    { label: 'Direction', value: `${a.direction} · ${nameOf(state, 'authority', a.authorityId)}`, inline: true },
    { label: 'Item', value: nameOf(state, 'item', a.itemId), inline: true },
    { label: 'Holders', value: holdersText(state, a), inline: false },
    { label: 'Quota', value: a.quota ? formatQuantity(a.quota) : 'none set', inline: true },
  ];
  if (a.allocations.length)
    fields.push({
      label: 'Allocations',
      value: a.allocations.map((al) => `${nameOf(state, 'party', al.holderId)}: ${formatQuantity(al.quantity)}`).join('\n'),
      inline: false,
    });
  if (a.validFrom || a.validTo) fields.push({ label: 'Valid', value: `${a.validFrom ?? '…'} → ${a.validTo ?? '…'}`, inline: true });
  if (a.externalRef) fields.push({ label: 'Reference', value: a.externalRef, inline: true });
  const sections = [{ fields }, { heading: 'Quota accounting', fields: quotaFields(authorizationQuota(state, a)) }];
  if (conditions.length)
    sections.push({ heading: 'Conditions', fields: conditions.map((c) => ({ label: `${c.id} · ${c.kind} · ${c.status}`, value: c.text, inline: false })) });
  if (claims.length)
    sections.push({
      heading: 'Reported, not confirmed',
      fields: claims.map((c) => ({
        label: `${c.field} per ${c.evidence.publisher ?? c.evidence.title}`,
        // A report about some of the holders is about them only: say whom.
        value: `${c.field === 'quota' ? formatQuantity(c.value as never) : statusLabel(c.value as never)}${c.holderIds?.length ? `, for ${c.holderIds.map((h) => state.party[h]?.name ?? h).join(', ')} only` : ''}`,
        inline: false,
      })),
    });
  return { severity: a.disputed ? 'warning' : 'info', title: `${a.name} (${a.id})`, sections, links: evidenceLinks(a) };
}

/** Detail reply for one party: who it is, its parent and subsidiaries, authorizations and orders. */
function partyDetail(state: LedgerState, party: Party, auths: readonly Authorization[]): Reply {
  const parent = party.parentId ? state.party[party.parentId] : undefined;
  const subsidiaries = subsidiariesOf(state, party.id);
  const orders = Object.values(state.order).filter((o) => o.buyerId === party.id || o.sellerId === party.id);
  const fields = [
    ...(party.kind ? [{ label: 'Kind', value: party.kind, inline: true }] : []),
    ...(party.aliases.length ? [{ label: 'Also known as', value: party.aliases.join(', '), inline: false }] : []),
    ...(parent ? [{ label: 'Part of', value: `${parent.name} (${parent.id})`, inline: true }] : []),
    ...(subsidiaries.length ? [{ label: 'Subsidiaries', value: subsidiaries.map((p) => `${p.name} (${p.id})`).join(', '), inline: false }] : []),
  ];
  return {
    severity: 'info',
    title: `${party.name} (${party.id}): ${auths.length} authorization${auths.length === 1 ? '' : 's'}, ${orders.length} order${orders.length === 1 ? '' : 's'}`,
    sections: [
      ...(fields.length ? [{ fields }] : []),
      ...(orders.length
        ? [
            {
              heading: 'Orders',
              text: orders
                .slice(0, 10)
                .map((o) => orderRow(state, o))
                .map((r) => ORDER_COLUMNS.map((c, i) => (i === 0 ? r[i] : `${c}: ${r[i]}`)).join(' · '))
                .join('\n'),
            },
          ]
        : []),
    ],
    ...(auths.length
      ? { table: { columns: AUTHORIZATION_COLUMNS, rows: auths.slice(0, 25).map((a) => authorizationRow(state, a)) } }
      : { text: 'No authorizations tracked.' }),
  };
}

/** A removed authorization is shown as removed (when, by whom, why); anything else stays not found. */
async function removedOr(ledger: Ledger, target: string, notFound: DomainError): Promise<Reply> {
  const removed = await findRemoved(ledger, target);
  if (!removed) throw notFound;
  return { severity: 'warning', title: `${removed.record.name} (${removed.record.id}): removed from tracking`, text: removedLine(removed) };
}

export const status = {
  name: 'status',
  description: 'Overview of tracked approvals, or one authorization, holder, item or order in detail',
  options: [
    {
      name: 'target',
      description: 'An authorization, holder or item (id, name or alias), or an order id',
      type: 'string',
      positional: true,
      autocomplete: ['authorization', 'party', 'item'],
    },
  ],
  input: z.object({ target: z.string().optional() }),
  permission: 'everyone',
  // Not async: a query that can answer synchronously goes straight into the platform's first
  // answer (Slack's ack) in the same turn; only the removed-record lookup reads the journal.
  run({ target }, { ledger }) {
    const state = ledger.state;
    if (!target) return overview(state);
    const order = orderNamed(state, target);
    if (order) return orderDetail(state, order);
    let match: Match;
    try {
      match = resolveOne(state, target, ['authorization', 'party', 'item']);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'not_found') return removedOr(ledger, target, error);
      throw error;
    }
    if (match.kind === 'authorization') return authorizationDetail(state, state.authorization[match.id]!);
    const idx = indexesOf(state);
    const auths = (match.kind === 'party' ? idx.authorizationsByHolder : idx.authorizationsByItem).get(match.id) ?? [];
    if (match.kind === 'party') return partyDetail(state, state.party[match.id]!, auths);
    return {
      severity: 'info',
      title: `${match.name}: ${auths.length} authorization${auths.length === 1 ? '' : 's'}`,
      ...(auths.length
        ? { table: { columns: AUTHORIZATION_COLUMNS, rows: auths.slice(0, 25).map((a) => authorizationRow(state, a)) } }
        : { text: 'No authorizations tracked.' }),
      ...(match.kind === 'item' ? { sections: quotaSections(itemQuota(state, match.id)) } : {}),
    };
  },
} satisfies Command<z.ZodObject<{ target: z.ZodOptional<z.ZodString> }>>;
