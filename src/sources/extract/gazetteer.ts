/**
 * Finds tracked parties, items and authorities in text by their id, name and aliases.
 * A gazetteer, not fuzzy matching: headlines name companies exactly, and a near miss
 * (H20 for H200) is a different product, so precision matters more than recall.
 */
import { namesKey } from '../../core/indexes.js';
import type { LedgerState } from '../../core/model.js';
import type { Match, NamedKind } from '../../core/resolve.js';
import { normaliseText } from './normalise.js';
import { escapeRegExp } from './phrase-match.js';

/** A record named in the text, with where and how it was written. */
export interface Mention extends Match {
  /** The text as written ("字节跳动", "H200s"). */
  text: string;
  /** Offset of the mention in the scanned text. */
  index: number;
  /** Offset just past the mention. */
  end: number;
}

/** Every mention found, in text order; a record may appear more than once. */
export interface Mentions {
  parties: Mention[];
  items: Mention[];
  authorities: Mention[];
}

type ScannedKind = Exclude<NamedKind, 'authorization'>;

interface KindIndex {
  pattern: RegExp | null;
  byKey: Map<string, { id: string; name: string }>;
  /** Per item id: words that look like it but are not it. */
  excludes: Map<string, RegExp>;
}

interface Gazetteer {
  key: string;
  kinds: Record<ScannedKind, KindIndex>;
}

const cache = new WeakMap<LedgerState, Gazetteer>();

// Han, Hiragana, Katakana and Hangul have no spaces between words, so word boundaries
// would stop 字节跳动 from matching inside a Chinese sentence. For the same reason a Latin
// alias is bounded only by Latin letters and digits: 购买H200芯片 names the H200.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_BEFORE = String.raw`(?<![\p{Script=Latin}\p{N}_])`;
const WORD_AFTER = String.raw`(?![\p{Script=Latin}\p{N}_])`;

function escape(text: string): string {
  return escapeRegExp(text).replace(/ /g, String.raw`\s+`);
}

function key(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/** One alternation for many terms: longest first so "Alibaba Group" beats "Alibaba". */
function alternation(terms: string[]): RegExp | null {
  const unique = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (unique.length === 0) return null;
  const parts = unique.map((t) => (CJK.test(t) ? escape(t) : `${WORD_BEFORE}${escape(t)}${WORD_AFTER}`));
  return new RegExp(parts.join('|'), 'giu');
}

function buildKind(state: LedgerState, kind: ScannedKind): KindIndex {
  const byKey = new Map<string, { id: string; name: string }>();
  const excludes = new Map<string, RegExp>();
  // Sorted by id so that a term shared by two records always resolves to the same one.
  const records = Object.values(state[kind]).sort((a, b) => a.id.localeCompare(b.id));
  for (const record of records) {
    for (const term of [record.id, record.name, ...record.aliases].map(normaliseText)) {
      if (term && !byKey.has(key(term))) byKey.set(key(term), { id: record.id, name: record.name });
    }
    if (kind === 'item' && 'excludes' in record) {
      const pattern = alternation(record.excludes.map(normaliseText));
      if (pattern) excludes.set(record.id, pattern);
    }
  }
  return { pattern: alternation([...byKey.keys()]), byKey, excludes };
}

function gazetteerFor(state: LedgerState): Gazetteer {
  let g = cache.get(state);
  if (!g || g.key !== namesKey(state)) {
    g = {
      key: namesKey(state),
      kinds: { party: buildKind(state, 'party'), item: buildKind(state, 'item'), authority: buildKind(state, 'authority') },
    };
    cache.set(state, g);
  }
  return g;
}

function spans(pattern: RegExp, text: string): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

function scanKind(index: KindIndex, kind: ScannedKind, text: string): Mention[] {
  if (!index.pattern) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(index.pattern)) {
    const record = index.byKey.get(key(m[0]));
    if (!record) continue;
    const start = m.index;
    const end = start + m[0].length;
    const exclude = index.excludes.get(record.id);
    // An exclude word covering the same characters wins: the text names the look-alike.
    if (exclude && spans(exclude, text).some(([a, b]) => a < end && start < b && b - a >= end - start)) continue;
    out.push({ kind, id: record.id, name: record.name, text: m[0], index: start, end });
  }
  return out;
}

/** Every tracked party, item and authority the (normalised) text names. */
export function findMentions(state: LedgerState, text: string): Mentions {
  const g = gazetteerFor(state);
  return {
    parties: scanKind(g.kinds.party, 'party', text),
    items: scanKind(g.kinds.item, 'item', text),
    authorities: scanKind(g.kinds.authority, 'authority', text),
  };
}

/** The first mention of each record, in text order. */
export function firstMentions(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}
