/**
 * The phrase index shared by every lexicon set: compiling phrases into sets (`phrasePattern`),
 * reading a text once for all sets together (`hits`), and title-start sets (`leading`). The
 * phrase syntax itself is in phrase-match.ts; the lexicon files are loaded in lexicon.ts.
 */
import { phraseMatcher, phraseSource, type PhraseMatcher } from './phrase-match.js';

/**
 * A compiled set of phrases. All sets share one index from a phrase's first word (Latin:
 * the word or its stem; Chinese: the first character) to the phrases that start with it,
 * so a text is read once, word by word, for every set together, instead of trying each
 * phrase at each place. Phrases that start with punctuation use a plain pattern.
 */
export interface PhraseSet {
  id: number;
  rest: RegExp | null;
  /** Hits inside a longer hit of this set are not hits ("蒙古" inside "内蒙古"). */
  notInside?: PhraseSet | null;
  /** Hits inside a match of this pattern (global) are not hits either. */
  notInsidePattern?: RegExp;
}

interface Entry {
  set: number;
  match: PhraseMatcher;
  /** The phrase's leading Chinese characters: checked with startsWith before the pattern runs. */
  lit: string;
}

const exactIndex = new Map<string, Entry[]>();
const stemIndex = new Map<string, Entry[]>();
const stemLengths = new Set<number>();
const hanIndex = new Map<string, Entry[]>();
let setCount = 0;

const FIRST_WORD = /^[\p{Script=Latin}\p{N}]+/u;
const HAN_START = /^[\p{Script=Han}]/u;
const TEXT_UNIT = /[\p{Script=Latin}\p{N}]+|\p{Script=Han}/gu;

function add(index: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = index.get(key);
  if (list) list.push(entry);
  else index.set(key, [entry]);
}

/** Compiles phrases into a set; null when there are none. */
export function phrasePattern(phrases: readonly string[]): PhraseSet | null {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  if (!unique.length) return null;
  const id = setCount++;
  const rest: string[] = [];
  for (const p of unique) {
    const first = p.split(/\s+/)[0]!;
    const word = FIRST_WORD.exec(first)?.[0];
    const entry = { set: id, match: phraseMatcher(p), lit: /^\p{Script=Han}+/u.exec(p)?.[0] ?? '' };
    if (word) {
      const stem = first === `${word}*`;
      add(stem ? stemIndex : exactIndex, word.toLowerCase(), entry);
      if (stem) stemLengths.add(word.length);
    } else if (HAN_START.test(p)) add(hanIndex, p[0]!, entry);
    else rest.push(p);
  }
  const set: PhraseSet = { id, rest: rest.length ? new RegExp(rest.map((p) => `(?:${phraseSource(p)})`).join('|'), 'giu') : null };
  return set;
}

/** A phrase found in text. */
export interface Hit {
  index: number;
  end: number;
  words: string;
}

// The hits of every set for the latest text: one extraction asks about the same text many times.
let memoText: string | undefined;
let memo: (Hit[] | undefined)[] = [];
const restDone = new Set<number>();
const screened = new Set<number>();
// Scratch for one place in the text: the longest hit of each set there. Kept between calls
// (and the helpers below kept at module level) so a scan allocates only the hits it finds.
let bestAt: (Hit | undefined)[] = [];
const touched: number[] = [];
let stemLengthList: number[] = [];

function tryEntries(list: Entry[] | undefined, text: string, at: number): void {
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    // Most Chinese phrases sharing a first character differ by the second: a cheap test first.
    if (e.lit.length > 1 && !text.startsWith(e.lit, at)) continue;
    const end = e.match(text, at);
    if (end < 0) continue;
    const known = bestAt[e.set];
    if (!known) {
      bestAt[e.set] = { index: at, end, words: text.slice(at, end) };
      touched.push(e.set);
    } else if (end > known.end) {
      bestAt[e.set] = { index: at, end, words: text.slice(at, end) };
    }
  }
}

function isHanUnit(unit: string): boolean {
  return unit.length === 1 && HAN_START.test(unit);
}

function scan(text: string): void {
  memoText = text;
  memo = new Array<Hit[] | undefined>(setCount);
  restDone.clear();
  screened.clear();
  if (bestAt.length < setCount) bestAt = new Array<Hit | undefined>(setCount);
  if (stemLengthList.length !== stemLengths.size) stemLengthList = [...stemLengths];
  const unitRe = TEXT_UNIT;
  unitRe.lastIndex = 0;
  for (let w = unitRe.exec(text); w; w = unitRe.exec(text)) {
    const at = w.index;
    const unit = w[0];
    if (isHanUnit(unit)) {
      tryEntries(hanIndex.get(unit), text, at);
    } else {
      const word = unit.toLowerCase();
      tryEntries(exactIndex.get(word), text, at);
      for (let i = 0; i < stemLengthList.length; i++) {
        const n = stemLengthList[i]!;
        if (n <= word.length) tryEntries(stemIndex.get(word.slice(0, n)), text, at);
      }
    }
    for (let i = 0; i < touched.length; i++) {
      const set = touched[i]!;
      (memo[set] ??= []).push(bestAt[set]!);
      bestAt[set] = undefined;
    }
    touched.length = 0;
  }
}

/** Every phrase of the set in the text: the longest at each place, overlaps kept (the array is shared: do not change it). */
export function hits(set: PhraseSet | null, text: string): readonly Hit[] {
  if (!set) return [];
  if (text !== memoText) scan(text);
  const out = (memo[set.id] ??= []);
  if (set.rest && !restDone.has(set.id)) {
    restDone.add(set.id);
    const re = set.rest;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length > 0 && !out.some((o) => o.index === m.index && o.words.length >= m[0].length))
        out.push({ index: m.index, end: m.index + m[0].length, words: m[0] });
      re.lastIndex = m.index + 1;
    }
    out.sort((a, b) => a.index - b.index);
  }
  if ((set.notInside || set.notInsidePattern) && !screened.has(set.id)) {
    screened.add(set.id);
    const outer: { index: number; end: number }[] = [...hits(set.notInside ?? null, text)];
    if (set.notInsidePattern) for (const m of text.matchAll(set.notInsidePattern)) outer.push({ index: m.index, end: m.index + m[0].length });
    for (let i = out.length - 1; i >= 0; i--) {
      const h = out[i]!;
      if (outer.some((o) => o.index <= h.index && h.end <= o.end && o.end - o.index > h.end - h.index)) out.splice(i, 1);
    }
  }
  return out;
}

/** Phrases matched only at the very start of a text, the first listed that matches winning (use `leading`). */
export type AnchoredSet = readonly PhraseMatcher[];

/** The words of the first phrase of the set that starts the text, or null. */
export function leading(set: AnchoredSet, text: string): string | null {
  for (let i = 0; i < set.length; i++) {
    const end = set[i]!(text, 0);
    if (end >= 0) return text.slice(0, end);
  }
  return null;
}
