/**
 * Words around a trigger that change what it tells: what a decision "comes a month after" (older
 * news), a count of licences right after a decision (a tally, news however dated), and a plan said
 * not to exist (暂无…的计划, no event).
 */
import type { Hit } from './phrase-index.js';

// "The approval comes a month after the ministry withdrew its permit": the words before an older event.
export const COMES_AFTER = /\b((?:comes?|came|follows?|followed|arrives?|arrived)\s+(?:[\p{L}'’-]+\s+){0,4}(?:after|since))\s+[^,.;:]{0,80}$/iu;

// A count of licences or applications right after a decision ("12件", "12 licences").
export const TALLY_AFTER =
  /^[^，。；,;.]{0,16}?(?:\d{1,4}|[一二两三四五六七八九十]{1,3})\s*(?:件|份|张|(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:licen[cs]es|applications|permits)\b)/iu;
// 暂无申请进口H200芯片的计划, 没有进口的打算: a plan said not to exist is no event either.
const NO_PLAN_BEFORE = /(?:暂无|没有|并无|尚无|暂不|目前无)[^，。；,;:：]{0,6}$/u;
const PLAN_AFTER = /^[^，。；,;:：]{0,24}?的?(?:计划|打算|安排|意向)/u;
/** The words of a plan said not to exist around trigger `t` (暂无申请进口…的计划), if any. */
export function noPlan(text: string, t: Hit): Hit | undefined {
  const before = NO_PLAN_BEFORE.exec(text.slice(Math.max(0, t.index - 10), t.index));
  const after = before ? PLAN_AFTER.exec(text.slice(t.end, t.end + 30)) : null;
  return before && after ? { index: t.index - before[0].length, end: t.end + after[0].length, words: `${before[0]}…${after[0].slice(-2)}` } : undefined;
}
