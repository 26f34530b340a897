/**
 * One firm named several ways in one item: a short form and its full name, a headline's name and
 * the body's legal name, a group and its unit. The longer name takes the shorter one's id, so the
 * item tells of one holder.
 */
import type { Named } from './named.js';
import { escapeRegExp } from './phrase-match.js';
import { EN_NOT_NAME } from './untracked-party.js';

/**
 * 中国电建 for 中国电力建设集团, 洛阳钼业 for 洛阳栾川钼业: a Chinese short form keeps the long name's
 * characters in order, starting with its first.
 */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 3 || !/^\p{Script=Han}+$/u.test(short) || short[0] !== long[0]) return false;
  return inOrder([...short], long);
}

/** Whether every unit of `short` appears in `long`, in order (characters of a Chinese name, words of a Latin one). */
function inOrder(short: readonly string[], long: Iterable<string>): boolean {
  let at = 0;
  for (const unit of long) if (unit === short[at]) at += 1;
  return at >= short.length;
}

/** "Qilin AI" in the headline and "Qilin Intelligent Technology" in the body: one distinctive first word, then only a generic ending. */
function sameStem(short: string, long: string): boolean {
  const [first, ...rest] = short.split(/\s+/);
  return (
    !!first && first.length >= 4 && !EN_NOT_NAME.test(first) && rest.length > 0 && rest.every((w) => GENERIC_ENDING.test(w)) && long.split(/\s+/)[0] === first
  );
}
const GENERIC_ENDING = /^(?:AI|Tech|Technology|Technologies|Intelligence|Intelligent|Group|Holdings|Inc\.?|Ltd\.?|Co\.?|Corp\.?|Computing|Cloud|Labs?)$/u;

/** "Yongxing Materials" and "Yongxing Special Materials": a distinctive first word, then the short name's words in order in the long. */
function wordsInOrder(short: string, long: string): boolean {
  const shortWords = short.split(/\s+/);
  const longWords = long.split(/\s+/);
  const first = shortWords[0]!;
  if (shortWords.length < 2 || first.length < 4 || EN_NOT_NAME.test(first) || longWords[0] !== first) return false;
  return inOrder(shortWords, longWords);
}

/** 晨化股份 in the headline and 扬州晨化股份 in the body: a Chinese name with its city or province before it. */
function placeBefore(short: string, long: string): boolean {
  return short.length >= 3 && /^\p{Script=Han}+$/u.test(long) && long.endsWith(short) && long.length - short.length <= 3;
}

/** 华能集团 and its 华能信息技术: a unit named after its group is the group's (a subsidiary belongs to its parent). */
function groupOf(group: string, unit: string): boolean {
  const core = /^(\p{Script=Han}{2,})(?:集团|控股)$/u.exec(group)?.[1];
  return !!core && !/^中国$/u.test(core) && unit.startsWith(core);
}

/** 滴滴 in the headline and 滴滴出行 in the body are one firm: a longer name that starts with (or, in Latin letters, holds) a shorter one takes its id. */
export function sameFirm(found: Named[]): Named[] {
  for (const n of found) {
    // "Shenzhen Qianhai Lingyun Computing" in the body and "Lingyun" in the headline: a Latin name holding the shorter one as a word.
    const shorter = found.find((o) => o !== n && o.words.length < n.words.length && namesOneFirm(o.words, n.words));
    if (shorter) n.id = shorter.id;
  }
  return found;
}

/** Whether a shorter name and a longer one name one firm (a start, a Latin word, an abbreviation, a group's unit, a stem, words in order). */
export function namesOneFirm(short: string, long: string): boolean {
  return (
    long.startsWith(short) ||
    placeBefore(short, long) ||
    (/^[A-Z]/u.test(short) && new RegExp(`(?:^|\\s)${escapeRegExp(short)}(?:\\s|$)`, 'u').test(long)) ||
    abbreviates(short, long) ||
    groupOf(short, long) ||
    sameStem(short, long) ||
    wordsInOrder(short, long)
  );
}
