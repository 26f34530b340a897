/**
 * One lexicon phrase, compiled to a matcher at a given place in a text (the phrase syntax is
 * described in lexicon.ts).
 *
 * Why most phrases are not regular expressions: V8 compiles each pattern to machine code once
 * per string width, and a case-insensitive Unicode pattern with Latin-script word edges costs
 * about 13 KB of code for two-byte (Chinese) text. A thousand phrases made about 16 MB of
 * regular-expression code, past the size at which V8 stops optimising the patterns it compiles
 * next, so every pattern first met after that (most of them, for the first Chinese item after
 * a run of English ones) ran many times slower for the rest of the process (measured on the
 * recap title-start set: 0.03 µs a call before; after, 0.2 µs on English titles and 4.3 µs on
 * Chinese ones). A phrase of plain words is matched here by comparing characters, and a phrase
 * with gap words (`~`, `～`) by walking the text (gap-match.ts).
 */
import { gapMatcher, type CharTests } from './gap-match.js';

/** The end of the phrase's match starting exactly at `at`, or -1. */
export type PhraseMatcher = (text: string, at: number) => number;

const LATIN_EDGE = /[\p{Script=Latin}\p{N}]/u;
const WORD_CHAR = /[\p{Script=Latin}\p{N}_]/u;
const STEM_CHAR = /[\p{L}-]/u;
const BEFORE = String.raw`(?<![\p{Script=Latin}\p{N}_])`;
const AFTER = String.raw`(?![\p{Script=Latin}\p{N}_])`;

/** `text` as a regular expression matching it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a word of a phrase is a gap (`~`, `～`). */
export function isGap(word: string): boolean {
  return word === '~' || word === '～';
}

/** The regular-expression source of one phrase, without its word edges. */
function phraseBody(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const parts = words.map((w) => {
    // The words a gap skips may not end a clause: "cancelled by Beijing, while approvals" is two statements (a list comma is not).
    // "～" is the Chinese gap: up to twelve characters inside one clause (发放～许可: 发放首批H200对华出口许可).
    // (A gap may not end on a negation: 收到不予批准的通知 is no 收到～批准, but the 不予批准 it holds; nor on the 尚, 仍 or 今 of 尚未, 至今未.)
    if (w === '～') return String.raw`(?:|[^，。；：、,.;:!?！？\s]{1,12}?(?<![不未没非尚仍今]|[不未]予))`;
    if (w === '~') return String.raw`(?:(?!(?:while|whereas|but|although|after|before|because|since|until|unless|once)\s)[^\s]+(?<![;:，；。.!?])\s+){0,5}?`;
    const stem = w.endsWith('*') && w.length > 1;
    const body = escapeRegExp(stem ? w.slice(0, -1) : w);
    return stem ? `${body}[\\p{L}-]*` : body;
  });
  let source = '';
  parts.forEach((p, i) => {
    source += p;
    if (i < parts.length - 1 && words[i] !== '~' && words[i] !== '～' && words[i + 1] !== '～') source += String.raw`\s+`;
  });
  return source;
}

/** Whether a phrase needs a word edge before and after it (Latin letters and digits do). */
function edges(phrase: string): [boolean, boolean] {
  const p = phrase.trim();
  return [LATIN_EDGE.test(p[0] ?? ''), LATIN_EDGE.test(p.replace(/\*$/, '').slice(-1)) || p.endsWith('*')];
}

/** The regular-expression source of one phrase. */
export function phraseSource(phrase: string): string {
  const [before, after] = edges(phrase);
  return `${before ? BEFORE : ''}${phraseBody(phrase)}${after ? AFTER : ''}`;
}

/** Whether a UTF-16 unit is whitespace, as `\s` reads it. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

function isWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

function isStemChar(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 45;
  return STEM_CHAR.test(String.fromCodePoint(cp));
}

/** The code point ending just before `at` (a lookbehind reads whole code points), or -1 at the start. */
function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2)!;
  }
  return low;
}

// The lower case of each UTF-16 unit past ASCII, filled in as units are met (0: not yet known). Building a
// one-character string to lower-case it cost more than the rest of a Chinese phrase's comparison.
const LOWER = new Uint16Array(0x10000);

/** The lower case of one UTF-16 unit (itself when its lower case is not one unit). */
export function lowerChar(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const known = LOWER[c]!;
  if (known) return known;
  const lower = String.fromCharCode(c).toLowerCase();
  const l = lower.length === 1 ? lower.charCodeAt(0) : c;
  LOWER[c] = l;
  return l;
}

/** `lit` (already lower case) at `at`, compared without case. */
function literalAt(text: string, at: number, lit: string): boolean {
  if (at + lit.length > text.length) return false;
  for (let i = 0; i < lit.length; i++) {
    const c = text.charCodeAt(at + i);
    const want = lit.charCodeAt(i);
    if (c !== want && lowerChar(c) !== want) return false;
  }
  return true;
}

interface Word {
  lit: string;
  stem: boolean;
}

function plainMatcher(phrase: string): PhraseMatcher {
  const [before, after] = edges(phrase);
  const words: Word[] = phrase
    .trim()
    .split(/\s+/)
    .map((w) => {
      const stem = w.endsWith('*') && w.length > 1;
      return { lit: (stem ? w.slice(0, -1) : w).toLowerCase(), stem };
    });
  return (text, at) => {
    if (before && isWordChar(codePointBefore(text, at))) return -1;
    let pos = at;
    let runStart = -1;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (i > 0) {
        const from = pos;
        while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
        if (pos === from) return -1;
      }
      if (!literalAt(text, pos, w.lit)) return -1;
      pos += w.lit.length;
      runStart = -1;
      if (w.stem) {
        runStart = pos;
        while (pos < text.length) {
          const cp = text.codePointAt(pos)!;
          if (!isStemChar(cp)) break;
          pos += cp > 0xffff ? 2 : 1;
        }
      }
    }
    if (!after) return pos;
    if (pos >= text.length || !isWordChar(text.codePointAt(pos)!)) return pos;
    // A stem gives back letters, as the pattern would backtrack, until what follows is no word character.
    while (runStart >= 0 && pos > runStart) {
      pos -= pos - 2 >= runStart && codePointBefore(text, pos) > 0xffff ? 2 : 1;
      if (!isWordChar(text.codePointAt(pos)!)) return pos;
    }
    return -1;
  };
}

// The character tests the gap walk shares with the plain matcher.
const CHAR_TESTS: CharTests = { isSpace, isWordChar, isStemChar, codePointBefore, literalAt };

/** A matcher for one phrase: plain words are compared; phrases with gap words are walked (gap-match.ts). */
export function phraseMatcher(phrase: string): PhraseMatcher {
  if (!phrase.trim().split(/\s+/).some(isGap)) return plainMatcher(phrase);
  const [before, after] = edges(phrase);
  return gapMatcher(phrase, before, after, CHAR_TESTS);
}
