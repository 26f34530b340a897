/**
 * Reads quantities as people write them: "over 400,000", "2 million", "40k", "1.2m",
 * "about 700000 chips", "超过40万". Shared by commands and by extraction from headlines.
 */
import type { Qualifier, Quantity } from './model.js';

/**
 * Qualifier phrases as regular-expression sources (unanchored), in the order the parser
 * tries them. Shared with the headline scanner, which looks for them just before a number.
 */
export const QUALIFIER_SOURCES: readonly (readonly [string, Qualifier])[] = [
  [String.raw`more than|over|in excess of|upwards? of|above|exceeding|exceeds?|topping|tops?|surpassing|north of|超过|逾`, 'over'],
  [String.raw`at least|no fewer than|no less than|minimum of|>=|≥`, 'at_least'],
  [String.raw`about|around|approximately|approx\.?|roughly|nearly|almost|close to|near|some|circa|~|约|近`, 'about'],
  // (不超过 "not over" outranks 超过 "over": the longest match wins.)
  [String.raw`up to|as many as|at most|no more than|maximum of|<=|≤|不超过|不得超过|至多|最多`, 'up_to'],
  [String.raw`under|fewer than|less than|below|<`, 'under'],
  ['>', 'over'],
  [String.raw`exactly|=`, 'exact'],
];

const QUALIFIER_PATTERNS: [RegExp, Qualifier][] = QUALIFIER_SOURCES.map(([source, q]) => [new RegExp(`^(?:${source})\\s*`, 'i'), q]);

const MAGNITUDES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  万: 1e4,
  亿: 1e8,
  千: 1e3,
};

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  half: 0.5,
  a: 1,
};

/**
 * A number and optional magnitude, without a terminator: groups 1 (digits or number word)
 * and 2 (magnitude). Callers add their own end rule, because `\b` cannot end a match
 * after 万/亿 (two non-word characters have no boundary between them).
 */
export const NUMBER_CORE_SOURCE = String.raw`(\d{1,3}(?:[,_ ]\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|half)\s*(k|thousand|mn|mln|m|million|bn|b|billion|万|亿|千)?`;

/** The number pattern used by both the full parser and the headline scanner. */
export const NUMBER_SOURCE = String.raw`${NUMBER_CORE_SOURCE}\b`;

/** Turns a number and optional magnitude into an integer, or null when it is not one. */
export function numberValue(digits: string, magnitude?: string): number | null {
  const word = WORD_NUMBERS[digits.toLowerCase()];
  const base = word ?? Number(digits.replace(/[,_ ]/g, ''));
  if (!Number.isFinite(base)) return null;
  if (word !== undefined && !magnitude) return null; // "two" alone is not a quantity worth tracking
  const scale = magnitude ? (MAGNITUDES[magnitude.toLowerCase()] ?? MAGNITUDES[magnitude]) : 1;
  if (scale === undefined) return null;
  const value = Math.round(base * scale);
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * Parses a whole string as a quantity, or returns an error message saying what is wrong.
 * The unit, if written ("400,000 chips"), is kept; otherwise `defaultUnit`.
 */
export function parseQuantity(text: string, defaultUnit = 'units'): Quantity | { error: string } {
  let rest = text.normalize('NFKC').trim();
  let qualifier: Qualifier = 'exact';
  for (const [pattern, q] of QUALIFIER_PATTERNS) {
    if (pattern.test(rest)) {
      qualifier = q;
      rest = rest.replace(pattern, '');
      break;
    }
  }
  const match =
    new RegExp(`^${NUMBER_SOURCE}\\s*([a-zA-Z][a-zA-Z ]*)?$`, 'i').exec(rest) ?? new RegExp(`^${NUMBER_CORE_SOURCE}\\s*([a-zA-Z][a-zA-Z ]*)?$`, 'i').exec(rest);
  if (!match) {
    return { error: `"${text}" is not a quantity; write it like 400000, 400,000, 40k, 1.2m, "over 400,000" or "about 2 million".` };
  }
  const value = numberValue(match[1]!, match[2]);
  if (value === null || value < 0) return { error: `"${text}" is not a whole, non-negative quantity.` };
  const unit = match[3]?.trim() || defaultUnit;
  return { value, qualifier, unit };
}
