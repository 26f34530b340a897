/**
 * "Qingdao East Steel Tower's data-center subsidiary has won Chinese approval": a unit told in running text as winning a
 * permission names its parent, the firm an item means when it names no other.
 */
import { afterFirmKind } from './after-firm-kind.js';
import { EN_UNIT_WINNER } from './en-name-patterns.js';
import { covered } from './hit-ranges.js';
import { allMatches } from './all-matches.js';
import type { Named } from './named.js';
import { EN_NOT_NAME, latinParty } from './untracked-party.js';

/** The parents of the units the text tells winning a permission, as untracked parties, not already `known`. */
export function unitWinners(text: string, known: readonly { index: number; end: number }[]): Named[] {
  if (!/['’]s\s/u.test(text)) return [];
  const out: Named[] = [];
  for (const m of allMatches(EN_UNIT_WINNER, text)) {
    const name = afterFirmKind(m[1]!);
    const index = m.index + m[0].indexOf(m[1]!) + m[1]!.length - name.length;
    if (!EN_NOT_NAME.test(name.split(/\s+/)[0]!) && !covered(index, index + name.length, known)) out.push(latinParty(name, index));
  }
  return out;
}
