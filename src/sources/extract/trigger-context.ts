/**
 * Words around a trigger that change what it tells: what a decision "comes a month after" (older
 * news), a count of licences right after a decision (a tally, news however dated), and a plan said
 * not to exist (暂无…的计划, no event), a permission only supposed (如获批准, 获批后用于, "once approved"),
 * and what makes a trigger no decision yet ("is weighing", "might … if").
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';
import { breaksBetween, type Range } from './text-units.js';
import { within } from './hit-ranges.js';
import { MODAL } from './told-patterns.js';

// "The approval comes a month after the ministry withdrew its permit": the words before an older event.
// (", weeks after the company denied online talk of a rejection": a clause dating an event before the news.)
const COMES_AFTER =
  /(?:\b((?:comes?|came|follows?|followed|arrives?|arrived)\s+(?:[\p{L}'’-]+\s+){0,4}(?:after|since))|,\s+((?:(?:days|weeks|months)|(?:a|one|two|three|several|a few)\s+(?:days?|weeks?|months?))\s+after))\s+[^,.;:]{0,80}$/iu;
/** The words dating the text's end after an older event ("comes a month after", ", weeks after"), if any. */
export function comesAfter(before: string): string | undefined {
  const m = COMES_AFTER.exec(before);
  return m ? (m[1] ?? m[2]) : undefined;
}

// A count of licences or applications right after a decision ("12件", "12 licences").
export const TALLY_AFTER =
  /^[^，。；,;.]{0,16}?(?:\d{1,4}|[一二两三四五六七八九十]{1,3})\s*(?:件|份|张|(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:licen[cs]es|applications|permits)\b)/i;
// 暂无申请进口H200芯片的计划, 没有进口的打算: a plan said not to exist is no event either.
// (A plan asked about past the headline's end, 暂无申请。…是否计划…, is no plan the headline denies.)
const NO_PLAN_BEFORE = /(?:暂无|没有|并无|尚无|暂不|目前无)[^，。；,;:：.!?！？]{0,6}$/u;
const OWN_NO_PLAN = /^(?:暂无|没有|并无|尚无|暂不)/u;
const PLAN_AFTER = /^[^，。；,;:：.!?！？]{0,24}?的?(?:计划|打算|安排|意向)/u;
/** The words of a plan said not to exist around trigger `t` (暂无申请进口…的计划), if any. */
export function noPlan(text: string, t: Hit): Hit | undefined {
  // (没有采购…的安排: the trigger's own words may open with the negation.)
  const outside = NO_PLAN_BEFORE.exec(text.slice(Math.max(0, t.index - 10), t.index));
  const before = outside ?? OWN_NO_PLAN.exec(t.words);
  const after = before ? PLAN_AFTER.exec(text.slice(t.end, t.end + 30)) : null;
  return before && after
    ? { index: t.index - (outside ? outside[0].length : 0), end: t.end + after[0].length, words: `${before[0]}…${after[0].slice(-2)}` }
    : undefined;
}

// 如获批准, 若获批, 一旦获准, 获批后将用于, 能否获批, 何时放行, 合格后方可恢复进口, "once approved", "if cleared": a permission supposed, not told.
const IF_GRANTED_BEFORE =
  /(?:如|若|倘若?|假如|如果|一旦|待|等到?|能否|是否|可否|能不能|方可|才能|后才|何时|什么时候)\s*$|\b(?:if|once|unless|until|pending)\s+(?:(?:it\s+is|they\s+are|the\s+\w+\s+(?:is|are))\s+)?$/i;
