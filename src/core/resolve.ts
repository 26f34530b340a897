/**
 * Finding records by what users type: an id, a name or an alias, case-insensitively.
 * Exact matches win; otherwise a unique partial match; otherwise a list to choose from.
 */
import { DomainError } from './errors.js';
import { namesKey } from './indexes.js';
import type { LedgerState } from './model.js';

/** The kinds of record a user can name. */
export type NamedKind = 'authorization' | 'party' | 'item' | 'authority';

/** A record found by name. */
export interface Match {
  kind: NamedKind;
  id: string;
  name: string;
}

const KIND_WORD: Record<NamedKind, string> = {
  authorization: 'authorization',
  party: 'holder',
  item: 'item',
  authority: 'authority',
};

interface Index {
  key: string;
  exact: Map<string, Match[]>;
  all: { keys: string[]; match: Match }[];
}

const indexes = new WeakMap<LedgerState, Index>();

function normalise(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

function buildIndex(state: LedgerState): Index {
  const exact = new Map<string, Match[]>();
  const all: Index['all'] = [];
  for (const kind of ['authorization', 'party', 'item', 'authority'] as const) {
    for (const record of Object.values(state[kind]) as { id: string; name: string; aliases: string[] }[]) {
      const match = { kind, id: record.id, name: record.name };
      const keys = [...new Set([record.id, record.name, ...record.aliases].map(normalise))];
      for (const key of keys) {
        const list = exact.get(key) ?? [];
        list.push(match);
        exact.set(key, list);
      }
      all.push({ keys, match });
    }
  }
  return { key: namesKey(state), exact, all };
}

function indexFor(state: LedgerState): Index {
  let index = indexes.get(state);
  if (!index || index.key !== namesKey(state)) {
    index = buildIndex(state);
    indexes.set(state, index);
  }
  return index;
}

/** Every record of the given kinds that the text names, best matches only. */
export function findMatches(state: LedgerState, text: string, kinds: readonly NamedKind[]): Match[] {
  const key = normalise(text);
  if (!key) return [];
  const index = indexFor(state);
  const exact = (index.exact.get(key) ?? []).filter((m) => kinds.includes(m.kind));
  if (exact.length) return exact;
  return index.all.filter((entry) => kinds.includes(entry.match.kind) && entry.keys.some((k) => k.includes(key))).map((entry) => entry.match);
}

/** Describes a match for a choice list: `ByteDance (holder, id bytedance)`. */
export function describeMatch(m: Match): string {
  return `${m.name} (${KIND_WORD[m.kind]}, id ${m.id})`;
}

/**
 * Exactly one record of the given kinds, or a DomainError: not_found with what exists,
 * or ambiguous with the candidates.
 */
export function resolveOne(state: LedgerState, text: string, kinds: readonly NamedKind[]): Match {
  const matches = findMatches(state, text, kinds);
  const what = kinds.map((k) => KIND_WORD[k]).join(' or ');
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    throw new DomainError('not_found', `No ${what} matches "${text}". Try \`/greenlight list\` to see what is tracked.`);
  }
  const shown = matches.slice(0, 10).map(describeMatch);
  const more = matches.length > 10 ? ` (and ${matches.length - 10} more)` : '';
  throw new DomainError('ambiguous', `"${text}" matches more than one ${what}${more}; use the id of one of these:`, shown);
}

/** Suggestions for autocomplete: up to `limit` records whose id, name or alias contains the text. */
export function suggest(state: LedgerState, text: string, kinds: readonly NamedKind[], limit = 25): Match[] {
  const key = normalise(text);
  const index = indexFor(state);
  const out: Match[] = [];
  for (const entry of index.all) {
    if (!kinds.includes(entry.match.kind)) continue;
    if (!key || entry.keys.some((k) => k.includes(key))) out.push(entry.match);
    if (out.length >= limit) break;
  }
  return out;
}
