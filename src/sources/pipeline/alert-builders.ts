/**
 * Alert events the pipeline raises itself (news, contradictions). Text from sources is
 * kept raw here: escaping for each platform happens when the alert is rendered.
 */
import type { AlertEvent } from '../../alerts/alert-event.js';
import { statusLabel } from '../../core/lifecycle.js';
import type { AuthStatus, Authorization, Evidence, LedgerState, Quantity } from '../../core/model.js';
import { formatQuantity } from '../../core/quantity.js';
import { authorizationQuota, itemQuota, type QuotaLine } from '../../core/quota.js';

function lineFigures(line: QuotaLine, prefix: string): AlertEvent['figures'] {
  const out: AlertEvent['figures'] = [];
  if (line.approved) out.push({ label: `${prefix}Approved`, value: formatQuantity(line.approved) });
  out.push({ label: `${prefix}Ordered`, value: formatQuantity(line.ordered) });
  if (line.remaining) out.push({ label: `${prefix}Remaining`, value: line.remaining.text });
  if (line.supply) out.push({ label: `${prefix}Supply`, value: formatQuantity(line.supply) });
  for (const s of line.overCommitted) out.push({ label: `${prefix}Over-committed`, value: s });
  return out;
}

/** Quota figures for an authorization, else for an item (each direction), else none. */
export function figuresFor(state: LedgerState, target: { authorizationId?: string; itemId?: string }): AlertEvent['figures'] {
  const auth = target.authorizationId ? state.authorization[target.authorizationId] : undefined;
  if (auth) return lineFigures(authorizationQuota(state, auth), '');
  if (target.itemId && state.item[target.itemId]) {
    const lines = itemQuota(state, target.itemId);
    return lines.flatMap((l) => lineFigures(l, lines.length > 1 ? `${l.label}: ` : ''));
  }
  return [];
}

/** What a news item (no fact, but tracked names) becomes. */
export function newsEvent(input: {
  state: LedgerState;
  sourceId: string;
  itemId: string;
  title: string;
  occurredAt: string;
  evidence: Evidence;
  holderIds: string[];
  trackedItemId?: string;
  authorityId?: string;
  quantity?: Quantity;
  why?: string;
}): AlertEvent {
  return {
    id: `news:${input.sourceId}:${input.itemId}`,
    kind: 'news',
    occurredAt: input.occurredAt,
    holderIds: input.holderIds,
    ...(input.trackedItemId ? { itemId: input.trackedItemId } : {}),
    ...(input.authorityId ? { authorityId: input.authorityId } : {}),
    ...(input.quantity ? { quantity: input.quantity } : {}),
    headline: input.title,
    changes: input.why ? [{ label: 'Note', after: input.why }] : [],
    figures: input.trackedItemId ? figuresFor(input.state, { itemId: input.trackedItemId }) : [],
    evidence: [input.evidence],
    seqs: [],
    sourceId: input.sourceId,
  };
}

/** The evidence behind an authorization's current status: the newest of the tier that set it. */
export function currentStatusEvidence(auth: Authorization): Evidence | undefined {
  const time = (e: Evidence) => Date.parse(e.publishedAt ?? e.seenAt) || 0;
  const sorted = [...auth.evidence].sort((a, b) => time(b) - time(a));
  return sorted.find((e) => e.tier === auth.provenance.status) ?? sorted[0];
}

function sourceName(e: Evidence | undefined, fallback: string): string {
  return e?.publisher ?? fallback;
}

/** Two sources disagree about an authorization's status. */
export function contradictionEvent(input: {
  state: LedgerState;
  sourceId: string;
  itemId: string;
  occurredAt: string;
  auth: Authorization;
  reported: AuthStatus;
  evidence: Evidence;
  /** When the report is about some of the authorization's holders only. */
  holderIds?: string[];
}): AlertEvent {
  const { auth } = input;
  const part = input.holderIds?.length ? ` for ${input.holderIds.map((h) => input.state.party[h]?.name ?? h).join(', ')}` : '';
  const current = currentStatusEvidence(auth);
  const theirs = sourceName(current, `an ${auth.provenance.status} source`);
  const ours = sourceName(input.evidence, input.sourceId);
  return {
    id: `contradiction:${input.sourceId}:${input.itemId}`,
    kind: 'contradiction',
    occurredAt: input.occurredAt,
    authorizationId: auth.id,
    itemId: auth.itemId,
    holderIds: [...(input.holderIds?.length ? input.holderIds : auth.holderIds)],
    authorityId: auth.authorityId,
    ...(auth.quota ? { quantity: auth.quota } : {}),
    headline: `${auth.name}: ${ours} reports ${statusLabel(input.reported)}${part}, ${theirs} says ${statusLabel(auth.status)}`,
    changes: [
      { label: `${theirs} (${current?.tier ?? auth.provenance.status})`, after: statusLabel(auth.status) },
      { label: `${ours} (${input.evidence.tier})`, after: statusLabel(input.reported) },
    ],
    figures: figuresFor(input.state, { authorizationId: auth.id }),
    evidence: current ? [input.evidence, current] : [input.evidence],
    seqs: [],
    sourceId: input.sourceId,
  };
}
