/**
 * The matcher of a phrase with gap words (`~`: up to five other words; `～`: up to twelve Chinese
 * characters), by walking the text instead of compiling a pattern.
 *
 * Why: each such phrase was a sticky case-insensitive Unicode pattern of 5–35 KB of machine code,
 * and the lexicons hold over 800 of them. After a run of feed items the process had made about 15 MB of
 * regular-expression code, past the size at which V8 stops optimising the patterns it compiles
 * next, so the extractor's own patterns first met after that ran slower for the rest of the
 * process (story headlines after the feeds: about 1,900 items/s, against about 2,500 without them).
 *
 * The walk tries the same choices in the same order as the pattern phraseSource() writes for the
 * phrase would (a gap takes as few words or characters as it can, a stem as many letters as it
 * can), so it finds the same match; tests/unit/sources/extract/gap-match.test.ts compares the two
 * on every gap phrase of the lexicons.
 */

/** One word of a phrase: a literal (lower case, a stem when it ended in `*`) or a gap. */
type Part = { kind: 'word'; lit: string; stem: boolean } | { kind: 'gap' } | { kind: 'zh-gap' };

/** Character tests, as the pattern's classes read them; passed in so they are written once. */
export interface CharTests {
  isSpace(c: number): boolean;
  isWordChar(cp: number): boolean;
  isStemChar(cp: number): boolean;
  codePointBefore(text: string, at: number): number;
  literalAt(text: string, at: number, lit: string): boolean;
}

// A word the `~` gap may not skip: it starts another statement ("cancelled by Beijing, while approvals").
// ("Permit After Chips Left Its Approved Hall": a subordinating word opens another clause, whose words are not the phrase's.)
const CLAUSE_WORDS = new Set(['while', 'whereas', 'but', 'although', 'after', 'before', 'because', 'since', 'until', 'unless', 'once']);
// A skipped word may not end a clause (a list comma may).
const CLAUSE_END = new Set([...';:，；。.!?'].map((c) => c.charCodeAt(0)));
// The `～` gap stays inside one clause...
const ZH_STOP = new Set([...'，。；：、,.;:!?！？'].map((c) => c.codePointAt(0)!));
// ...and does not end on a negation (收到不予批准的通知 is no 收到～批准), nor on the 尚, 仍 or 今 of 尚未, 仍未, 至今未 ("not yet",
// 申请进口…尚未获批准 is a request still pending, no 申请进口～未获～批准).
const ZH_NEGATION = new Set([...'不未没非尚仍今'].map((c) => c.charCodeAt(0)));
const MAX_WORDS = 5;
const MAX_CHARS = 12;

function partsOf(phrase: string): Part[] {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w): Part => {
      if (w === '~') return { kind: 'gap' };
      if (w === '～') return { kind: 'zh-gap' };
      const stem = w.endsWith('*') && w.length > 1;
      return { kind: 'word', lit: (stem ? w.slice(0, -1) : w).toLowerCase(), stem };
    });
}

/**
 * A matcher for a phrase with gap words (a PhraseMatcher of phrase-match.ts: the end of the match starting at `at`, or
 * -1); `before`/`after`: whether it needs a word edge there.
 */
export function gapMatcher(phrase: string, before: boolean, after: boolean, t: CharTests): (text: string, at: number) => number {
  const parts = partsOf(phrase);
  // Whitespace is required after part i unless a gap is on either side (the `~` gap ends on whitespace itself).
  const spaceAfter = parts.map((p, i) => i < parts.length - 1 && p.kind === 'word' && parts[i + 1]!.kind !== 'zh-gap');

  const spaces = (text: string, pos: number): number => {
    while (pos < text.length && t.isSpace(text.charCodeAt(pos))) pos++;
    return pos;
  };

  // The end of a match of parts[i..] starting at pos, or -1; choices are tried in the pattern's order.
  const from = (text: string, i: number, pos: number): number => {
    if (i === parts.length) return !after || pos >= text.length || !t.isWordChar(text.codePointAt(pos)!) ? pos : -1;
    const p = parts[i]!;
    if (p.kind === 'word') {
      if (!t.literalAt(text, pos, p.lit)) return -1;
      const start = pos + p.lit.length;
      let end = start;
      const ends: number[] = [start];
      if (p.stem)
        while (end < text.length) {
          const cp = text.codePointAt(end)!;
          if (!t.isStemChar(cp)) break;
          end += cp > 0xffff ? 2 : 1;
          ends.push(end);
        }
      // A stem takes as many letters as it can and gives them back one by one.
      for (let k = ends.length - 1; k >= 0; k--) {
        let next = ends[k]!;
        if (spaceAfter[i]) {
          const s = spaces(text, next);
          if (s === next) continue;
          next = s;
        }
        const r = from(text, i + 1, next);
        if (r >= 0) return r;
      }
      return -1;
    }
    if (p.kind === 'gap') {
      // As few skipped words as will do: each a run of non-space characters and the whitespace after it.
      let at = pos;
      for (let n = 0; ; n++) {
        const r = from(text, i + 1, at);
        if (r >= 0 || n === MAX_WORDS) return r;
        let end = at;
        while (end < text.length && !t.isSpace(text.charCodeAt(end))) end++;
        if (end === at || CLAUSE_END.has(text.charCodeAt(end - 1))) return -1;
        const after = spaces(text, end);
        if (after === end || CLAUSE_WORDS.has(text.slice(at, end).toLowerCase())) return -1;
        at = after;
      }
    }
    // The Chinese gap: nothing first, then one character more at a time.
    const r = from(text, i + 1, pos);
    if (r >= 0) return r;
    let at = pos;
    for (let n = 1; n <= MAX_CHARS; n++) {
      if (at >= text.length) return -1;
      const cp = text.codePointAt(at)!;
      if (ZH_STOP.has(cp) || t.isSpace(cp)) return -1;
      at += cp > 0xffff ? 2 : 1;
      const last = text.charCodeAt(at - 1);
      if (ZH_NEGATION.has(last)) continue;
      if (last === 0x4e88 /* 予 */ && at >= 2 && (text.charCodeAt(at - 2) === 0x4e0d || text.charCodeAt(at - 2) === 0x672a)) continue;
      const r2 = from(text, i + 1, at);
      if (r2 >= 0) return r2;
    }
    return -1;
  };

  return (text, at) => (before && t.isWordChar(t.codePointBefore(text, at)) ? -1 : from(text, 0, at));
}
