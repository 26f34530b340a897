/**
 * Facts from a headline and summary, planned against the ledger. Extraction proposes
 * candidate events (kind, roles, certainty, source words); this decides what they may do:
 * - a firm decision about a tracked authorization changes it (as a claim beside a stronger value);
 * - a source-hedged one ("people familiar") is a claim; an intent ("is weighing") is nothing yet;
 * - a denied report, old news restated, opinion and passing mentions change nothing and raise nothing;
 * - a report about something not tracked (a new holder approved) becomes a review candidate
 *   for admins, with an alert that says it is unconfirmed;
 * - an order with its number becomes an order (one per story).
 * The words that tied the item to its records go into the events' note (alerts show them) and `explain`.
 */
import { updateAuthorization } from '../../core/changes/authorization.js';
import { DomainError } from '../../core/errors.js';
import { indexesOf } from '../../core/indexes.js';
import { isActiveApproval } from '../../core/lifecycle.js';
import type { Change } from '../../core/ledger.js';
import type { LedgerState } from '../../core/model.js';
import { Scratch } from './scratch.js';
import { ANOTHER_APPROVAL, extractCandidates, type CandidateEvent, type ItemExtraction } from '../extract/index.js';
import type { AlertEvent } from '../../alerts/alert-event.js';
import { figuresFor } from './alert-builders.js';
import { applyToAuthorization, STATUS_OF_KIND as STATUS_OF } from './auth-facts.js';
import { planCited } from './cited-facts.js';
import { whyOf } from './why.js';
import { matchAuthorization, matchByReference } from './matching.js';
import { planEffective } from './effective-facts.js';
import { planOrder } from './order-facts.js';
import { addStory, CONFIRMED_PREFIX, type Collected, type ItemContext } from './plan-context.js';
import { conditionedAuthorization, reportedRecords } from './report-records.js';
import { roundQuantity, storyKey } from './story-index.js';
import { knownStory } from './story-tellings.js';
import { certaintyMark, directionOf, planDecision } from './decision-facts.js';

// Intentions and speculation that mean "not decided yet" rather than "not confirmed": "is
// weighing", "plans to", "might", "could", 考虑, 拟追加, 有望. A hedge ("may", "is said to",
// 据悉, 或将, 拟要求) is a claim, unconfirmed.
const INTENT = /consider|weigh|mull|plan|talks|prepar|intend|aims|seeks|考虑|计划|拟(?:追加|订购|采购|申请)/i;

const CHINA_STORY = /\p{Script=Han}|\bChin(?:a|ese)\b|\bBeijing\b/u;

// Changes whose ledger alert already tells the story; evidence-only updates, and one more
// source for a claim or a review candidate, tell nothing.
function quiet(ch: Change): boolean {
  return (
    ch.type === 'authorization.updated' ||
    // A reported order total that grew is told by the ledger's order alert.
    (ch.type === 'order.updated' && JSON.stringify(ch.before.quantity) === JSON.stringify(ch.after.quantity)) ||
    ch.type === 'entity.upserted' ||
    (ch.type === 'claim.reported' && (ch.before !== null || ch.after.field === 'new_authorization'))
  );
}

/**
 * True when a stock or delivery figure is one the ledger already holds for the item (the
 * supply on record, a known order's size): the number told again, not a new event.
 */
function knownFigure(acc: Collected, c: CandidateEvent): boolean {
  if ((c.kind !== 'supply' && c.kind !== 'delivery') || !c.quantity || !c.item) return false;
  const state = acc.scratch.state;
  const told = roundQuantity({ value: c.quantity.value, qualifier: c.quantity.qualifier, unit: c.quantity.unit });
  const figures = [...Object.values(state.supply).filter((x) => x.itemId === c.item!.value), ...(indexesOf(state).ordersByItem.get(c.item.value) ?? [])];
  return figures.some((x) => roundQuantity(x.quantity) === told);
}

