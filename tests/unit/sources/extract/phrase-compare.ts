/** Shared by the phrase matcher tests: the lexicons' phrases, and the matcher checked against the phrase's pattern. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { phraseMatcher, phraseSource } from '../../../../src/sources/extract/phrase-match.js';

/** Where a phrase matched at `at`: the words, or null. */
export function matchAt(phrase: string, text: string, at = 0): string | null {
  const end = phraseMatcher(phrase)(text, at);
  return end < 0 ? null : text.slice(at, end);
}

/** Every phrase string of the lexicon files, as written (leading spaces kept). */
export function lexiconPhrases(): string[] {
  const dir = join(import.meta.dirname, '../../../../src/sources/extract/lexicon');
  const phrases = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') phrases.add(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) collect(JSON.parse(readFileSync(join(dir, f), 'utf8')));
  return [...phrases];
}

/** Whether a phrase has a gap word (`~`, `～`). */
export const hasGap = (phrase: string): boolean => /(?:^|\s)[~～](?:\s|$)/u.test(phrase);

/**
 * Compares the phrase's matcher with its pattern (`phraseSource`, sticky) at every place of every text; throws on the
 * first place they differ. Returns how many places were compared and at how many the phrase matched.
 */
export function compareWithPattern(phrase: string, texts: readonly string[]): { compared: number; matched: number } {
  const re = new RegExp(phraseSource(phrase), 'iuy');
  const m = phraseMatcher(phrase);
  let compared = 0;
  let matched = 0;
  for (const text of texts) {
    for (let at = 0; at < text.length; at++) {
      re.lastIndex = at;
      const want = re.exec(text);
      const got = m(text, at);
      if ((want ? at + want[0].length : -1) !== got) throw new Error(`${JSON.stringify(phrase)} at ${at} of ${JSON.stringify(text)}: ${got}`);
      compared++;
      if (got >= 0) matched++;
    }
  }
  return { compared, matched };
}
