/**
 * Which authorization a fact is about: by item and direction, then by holders (the
 * parties named), then by authority when one is named. A group quota ("in total") is
 * one authorization for the group; it is never split per company.
 */
import { indexesOf } from '../../core/indexes.js';
import { slugify } from '../../core/ledger.js';
import type { Authority, Authorization, Direction, LedgerState } from '../../core/model.js';

/** How well an authorization fits the parties named. */
export type MatchFit =
  /** The holders are exactly the parties (or no party was named and only one fits). */
  | 'full'
  /** The parties are some of a group's holders: a statement about them is not about the whole group. */
  | 'partial';

/** An authorization a fact was matched to. */
export interface AuthMatch {
  auth: Authorization;
  fit: MatchFit;
}

/** The answer of matching: one authorization, none, or several that cannot be told apart. */
export type MatchResult = { kind: 'match'; match: AuthMatch } | { kind: 'none' } | { kind: 'ambiguous'; ids: string[] };

/** What a fact says about the authorization it concerns. */
export interface MatchQuery {
  itemId: string;
  direction?: Direction;
  partyIds: string[];
  authorityId?: string;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Finds the authorization a fact is about. */
export function matchAuthorization(state: LedgerState, q: MatchQuery): MatchResult {
  let candidates = (indexesOf(state).authorizationsByItem.get(q.itemId) ?? []).filter((a) => !q.direction || a.direction === q.direction);
  if (q.authorityId) {
    // A named authority narrows the choice, but a place name ("Beijing") can read as one
    // by accident, so it never rules everything out.
    const byAuthority = candidates.filter((a) => a.authorityId === q.authorityId);
    if (byAuthority.length) candidates = byAuthority;
  }
  if (q.partyIds.length === 0) {
    // An import approval names its buyer; a headline that names none is about buyers we do
    // not track. An export licence's holder is the maker, often only inside the item name.
    if (q.direction !== 'export' || candidates.length === 0) return { kind: 'none' };
    if (candidates.length === 1) return { kind: 'match', match: { auth: candidates[0]!, fit: 'full' } };
    return { kind: 'ambiguous', ids: candidates.map((a) => a.id) };
  }
  const exact = candidates.filter((a) => sameSet(a.holderIds, q.partyIds));
  if (exact.length === 1) return { kind: 'match', match: { auth: exact[0]!, fit: 'full' } };
  if (exact.length > 1) return { kind: 'ambiguous', ids: exact.map((a) => a.id) };
  const groups = candidates.filter((a) => q.partyIds.every((p) => a.holderIds.includes(p))).sort((a, b) => a.holderIds.length - b.holderIds.length);
  if (groups.length === 0) return { kind: 'none' };
  const smallest = groups.filter((a) => a.holderIds.length === groups[0]!.holderIds.length);
  if (smallest.length > 1) return { kind: 'ambiguous', ids: smallest.map((a) => a.id) };
  return { kind: 'match', match: { auth: smallest[0]!, fit: 'partial' } };
}

/** The direction an authority usually grants, from its country (China imports, the US exports). */
export function directionOfAuthority(authority: Authority | undefined): Direction | undefined {
  if (authority?.country === 'CN') return 'import';
  if (authority?.country === 'US') return 'export';
  return undefined;
}

/**
 * The authority for a new authorization: the one named if it grants in this direction,
 * else the one that already grants most authorizations for this item and direction.
 */
export function inferAuthority(state: LedgerState, itemId: string, direction: Direction, namedId?: string): string | undefined {
  const named = namedId ? state.authority[namedId] : undefined;
  if (named && (directionOfAuthority(named) ?? direction) === direction) return named.id;
  const counts = new Map<string, number>();
  for (const a of indexesOf(state).authorizationsByItem.get(itemId) ?? []) {
    if (a.direction === direction) counts.set(a.authorityId, (counts.get(a.authorityId) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (best) return best;
  return Object.values(state.authority).find((a) => directionOfAuthority(a) === direction)?.id;
}

const COUNTRY_NAMES: Record<string, string> = { CN: 'China', US: 'US' };

/** The short name of an item: its shortest alias when shorter than the name ("H200" for "Nvidia H200"). */
export function shortItemName(state: LedgerState, itemId: string): string {
  const item = state.item[itemId];
  if (!item) return itemId;
  const alias = item.aliases.filter((a) => /^[\p{L}\p{N}][\p{L}\p{N} .-]*$/u.test(a)).sort((a, b) => a.length - b.length)[0];
  return alias && alias.length < item.name.length ? alias : item.name;
}

/** A name for an authorization the pipeline creates: "China H200 import approval (Lenovo)". */
export function generatedName(state: LedgerState, a: { authorityId: string; itemId: string; direction: Direction; holderIds: string[] }): string {
  const authority = state.authority[a.authorityId];
  const where = (authority?.country && COUNTRY_NAMES[authority.country]) ?? authority?.name ?? a.authorityId;
  const holders = a.holderIds.map((h) => state.party[h]?.name ?? h).join(', ');
  const kind = a.direction === 'import' ? 'import approval' : 'export licence';
  return `${where} ${shortItemName(state, a.itemId)} ${kind} (${holders})`;
}

/** An id in the seed's style for a created authorization: "cn-h200-import-baidu". */
export function generatedId(state: LedgerState, a: { authorityId: string; itemId: string; direction: Direction; holderIds: string[] }): string {
  const country = state.authority[a.authorityId]?.country?.toLowerCase() ?? a.authorityId;
  const base = slugify(`${country} ${a.itemId} ${a.direction} ${a.holderIds.join(' ')}`);
  if (!state.authorization[base]) return base;
  let n = 2;
  while (state.authorization[`${base}-${n}`]) n++;
  return `${base}-${n}`;
}

// Numbers that name one official document or rulemaking: a Federal Register document number
// ("2026-00789", also in "FR Doc. 2026-00789") or a Regulation Identifier Number ("0694-AK43").
const REFERENCE_NUMBER = /(?<![\p{L}\p{N}-])(?:\d{4}-\d{5}|\d{4}-[A-Z]{2}\d{2})(?![\p{L}\p{N}-])/gu;

/** The document and rulemaking numbers written in a reference or a text. */
export function referenceNumbers(text: string): string[] {
  return [...new Set(text.match(REFERENCE_NUMBER) ?? [])];
}

/** An official document, as far as reference matching needs it. */
export interface CitingDocument {
  /** The document's own number (a Federal Register document number). */
  id: string;
  title: string;
  summary: string;
  /** Rulemaking numbers the document belongs to (RINs). */
  references?: string[];
}

/** A tracked authorization an official document is about by number, and how. */
export interface CitedMatch {
  auth: Authorization;
  /** True when the document is the one the record's reference names (not one that cites it). */
  same: boolean;
  /** The number that tied them. */
  number: string;
}

/**
 * The authorization whose reference is this document, or is cited by it (its number or
 * rulemaking in the text): an official document about a tracked record by number needs no
 * names to match. Undefined when none or several records fit.
 */
export function matchByReference(state: LedgerState, doc: CitingDocument): CitedMatch | undefined {
  const own = new Set([doc.id, ...(doc.references ?? [])]);
  const cited = new Set([...own, ...referenceNumbers(`${doc.title} ${doc.summary}`)]);
  const hits: CitedMatch[] = [];
  for (const auth of Object.values(state.authorization)) {
    const numbers = auth.externalRef ? referenceNumbers(auth.externalRef) : [];
    const number = numbers.find((n) => cited.has(n));
    if (number) hits.push({ auth, same: numbers.includes(doc.id), number });
  }
  return hits.length === 1 ? hits[0] : undefined;
}
