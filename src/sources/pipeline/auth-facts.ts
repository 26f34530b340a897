/**
 * Turning one status/quota statement about an authorization into changes: corroboration
 * (evidence only), a change, a claim beside a stronger value, or a new authorization.
 * Shared by headlines and structured facts.
 */
import { createAuthorization, updateAuthorization, type AuthorizationPatch, type NewAuthorization } from '../../core/changes/authorization.js';
import { updateOrder } from '../../core/changes/order.js';
import { DomainError } from '../../core/errors.js';
import { isActiveApproval } from '../../core/lifecycle.js';
import { tierRank, type AuthStatus, type Authorization, type Claim, type Direction, type Quantity } from '../../core/model.js';
import { contradictionEvent, currentStatusEvidence } from './alert-builders.js';
import type { AuthMatch } from './matching.js';
import { generatedId, generatedName, inferAuthority } from './matching.js';
import { conflicts } from '../../core/status-conflict.js';
import { addStory, describeAuthChanges, linkSeenOnAuthorization, planClaim, refsOf, type Collected, type ItemContext } from './plan-context.js';
import type { StoryEntry } from './story-index.js';
import type { CandidateEvent } from '../extract/index.js';

/** The status a decision or request tells. */
export const STATUS_OF_KIND: Partial<Record<CandidateEvent['kind'], AuthStatus>> = {
  grant: 'approved',
  denial: 'denied',
  suspension: 'suspended',
  revocation: 'revoked',
  application: 'applied',
};

/** A statement about an authorization's status, quota or dates. */
export interface AuthStatement {
  key: string;
  status?: AuthStatus;
  quota?: Quantity;
  /** Hedged or low confidence: may add a claim, never change a value. */
  hedged: boolean;
  /** The fields read and the words they came from (shown on a contradiction alert). */
  why?: string;
  /** The holders named, when they are only some of the authorization's (the claim and its alert are about them). */
  holderIds?: string[];
  /** Other fields an official source sets directly (validFrom, externalRef, validTo). */
  extra?: Pick<AuthorizationPatch, 'validFrom' | 'validTo' | 'externalRef'>;
  /** When it changes nothing, the record itself told again: one more source, no alert. */
  retells?: boolean;
}

function sameQuota(a: Quantity | undefined, b: Quantity | undefined): boolean {
  return !!a && !!b && a.value === b.value && a.qualifier === b.qualifier && a.unit === b.unit;
}

/** "approved" in a headline does not undo known conditions: it agrees with any active approval. */
function agrees(reported: AuthStatus, current: AuthStatus): boolean {
  return reported === current || (reported === 'approved' && isActiveApproval(current));
}

/** True when the current status came, recently, from another source of at least the same tier. */
function freshFromOther(ctx: ItemContext, auth: Authorization): boolean {
  const current = currentStatusEvidence(auth);
  if (!current || tierRank(current.tier) < tierRank(ctx.meta.tier)) return false;
  if (current.publisher && current.publisher === ctx.evidence.publisher) return false;
  const at = Date.parse(current.publishedAt ?? current.seenAt);
  return !Number.isNaN(at) && Math.abs(at - ctx.storyAt) <= ctx.windowMs;
}

function claims(acc: Collected, ctx: ItemContext, auth: Authorization, fields: [Claim['field'], unknown][], holderIds?: readonly string[]): void {
  const about = holderIds?.length ? ` (about ${holderIds.map((h) => acc.scratch.state.party[h]?.name ?? h).join(', ')} only)` : '';
  for (const [field, value] of fields) {
    // The claim an earlier report about the same holders made, told again after its story's window.
    const into = holderIds?.length ? ctx.stories.claimAbout(holderIds, (id) => acc.scratch.state.claim[id]?.authorizationId === auth.id) : undefined;
    const result = acc.scratch.run(
      planClaim(auth.id, field, value, ctx.evidence, { merge: !about, ...(into ? { into } : {}), ...(about ? { holderIds: holderIds! } : {}) }),
    );
    if (!(result instanceof DomainError)) acc.lines.push(describeAuthChanges(result, auth) + about);
  }
}

