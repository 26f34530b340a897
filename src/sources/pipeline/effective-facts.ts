/** An official document with an effective date (Federal Register): the authorization it concerns takes its dates and reference. */
import { extractFacts } from '../extract/index.js';
import { applyToAuthorization, type AuthStatement } from './auth-facts.js';
import { directionOfAuthority, matchAuthorization } from './matching.js';
import type { Collected, ItemContext } from './plan-context.js';
import { storyKey } from './story-index.js';
import { knownStory } from './story-tellings.js';

/** An official document with an effective date: the authorization it concerns takes its dates and reference. */
export function planEffective(acc: Collected, ctx: ItemContext): void {
  const ex = extractFacts({ title: ctx.item.title, summary: ctx.item.summary }, acc.scratch.state);
  const itemId = ex.items[0]?.id;
  const authority = ex.authorities[0] ? acc.scratch.state.authority[ex.authorities[0].id] : undefined;
  if (!itemId || !authority) {
    acc.lines.push(`effective ${ctx.item.effectiveOn}, but no tracked item and authority named`);
    return;
  }
  const direction = ex.direction ?? directionOfAuthority(authority);
  const partyIds = ex.parties.map((p) => p.id);
  const statement: AuthStatement = {
    key: storyKey({ itemId, partyIds, what: `effective:${ctx.item.effectiveOn}`, ...(direction ? { direction } : {}) }),
    hedged: false,
    extra: { validFrom: ctx.item.effectiveOn!, externalRef: ctx.item.id },
  };
  if (knownStory(acc, ctx, statement.key)) return;
  const result = matchAuthorization(acc.scratch.state, { itemId, partyIds, ...(direction ? { direction } : {}), authorityId: authority.id });
  if (result.kind === 'match') applyToAuthorization(acc, ctx, result.match, statement);
  else
    acc.lines.push(
      result.kind === 'ambiguous' ? `could be any of ${result.ids.join(', ')}` : `effective ${ctx.item.effectiveOn}, but no tracked authorization fits`,
    );
}
