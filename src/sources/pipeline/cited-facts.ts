/**
 * An official document about a tracked record by number: its own number is the record's
 * reference, or it cites it ("FR Doc. 2026-00789", the same RIN). It applies to that record
 * whatever names it uses, and changes only what it says: a suspension the status, the
 * document itself its validity start. A later document that cites the record never takes
 * over its reference or moves its validity start.
 */
import { extractCandidates, type ItemExtraction } from '../extract/index.js';
import { applyToAuthorization, STATUS_OF_KIND, type AuthStatement } from './auth-facts.js';
import { knownStory } from './story-tellings.js';
import type { CitedMatch } from './matching.js';
import type { Collected, ItemContext } from './plan-context.js';
import { storyKey } from './story-index.js';

/** The decision a document tells, read with the record's item in mind when the document names none. */
function decisionOf(ctx: ItemContext, acc: Collected, cited: CitedMatch, ex: ItemExtraction) {
  const decided = (e: ItemExtraction) => e.candidates.find((c) => c.kind in STATUS_OF_KIND && c.certainty !== 'denied');
  const found = decided(ex);
  if (found || ex.candidates.length) return found;
  // Rules are often titled by their subject ("Advanced Computing Commodities"), not the item.
  const item = acc.scratch.state.item[cited.auth.itemId];
  if (!item) return undefined;
  return decided(extractCandidates({ title: `${ctx.item.title} (${item.name})`, summary: ctx.item.summary, official: true }, acc.scratch.state));
}

/** Plans an official document matched to a record by number. */
export function planCited(acc: Collected, ctx: ItemContext, cited: CitedMatch, ex: ItemExtraction): ItemExtraction {
  const { auth } = cited;
  const decision = decisionOf(ctx, acc, cited, ex);
  let status = decision ? STATUS_OF_KIND[decision.kind] : undefined;
  if (status === 'applied') status = undefined;
  // Only the document the reference names dates the record; one that cites it is about something else.
  const validFrom = cited.same && ctx.item.effectiveOn && (!status || status.startsWith('approved')) ? ctx.item.effectiveOn : undefined;
  acc.lines.push(`${cited.same ? 'is' : 'cites'} ${cited.number}, the reference of ${auth.id}`);
  const statement: AuthStatement = {
    key: storyKey({ itemId: auth.itemId, partyIds: auth.holderIds, what: `ref:${cited.number}:${status ?? 'evidence'}:${validFrom ?? ''}` }),
    hedged: false,
    ...(status ? { status } : {}),
    ...(validFrom ? { extra: { validFrom } } : {}),
  };
  if (knownStory(acc, ctx, statement.key)) return ex;
  applyToAuthorization(acc, ctx, { auth, fit: 'full' }, statement);
  return ex;
}
