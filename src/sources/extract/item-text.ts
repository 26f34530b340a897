/**
 * The text of one item as extraction reads it: headline and summary normalised and joined
 * once (a summary that repeats its headline adds only its rest), and whether its link is a
 * government site. Also the phrase patterns the sentence loop shares.
 */
import type { ExtractInput } from './extract-facts.js';
import { capAtSpace as cap, dropTrailingName, normaliseText, splitPublisher } from './normalise.js';
import { zhNumeralsToDigits } from './text-units.js';
import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/t2cn';

const regional = JSON.parse(readFileSync(new URL('./lexicon/traditional.json', import.meta.url), 'utf8')) as { signal: string; map: Record<string, string> };
// Longest first, so that a longer word is read before a word inside it.
const REGIONAL = Object.entries(regional.map).sort((a, b) => b[0].length - a[0].length);
const REGIONAL_WORDS = new RegExp(`(?:${REGIONAL.map(([t]) => t).join('|')})`, 'gu');
const REGIONAL_OF = new Map(REGIONAL);
const TRADITIONAL_ONLY = new RegExp(`[${regional.signal}]`, 'u');
// Built on the first traditional item (a few ms): other feeds never pay for the tables.
let toSimplified: ((text: string) => string) | undefined;

/**
 * 輝達H200庫存剩約8萬顆 → 英伟达H200库存剩约8万颗: Taiwan and Hong Kong outlets are read with the
 * same rules, their characters converted by opencc-js (a kept library, offline) and their own
 * words (輝達, 晶片) read as the mainland's.
 */
function simplified(text: string): string {
  if (!TRADITIONAL_ONLY.test(text)) return text;
  const convert: (s: string) => string = (toSimplified ??= Converter({ from: 'hk', to: 'cn' }));
  return convert(text).replace(REGIONAL_WORDS, (t) => REGIONAL_OF.get(t) ?? t);
}

const MAX_RAW = 20_000;
const MAX_SUMMARY = 2_000;
const OFFICIAL_HOST = /(?:^|\.)(?:federalregister\.gov|[a-z0-9-]+\.gov|gov\.cn|gov\.uk|europa\.eu)$/i;

/** The joined text and where its headline ends. */
export interface ItemText {
  text: string;
  titleEnd: number;
  /** A notice on a government site (federalregister.gov, mofcom.gov.cn) is an official source. */
  officialHost: boolean;
}

function joinText(title: string, summary: string): { text: string; titleEnd: number } {
  const sep = /[.!?。！？]$/u.test(title) ? ' ' : '. ';
  if (!summary || summary === title) return { text: title, titleEnd: title.length };
  // Google News summaries repeat the title; reading it twice would find every fact twice.
  const extra = summary.startsWith(title) ? summary.slice(title.length).replace(/^[\s.。\-|]+/u, '') : summary;
  return extra ? { text: `${title}${sep}${extra}`, titleEnd: title.length } : { text: title, titleEnd: title.length };
}

function hostOf(link: string | undefined): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(link ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

/** Reads an item's headline and summary as one text, Chinese numerals written as digits. */
export function itemText(input: ExtractInput): ItemText {
  const { text: title, publisher } = splitPublisher(normaliseText(input.title.slice(0, MAX_RAW)));
  const summary = cap(dropTrailingName(normaliseText(input.summary?.slice(0, MAX_RAW)), publisher), MAX_SUMMARY);
  const joined = joinText(zhNumeralsToDigits(simplified(title)), zhNumeralsToDigits(simplified(summary)));
  return { text: joined.text, titleEnd: joined.titleEnd, officialHost: !!input.link && OFFICIAL_HOST.test(hostOf(input.link)) };
}
