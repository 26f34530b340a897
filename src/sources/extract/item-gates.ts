/**
 * Whole-item gates: an item that is opinion or a passing mention, another country's deal, or
 * an event about another chip tells nothing about the tracked records, whatever its sentences say.
 */
import { hits, leading, lexicon } from './lexicon.js';
import type { NamedScan } from './named.js';
import { analystTitle } from './other-subject.js';
import type { Trigger } from './trigger.js';

/** A country in a side clause ("cancelled after chips surface in Singapore") is not the deal's. */
export const SIDE_CLAUSE_BEFORE = /\b(?:after|as|when|while|amid|because|following|since|before)\s+[^,;:]*$/iu;

/** Opinion, analysis and passing mentions (show notes, benchmarks) are not events: the note saying which, if so. */
export function genreNotes(text: string, titleEnd: number): string[] {
  const lex = lexicon();
  const mention = hits(lex.mentionOnly, text)[0]?.words;
  const titleText = text.slice(0, titleEnd);
  const opinion =
    leading(lex.opinionStart, titleText)?.[0] ??
    analystTitle(titleText) ??
    hits(lex.opinionAnywhere, text).find((h) => h.end <= titleEnd)?.words ??
    hits(lex.opinionBody, text)[0]?.words;
  const notes: string[] = [];
  if (opinion) notes.push(`opinion or analysis ("${opinion.trim()}")`);
  if (mention) notes.push(`mention in passing ("${mention.trim()}")`);
  return notes;
}

/**
 * The note when the whole item is about another subject: another country's deal told with no
 * word of China ("Japan clears SoftBank's purchase"), a headline about such a deal even when
 * the body compares it with China, or a headline event about another chip naming no tracked
 * item ("China lifts curbs on Nvidia H20 purchases") whatever the body says of the H200 beside it.
 */
export function otherSubjectNote(text: string, titleEnd: number, names: NamedScan, triggers: readonly Trigger[]): string | undefined {
  const lex = lexicon();
  const chinaHits = hits(lex.chinaWords, text);
  const chinaIn = (end: number) => chinaHits.some((h) => h.end <= end) || names.parties.some((p) => p.country === 'CN' && p.end <= end);
  // A seller's stock or output ("TSMC to make more", "Taiwan-based suppliers") is the same
  // wherever it is made: another country matters only to a deal.
  const countries = hits(lex.otherCountries, text);
  const dealTold = triggers.some((t) => t.original !== 'supply');
  const foreign = !dealTold
    ? undefined
    : !chinaIn(text.length)
      ? countries[0]
      : !chinaIn(titleEnd)
        ? countries.find((h) => h.end <= titleEnd && !SIDE_CLAUSE_BEFORE.test(text.slice(0, h.index)))
        : undefined;
  if (foreign) return `${foreign.words}: another country`;
  const titleChip = names.otherChips.find((c) => c.end <= titleEnd);
  const titleEvent = triggers.some((t) => t.index < titleEnd && t.original !== 'supply' && !t.original.startsWith('condition_'));
  if (titleChip && titleEvent && !names.items.some((i) => i.end <= titleEnd)) return `${titleChip.words}: another product`;
  return undefined;
}