/** Plans one candidate; writes its outcome line, and raises one report alert for a first telling nothing else alerts. */
function planCandidate(acc: Collected, ctx: ItemContext, ex: ItemExtraction, c: CandidateEvent, text: string): void {
  const lines = acc.lines.length;
  const changes = acc.scratch.changes.length;
  const alerts = acc.alerts.length;
  const tracked = c.holders.some((h) => acc.scratch.state.party[h.value]);
  if (c.kind === 'restatement') {
    // The record told again as it stands: one more source for it, nothing else.
    const auth = c.retells ? acc.scratch.state.authorization[c.retells] : undefined;
    if (auth) {
      const status = isActiveApproval(auth.status) ? 'approved' : auth.status;
      const key = storyKey({ itemId: auth.itemId, partyIds: auth.holderIds, what: `${status}${certaintyMark(c)}`, direction: auth.direction });
      applyToAuthorization(acc, ctx, { auth, fit: 'full' }, { key, status, hedged: c.certainty === 'hedged', holderIds: auth.holderIds, retells: true });
    } else acc.lines.push(`old news restated ("${c.trigger}")`);
    return;
  }
  // "weighs requiring audits": weighing a condition is what proposing one is, so only a decision waits for one.
  if (c.certainty === 'hedged' && c.kind !== 'condition_proposed' && INTENT.test(c.certaintyWords ?? '')) {
    acc.lines.push(`not a decision yet ("${c.certaintyWords}")`);
    return;
  }
  if (c.certainty === 'denied') {
    const denied = c.kind in STATUS_OF ? reportedAuthorization(acc, c) : undefined;
    const auth = denied ? acc.scratch.state.authorization[denied] : undefined;
    // A denial is news only when it contradicts an approval the ledger holds for a tracked holder;
    // denying "a further batch", 追加额度, leaves the approval on record standing.
    const contradicts = tracked && c.kind === 'grant' && !!auth && isActiveApproval(auth.status) && !ANOTHER_APPROVAL.test(text);
    if (auth && !contradicts && supportDenial(acc, ctx, auth.id, c)) return;
    acc.lines.push(`${c.kind} denied or negated ("${c.certaintyWords ?? c.trigger}"): nothing recorded`);
    if (!contradicts) return;
  } else if (c.kind in STATUS_OF)
    planDecision(
      acc,
      ctx,
      c,
      ex.candidates.some((o) => o.kind === 'condition_proposed' || o.kind === 'condition_agreed'),
    );
  else if (c.kind === 'order' && c.quantity?.role === 'order') planOrder(acc, ctx, c, text);
  else acc.lines.push(`${c.kind.replace('_', ' ')} read; kept by admins, not from news`);
  // "subject to conditions that are still under discussion": no new term, and the record's own terms are still open.
  if (c.kind === 'condition_proposed' && !c.conditions.length && !c.holders.length && c.item && openTerms(acc.scratch.state, c.item.value))
    acc.lines.push('told again: conditions still open on record');

  // A figure the ledger already holds (the same order, the same stock) is old news told again.
  const restated = acc.lines.slice(lines).some((l) => l.startsWith('same order as')) || knownFigure(acc, c);
  // One more source for a claim or a review candidate is a retelling, however it was worded.
  const told =
    restated ||
    acc.lines
      .slice(lines)
      .some((l) =>
        /^(?:same story as|already ingested|confirms "|the same event again|told again: )|^claim \S+: \d+ sources for|^review candidate \S+: \d+ sources| corrected: /.test(
          l,
        ),
      );
  const alerted = acc.alerts.length > alerts || acc.scratch.changes.slice(changes).some((ch) => !quiet(ch));
  if (told || alerted) return;
  const key = storyKey({
    // Hedged and firm tellings are one story here; only an official confirmation is news again.
    itemId: c.item!.value,
    partyIds: c.holders.map((h) => h.value),
    ...(directionOf(acc, c) ? { direction: directionOf(acc, c)! } : {}),
    what: `report:${c.kind}${c.certainty === 'denied' ? '~' : c.certainty === 'official' ? '!' : ''}`,
    ...(c.quantity && c.quantity.role !== 'licence_count'
      ? { quantity: { value: c.quantity.value, qualifier: c.quantity.qualifier, unit: c.quantity.unit } }
      : {}),
  });
  // One report alert per item: a second fact it reports adds the records it concerns to that card,
  // and is a story of its own, so that another outlet telling only that fact is a later telling.
  const report = acc.alerts.find((a) => a.id.startsWith('report:'));
  if (report) {
    addStory(acc, key, []);
    const more = [reportedAuthorization(acc, c), ...reportedRecords(acc.scratch.state, c)].filter((id): id is string => !!id);
    const known = report.recordIds ?? (report.authorizationId ? [report.authorizationId] : []);
    if (more.some((id) => !known.includes(id))) report.recordIds = [...new Set([...known, ...more])];
    return;
  }
  // A delivery, an order or a stock figure about nobody tracked is someone else's news.
  const state = acc.scratch.state;
  const concernsTracked =
    (c.kind !== 'delivery' && c.kind !== 'order' && c.kind !== 'supply') ||
    c.holders.some((h) => state.party[h.value]) ||
    // A Chinese buyer's chips (月之暗面首批H200已到货) are the China story, tracked holder or not;
    // so are stock with no holder named (the seller's) and deliveries to Chinese customers at large.
    (c.holders.length > 0 && CHINA_STORY.test(text)) ||
    (c.kind === 'supply' && !c.holders.length) ||
    (c.kind === 'delivery' && !c.holders.length && CHINA_STORY.test(text)) ||
    (!!c.seller && !!state.party[c.seller.value]) ||
    !!reportedAuthorization(acc, c);
  // "Beijing's H200 approvals favour banks": an approval of nobody named, of no amount and
  // under no terms, points at no record a team could act on; only an official word about it is news.
  if (c.kind === 'grant' && !c.holders.length && !c.quantity && !c.conditions.length && c.certainty !== 'official') {
    acc.lines.push('approval of nobody named: not alerted');
    return;
  }
  if (!concernsTracked) {
    acc.lines.push(`${c.kind.replace('_', ' ')} about no tracked holder: not alerted`);
    return;
  }
  // Nothing in the ledger tells this one (it agrees with the record, or is not kept from
  // news): one alert for the first telling, none for the outlets that follow.
  if (knownStory(acc, ctx, key, c, { report: true })) return;
  addStory(acc, key, []);
  acc.alerts.push(reportEvent(acc, ctx, c));
}

