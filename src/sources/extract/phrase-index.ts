/**
 * The phrase index shared by every lexicon set: compiling phrases into sets (`phrasePattern`) and
 * reading a text once for all sets together (`hits`). Title-start sets are in anchored-set.ts, the
 * phrase syntax in phrase-match.ts; the lexicon files are loaded in lexicon.ts.
 */
import { pastAscii } from './normalise.js';
import { isGap, isSpace, lowerChar, phraseMatcher, phraseSource, type PhraseMatcher } from './phrase-match.js';

/**
 * A compiled set of phrases. All sets share one index from a phrase's first word (Latin:
 * the word or its stem; Chinese: the first character, or the first two) to the phrases that start with it,
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
  /**
   * For a phrase whose first word is whole (no stem, nothing glued to it) and whose second is a word: the first
   * character of the second (lower case), which must follow the first word and its spaces; -1 otherwise.
   */
  second: number;
  /**
   * For a phrase with a `~` gap: its longest word after the first (lower case, without a stem's `*`), which must
   * occur further on for the walk to find it; empty otherwise.
   */
  needle: string;
}

const exactIndex = new Map<string, Entry[]>();
const stemIndex = new Map<string, Entry[]>();
const stemLengths = new Set<number>();
// Chinese phrases by their first character when it is their only leading one, and by their first two otherwise
// (key: the two UTF-16 units as one number): most phrases sharing a first character differ by the second, and testing
// each of them there was a tenth of the time a scan took.
const hanIndex = new Map<string, Entry[]>();
const hanPairIndex = new Map<number, Entry[]>();
let setCount = 0;

const FIRST_WORD = /^[\p{Script=Latin}\p{N}]+/u;
const HAN_START = /^[\p{Script=Han}]/u;
const HAN_PAIR_START = /^\p{Script=Han}{2}/u;
const WORD_CHAR = /[\p{Script=Latin}\p{N}]/u;

function add<K>(index: Map<K, Entry[]>, key: K, entry: Entry): void {
  const list = index.get(key);
  if (list) list.push(entry);
  else index.set(key, [entry]);
}

// Per lower-case word: the entries of every phrase that may start with it (its exact entries and those of each stem
// it begins with), null for none. Built once per word instead of a lookup per stem length at each word of each text;
// emptied when a set is added, and when it grows past a bound (feeds bring words without end).
const wordEntries = new Map<string, Entry[] | null>();
const WORD_CACHE_LIMIT = 50_000;

function entriesOfWord(word: string): Entry[] | null {
  let list = wordEntries.get(word);
  if (list !== undefined) return list;
  const all: Entry[] = [...(exactIndex.get(word) ?? [])];
  for (const n of stemLengths) if (n <= word.length) all.push(...(stemIndex.get(word.slice(0, n)) ?? []));
  list = all.length ? all : null;
  if (wordEntries.size >= WORD_CACHE_LIMIT) wordEntries.clear();
  wordEntries.set(word, list);
  return list;
}

function secondWordStart(words: readonly string[], word: string | undefined): number {
  const next = words[1];
  if (!next || words[0] !== word || isGap(next)) return -1;
  return next.toLowerCase().charCodeAt(0);
}

function gapNeedle(words: readonly string[]): string {
  if (!words.includes('~')) return '';
  let needle = '';
  for (const w of words.slice(1)) {
    const lit = (w.endsWith('*') && w.length > 1 ? w.slice(0, -1) : w).toLowerCase();
    if (!isGap(w) && lit.length > needle.length) needle = lit;
  }
  return needle;
}

