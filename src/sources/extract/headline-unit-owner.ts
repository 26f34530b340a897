/**
 * 森源电气拟建郑州智算中心 子公司已就H200进口提出申请, 康普顿跨界算力有新进展？知情人士称其子公司获批: a unit the headline
 * names without its parent acts for the firm the headline opens with, before what that firm does (拟建, 跨界, 布局…).
 */
import type { Named } from './named.js';
import { covered } from './hit-ranges.js';
import { zhParty } from './untracked-party.js';
import { ZH_GENERIC } from './zh-name-patterns.js';

// The firm opening the headline, before a verb of its own business (not a buyer's verb: those names are found already).
const OPENER = /^([\p{Script=Han}]{2,6}?)(?=拟建|拟投|拟设|拟募|拟斥资|将建|计划|宣布|斥资|投资|布局|跨界|加码|发力|携手|牵手|联手|押注|进军|入局|切入|转型)/u;
// A unit opening a later clause, or told as "its" unit, with no name before it.
const ORPHAN_UNIT = /(?:[\s？?！!：:]|称|其)(?:全资|控股)?子公司/u;
// The headline is its first 60 characters at most: a unit told later belongs to whoever the body names.
const HEADLINE = 60;

/** The firm a headline opens with, as the parent of a unit it names without one; undefined when there is none. */
export function headlineUnitOwner(text: string, known: readonly { index: number; end: number }[]): Named | undefined {
  const opener = OPENER.exec(text)?.[1];
  if (!opener || ZH_GENERIC.test(opener) || covered(0, opener.length, known)) return undefined;
  const unit = ORPHAN_UNIT.exec(text.slice(opener.length, HEADLINE));
  return unit ? zhParty(opener, 0) : undefined;
}