// (取得…进口许可以后才能交付: "only once the permit is had".)
const IF_GRANTED_AFTER = /^(?:后(?![，,])|以后)/u;
const AHEAD_OF_GRANT = /\b(?:before|ahead of|until)\s+(?:(?:the\s+)?[\p{L}'’-]+\s+){0,2}(?:formally\s+|officially\s+|finally\s+)?$/iu;
// "Betting on a Beijing green light", "in anticipation of approval", "an expected import approval", "waits for Beijing to
// let…": a permission hoped for.
// ("buyers that doubt they will win import approval", "the slow pace of Nvidia H200 import approvals": a permission
// doubted, the licensing's pace, or an approval asked for ("asks Beijing to approve"), grants nothing.)
const HOPED_FOR_GRANT =
  /\b(?:betting|banking|counting|wagering|gambling|hoping)\s+on\s+(?:an?\s+|the\s+)?(?:[\p{L}'’-]+\s+){0,2}$|\bin\s+(?:anticipation|expectation|hope)\s+of\s+(?:an?\s+|the\s+)?(?:[\p{L}'’-]+\s+){0,2}$|\b(?:an?|the)\s+(?:expected|anticipated|hoped-for)\s+(?:[\p{L}'’-]+\s+){0,2}$|\bwait(?:s|ing|ed)?\s+for\s+(?:[\p{L}'’-]+\s+){1,3}to\s+$|\b(?:doubt|doubts|doubted|doubting|unsure|uncertain|whether)\s+(?:that\s+)?(?:they|it|he|she|we|the\s+\w+)\s+(?:will|would|can|could)\s+(?:ever\s+)?(?:win|get|receive|obtain|secure)\s+(?:an?\s+|the\s+)?(?:[\p{L}'’-]+\s+){0,2}$|\b(?:pace|speed|rate|trickle|timing|slowness)\s+of\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}$|\bask(?:s|ed|ing)?\s+(?:[\p{L}'’-]+\s+){0,2}to\s+$/iu;
// A word every form of HOPED_FOR_GRANT holds (its "on", "of", "to", modal or participle): the long pattern is tried only after it.
const HOPED_HINT = /\b(?:on|of|to|will|would|can|could)\s|expected|anticipated|hoped-for/i;
// "the licences it grants Nvidia": licences described by who grants them, in a clause about something else.
const DESCRIBED_GRANT_BEFORE = /\blicen[cs]es\s+(?:that\s+|which\s+)?(?:it|they|Washington|Commerce|Beijing)\s+$/i;
// 合同生效以供应商取得芯片进口许可为前提: a permission named as a contract's premise.
const PREMISE_BEFORE = /以[^，。；,;]{0,12}$/u;
const PREMISE_AFTER = /^[^，。；,;]{0,8}?为(?:前提|条件|先决条件)/u;
const PREMISE_OF = /^的(?:前提|先决条件|条件)/u;
/** The words that make grant trigger `t` a supposition (如获批准, 获批后, "once approved"), if any. */
export function supposedGrant(text: string, t: Hit): Hit | undefined {
  const before = IF_GRANTED_BEFORE.exec(text.slice(Math.max(0, t.index - 24), t.index));
  if (before) return { index: t.index - before[0].length, end: t.end, words: `${before[0].trim()}…` };
  // "lines up 260,000 H200s before Beijing signs off": a permission still to come (a past tense tells one given).
  const ahead = AHEAD_OF_GRANT.exec(text.slice(Math.max(0, t.index - 40), t.index));
  if (ahead && !/ed\b/i.test(t.words)) return { index: t.index - ahead[0].length, end: t.end, words: `${ahead[0].trim()}…` };
  // (English only: a Chinese slice has none of its words.)
  const before48 = text.slice(Math.max(0, t.index - 48), t.index);
  const hoped = /[A-Za-z]{2}/.test(before48) && HOPED_HINT.test(before48) ? HOPED_FOR_GRANT.exec(before48) : null;
  if (hoped) return { index: t.index - hoped[0].length, end: t.end, words: `${hoped[0].trim()}…` };
  const described = DESCRIBED_GRANT_BEFORE.exec(text.slice(Math.max(0, t.index - 40), t.index));
  if (described && !/ed\b/i.test(t.words)) return { index: t.index - described[0].length, end: t.end, words: `${described[0].trim()}…` };
  const premise = PREMISE_BEFORE.exec(text.slice(Math.max(0, t.index - 12), t.index));
  if (premise && PREMISE_AFTER.test(text.slice(t.end, t.end + 12))) return { index: t.index - premise[0].length, end: t.end, words: `${premise[0]}…` };
  // 作为获批的前提之一, 获批的条件: the approval a premise is for, not one given.
  const premiseOf = PREMISE_OF.exec(text.slice(t.end, t.end + 8));
  if (premiseOf) return { index: t.index, end: t.end + premiseOf[0].length, words: `${t.words}${premiseOf[0]}` };
  const after = IF_GRANTED_AFTER.exec(text.slice(t.end, t.end + 2));
  return after ? { index: t.index, end: t.end + after[0].length, words: `${t.words}${after[0]}` } : undefined;
}

// Intent words that place terms in the future: 待…敲定, 确定之前.
const UNTIL_SETTLED = /^[待等].*(?:敲定|确定|落地)$|(?:确定|敲定|落地)之?前$/u;
const IF_UNTIL = /^(?:until|unless|if|如果|直至|直到)$/i;
const IF_AFTER = /^(?:if|unless|如果|假如|倘若|一旦)$/i;

/**
 * The words that make the trigger at `hit` no decision yet, if any: an intention before it, a
 * plan denied, a supposed grant, terms named as what waits on something else, or a modal with
 * a condition after it.
 */
export function notYetDecided(text: string, s: Range, hit: Hit, kind: CandidateKind, intents: readonly Hit[], sHedges: readonly Hit[]): Hit | undefined {
  // "is weighing revoking", "plans to order", 考虑追加采购: an intention, not an event (a proposal is one by nature).
  const intent = kind.startsWith('condition_')
    ? undefined
    : intents.find(
        (i) =>
          within(i, s) &&
          ((i.end <= hit.index && hit.index - i.end <= 30 && breaksBetween(text, i.end, hit.index) === 0) ||
            // 拟申请进口: the intention's words run into the trigger's.
            (i.index < hit.index && i.end > hit.index && i.end <= hit.end)),
      );
  // "might revoke the licences if talks sour": a modal with a condition after it is speculation.
  // "could last until the bundling terms are settled": a condition named in an until/if clause is not told.
  return (
    intent ??
    noPlan(text, hit) ??
    (kind === 'grant' ? supposedGrant(text, hit) : undefined) ??
    (kind.startsWith('condition_')
      ? intents.find(
          (i) =>
            within(i, s) &&
            ((IF_UNTIL.test(i.words) && i.end <= hit.index && hit.index - i.end <= 30 && breaksBetween(text, i.end, hit.index) === 0) ||
              // 待配比条件敲定后, 条件最终确定之前: terms still to be settled, named as when something else happens.
              (UNTIL_SETTLED.test(i.words) && i.index <= hit.end && i.end >= hit.index)),
        )
      : intents.find(
          (i) =>
            within(i, s) &&
            IF_AFTER.test(i.words) &&
            i.index >= hit.end &&
            i.index - hit.end <= 80 &&
            sHedges.some((h) => MODAL.test(h.words) && h.end <= hit.index && hit.index - h.end <= 20),
        ))
  );
}
