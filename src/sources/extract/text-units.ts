/**
 * Sentences, clauses and language of a normalised text, and Chinese numerals written as
 * digits, for the candidate extractor. Headlines and summaries are short, so a simple
 * splitter that knows the common abbreviations is enough.
 */
import { pastAscii } from './normalise.js';

/** A span of the text. */
export interface Range {
  start: number;
  end: number;
}

// "Corp.", "Inc.", "Jan." and initials do not end a sentence.
const ABBREVIATION = /(?:\b(?:Corp|Inc|Co|Ltd|Jr|Sr|Mr|Ms|Mrs|Dr|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|approx)|\b[A-Z])$/;

/** Sentences: ended by . ! ? ; or their Chinese forms, or by " | ". */
export function sentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  const boundary = /[.!?;](?=\s|$)|[。！？；]|\s\|\s/g;
  for (const m of text.matchAll(boundary)) {
    if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

// "How many H200s can Alibaba bring in? About 128,600 under the shared nod, sources say": an English headline that asks and
// then answers with a figure ("Remember the H20? …" recalls instead).
const ANSWERED = /^(?!remember\b)[^?]{3,160}\?\s+(?=[^?]*(?<![\p{L}\p{N}.,])\d)\P{Script=Han}+$/iu;
// "How the joint H200 approval divides up: Tencent said to get about 131,900": the same, answered after a colon, with
// the answer's source.
const ANSWERED_AFTER_COLON =
  /^(?:how|what|who|which)\b[^:?]{3,120}:\s+(?=[^:]*\b(?:said|reportedly|sources?|people|insiders)\b)(?=[^:]*(?<![\p{L}\p{N}.,])\d)\P{Script=Han}+$/iu;

/** Whether an English headline asks a question and answers it with a figure: it reports the figure, it argues nothing. */
export function answersItself(title: string): boolean {
  return ANSWERED.test(title) || ANSWERED_AFTER_COLON.test(title);
}

/** The sentences with a headline that asks and then answers kept as one: the answer names no one, the question names whom it is about. */
export function answeredHeadline(text: string, titleEnd: number, ranges: Range[]): Range[] {
  if (!answersItself(text.slice(0, titleEnd))) return ranges;
  const inTitle = ranges.filter((r) => r.start < titleEnd);
  if (inTitle.length < 2) return ranges;
  return [{ start: inTitle[0]!.start, end: inTitle[inTitle.length - 1]!.end }, ...ranges.slice(inTitle.length)];
}

/** The sentence of `text` (as `sentences` splits it) that holds offset `at`, if any. */
export function sentenceAt(text: string, at: number): Range | undefined {
  return sentences(text).find((r) => r.start <= at && at < r.end);
}

/**
 * The space between two Chinese clauses of a headline (…获准逾40万颗 国内订单曾超200万颗), which ends a clause
 * where a comma would in a sentence (regex source).
 */
export const HAN_CLAUSE_SPACE = String.raw`(?<=\p{Script=Han})\s+(?=\p{Script=Han})`;

/** Clause boundaries inside a sentence: where one statement gives way to another. */
export const CLAUSE_BREAK =
  // "," glued to a Chinese character is the NFKC form of "，", which ends a clause in Chinese (also before a
  // digit: 申请,6件予以许可; "400,000" has digits on both sides).
  // A colon between digits is a ratio ("1:1"), not a break.
  /[;，；：]|(?<!\d):|:(?!\d)|,(?=\p{Script=Han})|(?<=\p{Script=Han}),(?=\d)|,\s+(?:while|but|against|compared|versus|whereas|and\s+(?:that|the|its|about|nearly|roughly|over|more))\b|\s(?:while|whereas|against|versus|compared with|but)\s/giu;

/** Where a question's answer opens inside a sentence (问：…？答：…), relative to its start; -1 if it has none. */
export function answerStart(text: string, s: Range): number {
  return text.slice(s.start, s.end).search(/[?？]\s*答\s*[:：]/u);
}

/** Number of clause breaks between two offsets. */
export function breaksBetween(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  // One character before, so that a break that looks behind (a Chinese character before ",") sees it.
  const start = Math.max(0, from - 1);
  let count = 0;
  for (const m of text.slice(start, to).matchAll(CLAUSE_BREAK)) if (m.index + start >= from) count++;
  return count;
}

// Counted by deleting everything else (one native pass) rather than by listing every match.
const NOT_HAN = /\P{Script=Han}+/gu;
const NOT_LATIN = /\P{Script=Latin}+/gu;

function codePoints(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const h = text.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) n--;
    }
  }
  return n;
}