/** Compiles phrases into a set; null when there are none. */
export function phrasePattern(phrases: readonly string[]): PhraseSet | null {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  if (!unique.length) return null;
  const id = setCount++;
  const rest: string[] = [];
  for (const p of unique) {
    const words = p.split(/\s+/);
    const first = words[0]!;
    const word = FIRST_WORD.exec(first)?.[0];
    const entry = { set: id, match: phraseMatcher(p), second: secondWordStart(words, word), needle: gapNeedle(words) };
    if (word) {
      const stem = first === `${word}*`;
      add(stem ? stemIndex : exactIndex, word.toLowerCase(), entry);
      if (stem) stemLengths.add(word.length);
    } else if (HAN_START.test(p)) {
      // (Two or more leading Chinese characters: indexed by the first two.)
      if (HAN_PAIR_START.test(p)) add(hanPairIndex, p.charCodeAt(0) * 0x10000 + p.charCodeAt(1), entry);
      else add(hanIndex, p[0]!, entry);
    } else rest.push(p);
  }
  wordEntries.clear();
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
// Which sets have had their plain patterns run, and their hits screened, on the latest text: the scan's number
// stored per set (clearing two sets per scan cost more than the comparison).
let scanCount = 0;
let restDone = new Int32Array(0);
let screened = new Int32Array(0);
// Scratch for one place in the text: the longest hit of each set there. Kept between calls
// (and the helpers below kept at module level) so a scan allocates only the hits it finds.
let bestAt: (Hit | undefined)[] = [];
const touched: number[] = [];

// `raw`/`low`: the character after the word at `at` and its spaces, as written and in lower case (-2 when no space
// follows the word, or the text ends there; -1 to try every entry). Entries whose second word cannot start there fail
// on it: they are not tried.
function tryEntries(list: Entry[] | null | undefined, text: string, at: number, raw = -1, low = -1): void {
  if (!list) return;
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    if (raw !== -1 && e.second >= 0 && e.second !== raw && e.second !== low) continue;
    if (e.needle && loweredFrom(text).indexOf(e.needle, at) < 0) continue;
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

// What each UTF-16 unit is, as the scan reads text: 1 a letter of a word (Latin script or a number), 2 a Chinese
// character, 3 neither; 0 not yet looked up. Filled in as units are met, as a regular expression would class them.
const UNIT_CLASS = new Uint8Array(0x10000);
const WORD = 1;
const HAN = 2;

function classOf(cp: number): number {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) ? WORD : 3;
  if (cp < 0x10000) {
    const known = UNIT_CLASS[cp]!;
    if (known) return known;
  }
  const c = String.fromCodePoint(cp);
  // (An astral Chinese character is read as no unit: the index holds one-unit characters only.)
  const kind = WORD_CHAR.test(c) ? WORD : HAN_START.test(c) && cp < 0x10000 ? HAN : 3;
  if (cp < 0x10000) UNIT_CLASS[cp] = kind;
  return kind;
}

// The scanned text with each unit in lower case as the matchers compare it (lowerChar), made when first asked for:
// a word a phrase compares without case occurs in it as written.
let lowered: string | undefined;

function loweredFrom(text: string): string {
  if (lowered === undefined) {
    if (!pastAscii(text)) lowered = text.toLowerCase();
    else {
      const units = new Array<string>(text.length);
      for (let i = 0; i < text.length; i++) units[i] = String.fromCharCode(lowerChar(text.charCodeAt(i)));
      lowered = units.join('');
    }
  }
  return lowered;
}

function scan(text: string): void {
  memoText = text;
  lowered = undefined;
  memo = new Array<Hit[] | undefined>(setCount);
  scanCount++;
  if (restDone.length < setCount) {
    restDone = new Int32Array(setCount);
    screened = new Int32Array(setCount);
  }
  if (bestAt.length < setCount) bestAt = new Array<Hit | undefined>(setCount);
  const n = text.length;
  let at = 0;
  while (at < n) {
    const cp = text.codePointAt(at)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = classOf(cp);
    if (kind === HAN) {
      tryEntries(hanIndex.get(text[at]!), text, at);
      if (at + 1 < n) tryEntries(hanPairIndex.get(text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1)), text, at);
      at += 1;
    } else if (kind === WORD) {
      let end = at + width;
      while (end < n) {
        const next = text.codePointAt(end)!;
        if (classOf(next) !== WORD) break;
        end += next > 0xffff ? 2 : 1;
      }
      const word = text.slice(at, end).toLowerCase();
      const list = entriesOfWord(word);
      if (list) {
        // (A word whose lower case is longer or shorter than it is tried against every entry.)
        let raw = word.length === end - at ? -2 : -1;
        let low = raw;
        let q = end;
        while (q < n && isSpace(text.charCodeAt(q))) q++;
        if (raw === -2 && q > end && q < n) {
          raw = text.charCodeAt(q);
          low = lowerChar(raw);
        }
        tryEntries(list, text, at, raw, low);
      }
      at = end;
    } else {
      at += width;
      continue;
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
  if (set.rest && restDone[set.id] !== scanCount) {
    restDone[set.id] = scanCount;
    const re = set.rest;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length > 0 && !out.some((o) => o.index === m.index && o.words.length >= m[0].length))
        out.push({ index: m.index, end: m.index + m[0].length, words: m[0] });
      re.lastIndex = m.index + 1;
    }
    out.sort((a, b) => a.index - b.index);
  }
  if ((set.notInside || set.notInsidePattern) && screened[set.id] !== scanCount) {
    screened[set.id] = scanCount;
    // (No hits, nothing to screen: most sets find none in most texts.)
    if (!out.length) return out;
    const outer: { index: number; end: number }[] = [...hits(set.notInside ?? null, text)];
    if (set.notInsidePattern) for (const m of text.matchAll(set.notInsidePattern)) outer.push({ index: m.index, end: m.index + m[0].length });
    for (let i = out.length - 1; i >= 0; i--) {
      const h = out[i]!;
      if (outer.some((o) => o.index <= h.index && h.end <= o.end && o.end - o.index > h.end - h.index)) out.splice(i, 1);
    }
  }
  return out;
}
