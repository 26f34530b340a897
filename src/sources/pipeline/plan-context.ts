/** What planning one item needs and collects, shared by the text and structured paths. */
import type { AlertEvent } from '../../alerts/alert-event.js';
import { indexesOf } from '../../core/indexes.js';
import { nextId, type Change, type ChangeMeta, type ChangePlanner } from '../../core/ledger.js';
import { statusLabel } from '../../core/lifecycle.js';
import { conflicts } from '../../core/status-conflict.js';
import type { AuthStatus, Authorization, Claim, Evidence, LedgerState, Quantity } from '../../core/model.js';
import { formatQuantity } from '../../core/quantity.js';
import type { Scratch } from './scratch.js';
import type { StoryIndex, StoryRef } from './story-index.js';
import type { IngestBatch, SourceItem } from './types.js';

/** The id prefix of a confirmation alert (planText keeps it when it drops the other alerts of a retelling). */
export const CONFIRMED_PREFIX = 'confirmed:';

/** The item being planned and everything known about it before looking at the ledger. */
export interface ItemContext {
  batch: IngestBatch;
  item: SourceItem;
  evidence: Evidence;
  /** Actor, tier and evidence for every planner of this item. */
  meta: ChangeMeta;
  /** Story time: published, else fetched (ms). */
  storyAt: number;
  occurredAt: string;
  windowMs: number;
  stories: StoryIndex;
  /** Story keys already recorded for this item (an edited item may bring new ones). */
  seenKeys: Set<string> | undefined;
}

/** What planning collects: outcome lines, alerts, and the story keys with the records they touched. */
export interface Collected {
  scratch: Scratch;
  lines: string[];
  alerts: AlertEvent[];
  stories: { key: string; refs: StoryRef[]; root?: string }[];
}

/** Remembers that a story changed these records; `root` when this key is another wording of an earlier telling's story. */
export function addStory(acc: Collected, key: string, refs: StoryRef[], root?: string): void {
  const entry = acc.stories.find((s) => s.key === key);
  if (entry) entry.refs.push(...refs.filter((r) => !entry.refs.some((x) => x.entity === r.entity && x.id === r.id)));
  else acc.stories.push({ key, refs: [...refs], ...(root && root !== key ? { root } : {}) });
}

/** The records a batch of changes touched, for the story index. */
export function refsOf(changes: readonly Change[]): StoryRef[] {
  const refs: StoryRef[] = [];
  for (const c of changes) {
    if ((c.entity === 'authorization' || c.entity === 'order' || c.entity === 'claim') && !refs.some((r) => r.entity === c.entity && r.id === c.entityId)) {
      refs.push({ entity: c.entity, id: c.entityId });
    }
  }
  return refs;
}

/**
 * A claim kept beside the authorization's value. The core makes claims itself when a
 * weaker source disagrees; the pipeline also makes them for hedged reports and for
 * statements about part of a group, which must not change the group at all.
 */