/** True when a tracked approval of the item has a condition still proposed or under negotiation. */
function openTerms(state: LedgerState, itemId: string): boolean {
  return Object.values(state.condition).some(
    (k) => (k.status === 'proposed' || k.status === 'negotiating') && state.authorization[k.authorizationId]?.itemId === itemId,
  );
}

/**
 * A denial that agrees with the record ("no decision yet on suspending" a licence the ledger
 * holds as approved, "has not approved" buyers still pending) is one more source for the
 * record as it stands: kept as evidence on it, changing nothing else and raising nothing.
 */
function supportDenial(acc: Collected, ctx: ItemContext, authId: string, c: CandidateEvent): boolean {
  const auth = acc.scratch.state.authorization[authId]!;
  const negated = STATUS_OF[c.kind]!;
  if (auth.status === negated || (negated === 'approved' && isActiveApproval(auth.status))) return false;
  if (ctx.item.link && auth.evidence.some((e) => e.url === ctx.item.link)) {
    acc.lines.push(`already ingested (evidence on ${auth.id})`);
    return true;
  }
  const result = acc.scratch.run(updateAuthorization(auth.id, {}, ctx.meta));
  if (result instanceof DomainError) return false;
  acc.lines.push(`${c.kind} denied ("${c.certaintyWords ?? c.trigger}"), as ${auth.id} holds (${auth.status.replace(/_/g, ' ')}): source added`);
  return true;
}

/** The tracked authorization a report is about (a condition, an agreeing decision), so its card and figures go with it. */
function reportedAuthorization(acc: Collected, c: CandidateEvent): string | undefined {
  if (!c.item || c.kind === 'order' || c.kind === 'delivery' || c.kind === 'supply' || c.kind === 'restatement') return undefined;
  const state = acc.scratch.state;
  const direction = directionOf(acc, c);
  const partyIds = c.holders.map((h) => h.value);
  if (partyIds.some((p) => !state.party[p])) return undefined;
  const conditioned = conditionedAuthorization(state, c, direction);
  if (conditioned) return conditioned;
  const result = matchAuthorization(state, {
    itemId: c.item.value,
    partyIds,
    ...(direction ? { direction } : {}),
    ...(c.authority ? { authorityId: c.authority.value } : {}),
  });
  return result.kind === 'match' ? result.match.auth.id : undefined;
}