/** Applies a statement to the authorization it matched. */
export function applyToAuthorization(acc: Collected, ctx: ItemContext, match: AuthMatch, s: AuthStatement): void {
  const auth = match.auth;
  // An edited item keeps its link; whether its new text is a new fact is decided by its story keys.
  if (!ctx.item.isUpdate && linkSeenOnAuthorization(acc.scratch.state, auth.id, ctx.item.link)) {
    acc.lines.push(`already ingested (evidence on ${auth.id})`);
    return;
  }
  const changes: AuthorizationPatch = {};
  if (s.status && !agrees(s.status, auth.status)) changes.status = s.status;
  if (s.quota && !sameQuota(s.quota, auth.quota)) changes.quota = s.quota;
  for (const [k, v] of Object.entries(s.extra ?? {}) as [keyof NonNullable<AuthStatement['extra']>, string | undefined][]) {
    if (v !== undefined && auth[k] !== v) changes[k] = v;
  }
  const conflicting = !!changes.status && conflicts(changes.status, auth.status);
  // News never rewrites a tracked record: every tracked value was set by an admin, the seed
  // (config counts as an admin fact) or an official source, so a report sits beside it as a
  // claim with its sources for and against. Only an official source (apply mode) changes it.
  const claimOnly = ctx.batch.mode === 'report' || s.hedged || match.fit === 'partial' || (conflicting && freshFromOther(ctx, auth));
  const before = acc.scratch.changes.length;
  // The holders a statement about part of a group is about.
  const part = match.fit === 'partial' ? s.holderIds : undefined;

  if (claimOnly && (changes.status || changes.quota)) {
    const fields: [Claim['field'], unknown][] = [];
    if (changes.status) fields.push(['status', changes.status]);
    if (changes.quota) fields.push(['quota', changes.quota]);
    claims(acc, ctx, auth, fields, part);
  } else {
    const result = acc.scratch.run(updateAuthorization(auth.id, changes, ctx.meta));
    if (result instanceof DomainError) {
      // A report of a move the lifecycle does not allow (approved → denied) is still news
      // worth keeping: as a claim, with the reason in the outcome.
      if (changes.status && result.code === 'invalid_transition') {
        claims(acc, ctx, auth, [['status', changes.status]], part);
        acc.lines.push(`(not applied: ${result.message})`);
      } else {
        acc.lines.push(`no change to ${auth.id}: ${result.message}`);
      }
    } else {
      acc.lines.push(describeAuthChanges(result, auth));
      if (s.retells && !Object.keys(changes).length) acc.lines.push(`told again: ${auth.id} already holds this (${auth.status.replace(/_/g, ' ')})`);
    }
  }
  const made = acc.scratch.changes.slice(before);
  if (made.length) addStory(acc, s.key, refsOf(made));
  // One more source for a contradiction already raised is not a second contradiction.
  const claimed = made.some((c) => c.type === 'claim.reported' && c.before === null && c.after.field === 'status');
  if (conflicting && claimed) {
    acc.alerts.push(
      contradictionEvent({
        state: acc.scratch.state,
        sourceId: ctx.batch.sourceId,
        itemId: ctx.item.id,
        occurredAt: ctx.occurredAt,
        auth,
        reported: changes.status!,
        evidence: ctx.evidence,
        ...(part?.length ? { holderIds: part } : {}),
        ...(s.why ? { why: s.why } : {}),
      }),
    );
    acc.lines.push(`contradiction with ${currentStatusEvidence(auth)?.publisher ?? `the ${auth.provenance.status} value`}`);
  }
}

/** What a new authorization needs beyond the statement. */
export interface NewAuthInput {
  itemId: string;
  direction: Direction;
  holderIds: string[];
  namedAuthorityId?: string;
  name?: string;
}