export function planClaim(
  authId: string,
  field: Claim['field'],
  value: unknown,
  evidence: Evidence,
  options: { merge?: boolean; into?: string; holderIds?: readonly string[] } = {},
): ChangePlanner {
  return (state) => {
    // The same claim from another source is one claim with one more supporter, not a second
    // claim. Not for a report about some of a group's holders: another holder's same status
    // is another event, so it joins only the claim `into` made for the same holders.
    const same = (indexesOf(state).claimsByAuthorization.get(authId) ?? []).find(
      (c) =>
        c.field === field && JSON.stringify(c.value) === JSON.stringify(value) && c.review !== 'rejected' && (options.merge !== false || c.id === options.into),
    );
    if (same) {
      const sources = [same.evidence, ...(same.support ?? [])];
      if (sources.some((e) => (e.url && e.url === evidence.url) || (e.title === evidence.title && e.publisher === evidence.publisher))) return [];
      const record: Claim = { ...same, support: [...(same.support ?? []), evidence] };
      return [{ type: 'claim.reported', entity: 'claim', entityId: same.id, authorizationId: authId, before: same, after: record }];
    }
    const id = nextId(state.claim, `claim-${authId}`);
    const record: Claim = { id, authorizationId: authId, field, value, evidence, ...(options.holderIds?.length ? { holderIds: [...options.holderIds] } : {}) };
    const changes: Change[] = [{ type: 'claim.reported', entity: 'claim', entityId: id, authorizationId: authId, before: null, after: record }];
    // Earlier claims this one contradicts keep it as a source against them.
    for (const c of indexesOf(state).claimsByAuthorization.get(authId) ?? []) {
      if (field !== 'status' || c.field !== 'status' || !conflicts(value as AuthStatus, c.value as AuthStatus)) continue;
      changes.push({
        type: 'claim.reported',
        entity: 'claim',
        entityId: c.id,
        authorizationId: authId,
        before: c,
        after: { ...c, against: [...(c.against ?? []), evidence] },
      });
    }
    return changes;
  };
}

/** True when the link is already evidence on the authorization or on one of its claims. */
export function linkSeenOnAuthorization(state: LedgerState, authId: string, link: string | undefined): boolean {
  if (!link) return false;
  const auth = state.authorization[authId];
  if (auth?.evidence.some((e) => e.url === link)) return true;
  return (indexesOf(state).claimsByAuthorization.get(authId) ?? []).some((c) => c.evidence.url === link);
}

function valueText(field: Claim['field'], value: unknown): string {
  if (field === 'status') return statusLabel(value as AuthStatus);
  return formatQuantity(value as Quantity);
}

/** One outcome phrase for the changes an authorization edit produced. */
export function describeAuthChanges(changes: readonly Change[], before: Authorization): string {
  const parts: string[] = [];
  for (const c of changes) {
    if (c.type === 'claim.reported' && c.before) {
      const claim = c.after;
      parts.push(`claim ${claim.id}: ${1 + (claim.support?.length ?? 0)} sources for, ${claim.against?.length ?? 0} against`);
    } else if (c.type === 'claim.reported') {
      const claim = c.after;
      const current = claim.field === 'status' ? statusLabel(before.status) : before.quota ? formatQuantity(before.quota) : 'none';
      const tier = claim.field === 'status' ? before.provenance.status : (before.provenance.quota ?? before.provenance.status);
      parts.push(`claim: ${claim.field} ${valueText(claim.field, claim.value)} (${tier} value kept: ${current}) on ${before.id}`);
    } else if (c.type === 'authorization.status_changed') {
      const after = c.after;
      parts.push(`status ${statusLabel(before.status)} → ${statusLabel(after.status)} on ${before.id}`);
    } else if (c.type === 'authorization.quota_changed') {
      const after = c.after;
      parts.push(`quota ${before.quota ? formatQuantity(before.quota) : 'none'} → ${after.quota ? formatQuantity(after.quota) : 'none'} on ${before.id}`);
    } else if (c.type === 'authorization.updated') {
      const after = c.after;
      const fields: string[] = [];
      if (after.validFrom !== before.validFrom) fields.push(`valid from ${after.validFrom ?? 'none'}`);
      if (after.validTo !== before.validTo) fields.push(`valid to ${after.validTo ?? 'none'}`);
      if (after.externalRef !== before.externalRef) fields.push(`ref ${after.externalRef ?? 'none'}`);
      if (after.name !== before.name) fields.push(`name ${after.name}`);
      if (after.disputed !== before.disputed) fields.push(after.disputed ? 'marked disputed' : 'no longer disputed');
      const added = after.evidence.length - before.evidence.length;
      parts.push(fields.length ? `updated ${before.id}: ${fields.join(', ')}` : `evidence added to ${before.id} (+${added} evidence)`);
    }
  }
  return parts.join('; ');
}