function reportEvent(acc: Collected, ctx: ItemContext, c: CandidateEvent): AlertEvent {
  const state = acc.scratch.state;
  const label = c.certainty === 'official' ? 'Confirmed' : c.certainty === 'hedged' ? 'Unconfirmed' : c.certainty === 'denied' ? 'Denied' : 'Reported';
  const status = STATUS_OF[c.kind];
  const authorizationId = reportedAuthorization(acc, c);
  const recordIds = reportedRecords(state, c);
  return {
    id: `report:${ctx.batch.sourceId}:${ctx.item.id}`,
    kind: 'news',
    occurredAt: ctx.occurredAt,
    ...(authorizationId ? { authorizationId } : {}),
    ...(recordIds.length ? { recordIds } : {}),
    holderIds: c.holders.map((h) => h.value).filter((h) => state.party[h]),
    ...(c.item ? { itemId: c.item.value } : {}),
    ...(c.authority ? { authorityId: c.authority.value } : {}),
    ...(c.quantity && c.quantity.role !== 'licence_count'
      ? { quantity: { value: c.quantity.value, qualifier: c.quantity.qualifier, unit: c.quantity.unit } }
      : {}),
    headline: `${label}: ${ctx.item.title.slice(0, 300)}`,
    changes: [
      { label: 'What', after: `${c.kind.replace('_', ' ')}${status ? ` (${status.replace(/_/g, ' ')})` : ''}, ${c.certainty}` },
      { label: 'Why', after: whyOf(c) },
    ],
    figures: c.item ? figuresFor(state, { itemId: c.item.value }) : [],
    evidence: [ctx.evidence],
    seqs: [],
    sourceId: ctx.batch.sourceId,
  };
}

/** Extracts and plans the facts of a text item. Items that only mention tracked names raise nothing. */
export function planText(acc: Collected, ctx: ItemContext): ItemExtraction {
  const { item } = ctx;
  const ex = extractCandidates(
    {
      title: item.title,
      summary: item.summary,
      official: ctx.batch.mode === 'apply',
      ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
      ...(item.link ? { link: item.link } : {}),
    },
    acc.scratch.state,
  );
  // An official document about a tracked record by its number applies to that record only.
  const cited = ctx.batch.mode === 'apply' ? matchByReference(acc.scratch.state, item) : undefined;
  if (cited) return planCited(acc, ctx, cited, ex);
  const decided = ex.candidates.some((c) => c.kind in STATUS_OF && c.certainty !== 'denied');
  if (ctx.batch.mode === 'apply' && item.effectiveOn && !decided) {
    planEffective(acc, ctx);
    return ex;
  }
  if (!ex.candidates.length) {
    acc.lines.push(`nothing to record (${ex.notes.join('; ') || 'no event'})`);
    return ex;
  }
  const text = `${item.title} ${item.summary}`;
  // Collections are copied on write, so this view stays the state before the item.
  const base: LedgerState = { ...acc.scratch.state };
  const effects = ex.candidates.map((c) => planCounted(acc, () => planCandidate(acc, ctx, ex, c, text)));
  // An item that retells a known story adds to it: whatever else it seems to say is part of
  // that telling, so other candidates that would change or alert something are left out.
  const retold = effects.some((e) => e.retold);
  if (retold && effects.some((e) => e.loud && !e.retold)) {
    Object.assign(acc, { scratch: new Scratch(base), lines: [], alerts: [], stories: [] });
    ex.candidates.forEach((c, i) => {
      if (effects[i]!.loud && !effects[i]!.retold) acc.lines.push(`${c.kind.replace('_', ' ')} read, left as part of the retold story`);
      else planCandidate(acc, ctx, ex, c, text);
    });
  }
  if (retold) acc.alerts = acc.alerts.filter((a) => a.id.startsWith(CONFIRMED_PREFIX));
  // A report alert is for an item nothing else alerts: a ledger change that alerts tells it.
  if (acc.scratch.changes.some((ch) => !quiet(ch))) acc.alerts = acc.alerts.filter((a) => !a.id.startsWith('report:'));
  return ex;
}

/** What one candidate did: whether it retold a known story, and whether it changed or alerted something on its own. */
function planCounted(acc: Collected, plan: () => void): { retold: boolean; loud: boolean } {
  const [lines, changes, alerts] = [acc.lines.length, acc.scratch.changes.length, acc.alerts.length];
  plan();
  return {
    retold: acc.lines.slice(lines).some((l) => l.startsWith('same story as') || l.startsWith('confirms "')),
    loud: acc.alerts.length > alerts || acc.scratch.changes.slice(changes).some((ch) => !quiet(ch)),
  };
}