/** Creates an authorization for a firm statement nothing matched; false when it cannot. */
export function createFromStatement(acc: Collected, ctx: ItemContext, input: NewAuthInput, s: AuthStatement): boolean {
  const state = acc.scratch.state;
  const authorityId = inferAuthority(state, input.itemId, input.direction, input.namedAuthorityId);
  if (!authorityId || !s.status || input.holderIds.length === 0) return false;
  const base = { authorityId, itemId: input.itemId, direction: input.direction, holderIds: input.holderIds };
  const record: NewAuthorization = {
    ...base,
    id: generatedId(state, base),
    name: input.name ?? generatedName(state, base),
    status: s.status,
    ...(s.quota ? { quota: s.quota } : {}),
    ...(input.holderIds.length > 1 ? { groupName: input.holderIds.map((h) => state.party[h]?.name ?? h).join(', ') } : {}),
    ...Object.fromEntries(Object.entries(s.extra ?? {}).filter(([, v]) => v !== undefined)),
  };
  const result = acc.scratch.run(createAuthorization(record, ctx.meta));
  if (result instanceof DomainError) {
    acc.lines.push(`could not create an authorization: ${result.message}`);
    return true;
  }
  const created = result[0]!.after as Authorization;
  acc.lines.push(`new authorization ${created.id}`);
  addStory(acc, s.key, refsOf(result));
  return true;
}

/** A later outlet telling a story already recorded: its evidence joins the records, nothing else (`official`: an official statement, which marks a review candidate as stated officially). */
export function addToStory(acc: Collected, ctx: ItemContext, story: StoryEntry, options: { official?: boolean } = {}): void {
  const state = acc.scratch.state;
  const link = ctx.item.isUpdate ? undefined : ctx.item.link;
  const carries = (ref: StoryEntry['refs'][number]): boolean =>
    !!link &&
    (ref.entity === 'authorization'
      ? linkSeenOnAuthorization(state, ref.id, link)
      : ref.entity === 'order'
        ? !!state.order[ref.id]?.evidence.some((e) => e.url === link)
        : state.claim[ref.id]?.evidence.url === link);
  const live = story.refs.filter((r) => state[r.entity][r.id]);
  if (live.length && live.every(carries)) {
    // The same article again (another feed, or the same one after a lost seen-set).
    acc.lines.push(`already ingested (evidence on ${live.map((r) => r.id).join(', ')})`);
    return;
  }
  let added = 0;
  for (const ref of story.refs) {
    if (ref.entity === 'authorization' && state.authorization[ref.id]) {
      if (linkSeenOnAuthorization(state, ref.id, link)) continue;
      const result = acc.scratch.run(updateAuthorization(ref.id, {}, ctx.meta));
      if (!(result instanceof DomainError)) {
        added++;
        addStory(acc, story.key, refsOf(result));
      }
    } else if (ref.entity === 'claim' && state.claim[ref.id]) {
      // Another outlet telling a claimed story: one more source for the claim.
      const claim = state.claim[ref.id]!;
      const sources = [claim.evidence, ...(claim.support ?? [])];
      if (sources.some((e) => (link && e.url === link) || (e.title === ctx.evidence.title && e.publisher === ctx.evidence.publisher))) continue;
      const result = acc.scratch.run(() => [
        {
          type: 'claim.reported',
          entity: 'claim',
          entityId: claim.id,
          authorizationId: claim.authorizationId,
          before: claim,
          after: {
            ...claim,
            support: [...(claim.support ?? []), ctx.evidence],
            // A review candidate an official statement has told too says so (see review-candidates).
            ...(options.official && claim.field === 'new_authorization' ? { value: { ...(claim.value as object), official: true } } : {}),
          },
        },
      ]);
      if (!(result instanceof DomainError)) {
        added++;
        addStory(acc, story.key, refsOf(result));
      }
    } else if (ref.entity === 'order' && state.order[ref.id]) {
      if (link && state.order[ref.id]!.evidence.some((e) => e.url === link)) continue;
      const result = acc.scratch.run(updateOrder(ref.id, {}, ctx.meta));
      if (!(result instanceof DomainError)) {
        added++;
        addStory(acc, story.key, refsOf(result));
      }
    }
  }
  const by = story.publisher ? ` (${story.publisher})` : '';
  const what = added ? `+${added} evidence` : 'nothing to add';
  acc.lines.push(`same story as "${story.title}"${by} (${what})`);
}