/** The language of a text, by its letters. */
export function languageOf(text: string): 'en' | 'zh' | 'mixed' {
  // (Plain ASCII holds no Chinese: most English items need no count.)
  if (!pastAscii(text)) return 'en';
  const han = codePoints(text.replace(NOT_HAN, ''));
  const latin = codePoints(text.replace(NOT_LATIN, ''));
  if (han === 0) return 'en';
  if (han >= 6 && latin <= han * 2) return han * 3 >= latin * 2 ? 'zh' : 'mixed';
  return han * 4 >= latin ? 'zh' : 'mixed';
}

/** The value of each Chinese digit (两 is two). */
export const ZH_DIGIT: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
// Only a count: 万 or 亿 then a measure word, 多/余/左右, 的, punctuation or the end, so that
// a name such as 零一万物 or a word such as 万物 stays a name.
const ZH_NUMBER = /[零〇一二两三四五六七八九十百千]+(?=[万亿](?:[多余]?[颗片块枚台张份个家套件元辆]|[多余左右以上的至到]|[^\p{Script=Han}]|$))/gu;

// 十余万颗, 20多万片: a count, then 余 or 多, then its magnitude and a measure word.
const ZH_PLUS_BEFORE_MAGNITUDE = /(?<!\d)([零〇一二两三四五六七八九十百千]+|\d+)([余多])([万亿])(?=[颗片块枚台张套个])/gu;

// 八千颗, 五百台, 三千五百片: a count below ten thousand, written out before its measure word.
// (2千台: a digit before 千 is the count's own; the scanner reads 千 as its magnitude.)
// (H200四百四十八颗: a run opening with a digit word after a model's digits is a count of its own; only 十, 百 or 千 takes
// the digit before it.)
const ZH_SMALL_COUNT =
  /(?<![零〇一二两三四五六七八九十百千])(?:(?<!\d)|(?=[零〇一二两三四五六七八九]))[零〇一二两三四五六七八九十百千]*[十百千][零〇一二两三四五六七八九十百千]*(?=[多余]?[颗片块枚台张套])/gu;

// 二万八千颗, 两万五千台: ten thousands and a rest below them, one count before its measure word.
const ZH_WAN_AND_REST =
  /(?<![零〇一二两三四五六七八九十百千])(?:(?<!\d)|(?=[零〇一二两三四五六七八九]))([零〇一二两三四五六七八九十百千]+)万([零〇一二两三四五六七八九十百千]+)(?=[多余]?[颗片块枚台张套])/gu;

function zhValue(run: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of run) {
    if (ch in ZH_DIGIT) {
      digit = ZH_DIGIT[ch]!;
    } else if (ch in UNIT) {
      total += (digit ?? 1) * UNIT[ch]!;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** A space when a digit stands right before `at`: a model's digits are kept apart from the count written after them (H200 448颗). */
function apartFromDigit(all: string, at: number): string {
  return at > 0 && /\d/u.test(all[at - 1]!) ? ' ' : '';
}

/**
 * Writes Chinese numerals before 万 or 亿 as digits ("四十万" → "40万", "两百万" →
 * "200万"), and counts below ten thousand before their measure word ("八千颗" → "8000颗"),
 * so that one number scanner reads both; 近万颗 is "nearly 1万". Other Chinese numerals are left alone.
 */
export function zhNumeralsToDigits(text: string): string {
  const digits = (run: string) => {
    const v = zhValue(run);
    return v === null || v === 0 ? run : String(v);
  };
  // 十余万颗, 20多万颗: "over 100,000", the 余 or 多 moved after 万 ("10万余颗") where the number scanner reads it.
  const plus = /[余多][万亿]/u.test(text)
    ? text.replace(ZH_PLUS_BEFORE_MAGNITUDE, (_m, n: string, more: string, mag: string) => `${/\d/u.test(n) ? n : digits(n)}${mag}${more}`)
    : text;
  const compound = /万[零〇一二两三四五六七八九十百千]/u.test(plus)
    ? plus.replace(ZH_WAN_AND_REST, (m, wan: string, rest: string, at: number, all: string) => {
        const a = zhValue(wan);
        const b = zhValue(rest);
        return a && b !== null && b < 10_000 ? `${apartFromDigit(all, at)}${a * 10_000 + b}` : m;
      })
    : plus;
  // 近万颗, 逾万颗: "nearly / over ten thousand", 万 standing for one 万.
  const large = /[万亿]/u.test(compound) ? compound.replace(ZH_NUMBER, digits).replace(/(?<=[近逾超过约])万(?=[余多]?[颗片块张台枚套])/gu, '1万') : compound;
  return /[十百千]/u.test(large) ? large.replace(ZH_SMALL_COUNT, (m: string, at: number, all: string) => `${apartFromDigit(all, at)}${digits(m)}`) : large;
}
