/**
 * The US licensing of the item told again: an explainer, a timeline, an official telling lawmakers the
 * terms are unchanged, a quarterly report citing the licences. No event word is needed: the record as it
 * stands is what such an item tells, so it is a restatement of the tracked export licensing, held by
 * its exporter.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import type { Named } from './named.js';
import { activeLicensing } from './active-licensing.js';

// The rule, its terms or the licences it governs, named as Washington's.
const US_SIDE = /\b(?:U\.?S\.?|United States|Washington|Commerce|BIS|Bureau of Industry|export(?:s|ing)?)\b|美国|美方|美商务部/i;
const RULE_WORD =
  /\b(?:rules?|rulebook|terms|licen[cs](?:e|es|ed|ing)|export (?:regime|policy|controls?)|case-by-case|revision|requirements?|requires|conditions?)\b|规则|出口许可|审查政策|逐案|新规|出口框架|门槛/i;
// (A wire's all-caps headline, CHINA, and the PRC name the same country.)
const CHINA = /\bChin(?:a|ese)\b|\bPRC\b|中国|对华/iu;
// What makes an item a retelling: the record said to stand, a look back, a periodic report.
const RETELLING =
  /\b(?:unchanged|reaffirm(?:s|ed|ing)?|stands?|remains? (?:valid|in (?:force|place|effect))|remains? as (?:set|before|it was|they were)|(?:stays?|remains?) the same|stays? as (?:it is|they are|it was|they were)|exactly where|still|recap|explainer|timeline|reminder|looking back|looks? back|(?:years?|months?) (?:of|after|under|since)|how (?:the|a|washington|it|nvidia)|where [\w\s']{0,40} stands|has(?:n't| not) (?:changed|moved)|have(?:n't| not) (?:changed|moved)|10-Q|10-K|since (?:the )?January|remind(?:s|ed|er)?|refresher|(?:remains?|stays?) capped)\b/i;

// The standing terms of Washington's rule, each told its own way: an item naming two of them describes the rule as it stands.
const STANDING_TERMS = [
  // ("hold China volumes under half of domestic sales", 对华出货不超对美出货五成.)
  /\b(?:50%|half)\s+of\s+(?:(?:the|its|their)\s+)?(?:volumes?|those|US|U\.S\.|American|domestic|what)\b|美国(?:国内)?销量的(?:50%|一半)|不超(?:过)?对美(?:出货|销量)(?:的)?(?:五成|一半|50%)/i,
  // ("testing by an American lab", 先在美国经第三方检测.)
  /\b(?:third-party|independent)\s+testing\b|\btesting\s+by\s+(?:an?\s+)?(?:American|US|U\.S\.|independent)\b|\b(?:independent|third-party)\s+US\s+test|第三方(?:测试|检测)|美国境内测试/i,
  // ("US customers are not shortchanged", "enough supply at home", 美国客户供应不受影响.)
  /\b(?:adequate|sufficient)\s+(?:US\s+|U\.S\.\s+|domestic\s+)?supply\b|\bnot\s+shortchanged\b|\benough\s+supply\s+at\s+home\b|国内供应充足|美国客户供应不受影响/i,
  /\bcustomer[- ]screening\b|\bbuyer checks\b|\bknow[- ]your[- ]customer\b|客户尽职调查/i,
  /\b25%\s+(?:cut|share|take)\b|\b(?:cut|share|take)\s+of\s+25%|四分之一收益|25%收益/i,
  // ("weighed one by one rather than presumed denied", 改按个案评估.)
  /\bcase[- ]by[- ]case\b|\bon (?:its|their) (?:own )?merits\b|\bone by one\b|\bpresumed denied\b|逐案|个案评估/i,
];
// The volume term named as a cap ("the 50% China cap", "US volume cap"), and testing told as "the US third-party test":
// the same standing terms in a headline's shorter words.
const TERM_IN_TITLE = [
  /\b(?:50%|half)[- ](?:(?:China|volume|of[- ]U\.?S\.?)[- ]){0,2}(?:volume[- ])?(?:cap|ceiling|limit)\b|\b(?:US|U\.S\.) volume (?:cap|ceiling|limit)\b/i,
  /\b(?:third-party|independent)\s+(?:US\s+|U\.S\.\s+)?test(?:s|ing)?\b/i,
  ...STANDING_TERMS,
];

// The rule told as one already made and still binding: named by the month it was made ("under the January rule", "as set
// out in January", "repeating the terms of the January 15 rule"), or a term of it said to hold ("stays mandatory",
// "remains a condition of every licence", "licences stay in force", "will stay inside the volume cap", "six weeks on").
const MONTHS = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const RULE_STANDS = new RegExp(
  String.raw`\b(?:(?:mid-)?${MONTHS}(?:['’]s)?(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s+(?:Commerce\s+|BIS\s+|export\s+|chip\s+)?rule\b|set\s+(?:out\s+)?in\s+(?:the\s+)?(?:mid-)?${MONTHS}` +
    String.raw`|repeating\s+the\s+terms|(?:stays?|remains?)\s+(?:mandatory|required|a\s+(?:condition|requirement)|in\s+(?:force|place|effect))|(?:stays?|remains?)\s+(?:within|inside)\s+(?:the\s+)?(?:US\s+|U\.S\.\s+)?(?:rule|(?:volume\s+)?cap|limits?)` +
    String.raw`|(?:weeks?|months?|years?)\s+on\b)`,
  'i',
);

// A count in the headline ("31 licences issued", "north of 30 buyers") is news of its own, not the rule retold; a day of
// a month or a year is no count, nor is a share ("the 50% cap").
const COUNT_IN_TITLE = /\b\d[\d,.]*\b(?!\s*%)/;
const DATE_IN_TITLE = new RegExp(String.raw`${MONTHS}\s+\d{1,2}\b|\b(?:19|20)\d\d\b`, 'gi');
// "a step beyond the January rule" proposes more than the rule, and "meeting one of the conditions of the January rule"
// is a firm's own undertaking: neither retells it.
const BEYOND_BEFORE =
  /\bbeyond\s+(?:the\s+)?$|\b(?:meet(?:s|ing)?|satisf(?:y|ies|ying)|compl(?:y|ies|ying)\s+with)\s+(?:one\s+of\s+)?(?:the\s+)?(?:conditions|terms|requirements)\s+of\s+(?:the\s+)?$/i;

/** The words telling the rule as made and still binding, unless the headline counts something or the words go beyond it. */
function ruleStands(text: string, title: string): string | undefined {
  if (COUNT_IN_TITLE.test(title.replace(DATE_IN_TITLE, ''))) return undefined;
  const m = RULE_STANDS.exec(text);
  return m && !BEYOND_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) ? m[0] : undefined;
}

/** Whether a headline names a standing term of the US rule ("the 50% China cap", "third-party US testing"). */
function termInTitle(title: string): boolean {
  return TERM_IN_TITLE.some((t) => t.test(title));
}

/** The words of the first standing term of the US rule the text names, when it names at least two. */
function standingTermsTold(text: string): string | undefined {
  const told = STANDING_TERMS.map((t) => t.exec(text)).filter((m) => m !== null);
  return told.length >= 2 ? told[0]![0] : undefined;
}

/** Whether a headline explains Washington's rule to those it binds (an explainer of China's approval is not one). */
export function explainsUsRule(title: string): boolean {
  return explainerTitle(title) && US_SIDE.test(title) && (RULE_WORD.test(title) || BOUND_BY_RULE.test(title));
}

// 回顾, 回看, 重温, 补课, 复盘: a look back at the rule, or a refresher on it.
const LOOK_BACK = /回顾|回看|重温|补课|复盘/u;

/**
 * A headline that explains the rule to those it binds: "What Exporters Need to Know", "what the January 15 rule asks of
 * exporters", "what BIS expects from exporters", "what Washington actually requires", "the fine print in …", a law firm's
 * "Client alert:" or "compliance checklist", 梳理 (a rundown).
 */
export const EXPLAINER_TITLE = new RegExp(
  String.raw`梳理|${LOOK_BACK.source}|\bfine print\b|\bwhat\s+(?:[\w'’-]+\s+){0,3}(?:actually\s+|really\s+)(?:requires|demands|asks|means)\b|\bwhat\s+(?:[\w-]+\s+){0,3}needs?\s+to\s+know\b|\bwhat\s+exporters\s+need\b|\bwhat\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:rule|policy|policy change|regime|review)\s+(?:asks|requires|demands|means|says)\b|\bwhat\s+the\s+(?:[\w-]+\s+){0,4}(?:conditions|terms|requirements)\s+mean\b|\bwhat\s+(?:[\w-]+\s+){0,3}(?:must|should|ha(?:ve|s)\s+to)\s+(?:show|do|know|file|prove|submit|document)\b|\bwhat\s+(?:[\w-]+\s+){0,3}expects?\s+(?:of|from)\b|\bexplainer\b|\bexplained\b|\bfactbox\b|\bpractical (?:note|guide)\b|\bFAQs?\b|\bfrequently asked questions\b|\ba guide to\b|\bclient (?:alert|note|update|briefing)\b|\b(?:compliance )?checklist\b`,
  'i',
);

// Those Washington's rule binds, as an explainer addresses them.
const BOUND_BY_RULE = /\b(?:exporters?|suppliers?|distributors?|shippers?|chipmakers?)\b/i;
// A law-firm digest's jurisdiction tag ("United States: Exporting Nvidia H200s To China Under BIS's Policy") heads a note
// on the rule, unless its headline tells an act ("United States: BIS Suspends Two Licences" is news of the act).
const JURISDICTION_TAG = /^\s*United States\s*:\s/u;
const ACT_IN_TITLE = /\b(?:suspend|revok|cancel|rescind|den(?:y|ies|ied)|reject|refus|approv|grant|clear(?:s|ed)\b|issu|halt|freez|froze|ban)/i;

/** Whether a headline is a guide to a rule: an explainer's words, or a law-firm digest's jurisdiction tag over no act. */
function explainerTitle(title: string): boolean {
  return EXPLAINER_TITLE.test(title) || (JURISDICTION_TAG.test(title) && !ACT_IN_TITLE.test(title));
}

// ("Washington's January chip rule": the class named by its rule.)
const COVERED_CLASS = /\badvanced[- ](?:computing|AI chips?|chips?|semiconductors?)\b|\bAI chips?\b|\bchip rule\b|先进计算|高性能计算/i;
const PERIODIC_REPORT = /\b(?:10-Q|10-K|20-F)\b|\b(?:quarterly|annual) report\b/i;

/** A restatement of the US export licensing of the item, when an item that read no event retells it. */
export function ruleRetold(
  text: string,
  titleEnd: number,
  names: { items: readonly Named[]; parties: readonly Named[]; otherChips: readonly { index: number }[] },
  state: LedgerState,
): CandidateEvent | undefined {
  const { items, parties, otherChips } = names;
  const item = items[0];
  const title = text.slice(0, titleEnd);
  const explainer = explainerTitle(title);
  // ("Commerce says every China request is weighed on its merits, with testing and volume terms attached": the terms as
  // they stand, told without a retelling word.)
  const terms = standingTermsTold(text);
  const stands = ruleStands(text, title);
  if (!item || !CHINA.test(text) || !(RETELLING.test(text) || stands || explainer || terms) || !US_SIDE.test(text) || !RULE_WORD.test(text)) return undefined;
  // The headline is about the item's licensing: it names the item (or is the exporter's periodic report)
  // and no other chip ("the 2023 rules that cut China off from the A800" is another rule's history).
  // ("Advanced computing exports": the class of chips the rule covers, the item named in the body.)
  // ("How the 2026 rule still shapes Nvidia's China sales": the exporter's China business is the item's licensing.)
  const record = activeLicensing(state, item.id, 'US', 'export');
  if (!record) return undefined;
  const exporterInTitle = parties.some((p) => p.index < titleEnd && record.holderIds.includes(p.id));
  if (
    !(
      items.some((i) => i.index < titleEnd) ||
      PERIODIC_REPORT.test(title) ||
      ((explainer || RETELLING.test(title)) && COVERED_CLASS.test(title)) ||
      exporterInTitle
    ) ||
    otherChips.some((c) => c.index < titleEnd)
  )
    return undefined;
  // …and tells it as it stands: the rule or the licences, a look back, or the report ("windfall is smaller
  // than it looks" is a view of the business, not of its licences).
  // (An explainer addressed to exporters is about Washington's rule, whatever else it names.)
  if (
    !RULE_WORD.test(title) &&
    !RETELLING.test(title) &&
    !PERIODIC_REPORT.test(title) &&
    !(explainer && BOUND_BY_RULE.test(title)) &&
    !(terms && US_SIDE.test(title)) &&
    // (A headline naming one standing term, "the 50% volume cap", is about the rule its body says still binds.)
    !(termInTitle(title) && (stands || terms))
  )
    return undefined;
  // The exporter as the item names it ("NVIDIA CORP"); a rule retold without naming it ("回顾：美方规则…") is held by no one.
  const named = parties.find((p) => record.holderIds.includes(p.id));
  return {
    kind: 'restatement',
    certainty: usAuthoritySpeaks(text) ? 'official' : 'reported',
    trigger: (RETELLING.exec(text) ?? EXPLAINER_TITLE.exec(title) ?? JURISDICTION_TAG.exec(title))?.[0] ?? stands ?? terms!,
    authority: { value: record.authorityId, words: state.authority[record.authorityId]?.name ?? record.authorityId },
    holders: named ? [{ value: named.id, words: named.words }] : [],
    item: { value: item.id, words: item.words },
    conditions: [],
    dates: [],
    // (A look back, 回顾/重温…, recalls the record; it is no source for the record as it stands.)
    ...(LOOK_BACK.test(title) ? {} : { retells: record.id }),
  };
}

/**
 * Washington's licences told to stand after an act the item recalls ("Commerce says remaining Nvidia China licences stand
 * after revocation"): the headline itself says the licensing stands, so the recalled act is its background and the
 * licensing as it stands is the news.
 */
export function licencesStand(text: string, titleEnd: number, names: Parameters<typeof ruleRetold>[2], state: LedgerState): CandidateEvent | undefined {
  const title = text.slice(0, titleEnd);
  return RETELLING.test(title) && US_SIDE.test(title) ? ruleRetold(text, titleEnd, names, state) : undefined;
}

// Washington itself speaking: "The US Commerce Department said", "A senior Bureau of Industry and Security official told
// senators", "Commerce Secretary Howard Lutnick said", "BIS posted guidance" ("Commerce issued 15 licences" acts; it
// says nothing). Only names and titles stand between the body and its verb ("the BIS rule that analysts said…" is not
// the bureau speaking).
const US_SPEAKS = new RegExp(
  String.raw`\b(?:Commerce|BIS|Bureau of Industry and Security)\b(?:['’]s)?(?:\s+(?:Department|Secretary|Undersecretary|under\s?secretary|spokes(?:person|man|woman)|official|chief|head|for|industry|and|security|top|senior|export-control|export|control|[A-Z][a-z]+))*\s+(?:said|says|told|tells|testified|testifies|posted|stated|reiterated|confirmed|confirms|repeated|repeats|reaffirmed|reaffirms)\b` +
    // "Commerce official: …", "A senior export-control official told senators", "Export chief tells senators".
    String.raw`|\b(?:Commerce|BIS)\s+(?:official|spokes(?:person|man|woman)|chief)\s*:|\b[Ee]xport(?:-control)?\s+(?:official|chief|czar|head)\s+(?:said|says|told|tells|testified|testifies|repeated|reaffirmed)\b`,
  'gu',
);
// "the rule the Bureau of Industry and Security published on January 15" recalls the rule's making, not a statement.
const RULE_BEFORE = /\brules?\s+(?:that\s+|which\s+)?(?:the\s+)?$/i;

/** Whether the US authority speaks in the item itself, which makes its telling of the rule (or of its decisions) official. */
export function usAuthoritySpeaks(text: string): boolean {
  return [...text.matchAll(US_SPEAKS)].some((m) => !RULE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)));
}

const ARGUED = /\b(?:argues?|argued|calls? for|urges?|contends?|should|ought to|must now)\b/i;

/**
 * The licensing an essay on the US rule retells, when opinion is all that set the item aside: "How Washington still
 * polices every H200 bound for China" traces the rule as it stands. An essay that asks or argues ("Is Washington still
 * getting anything…?", "argues", "calls for") is a view, and tells nothing.
 */
export function essayOnRule(
  text: string,
  titleEnd: number,
  genre: readonly string[],
  names: Parameters<typeof ruleRetold>[2],
  state: LedgerState,
): CandidateEvent | undefined {
  if (!genre.every((n) => n.startsWith('opinion')) || ARGUED.test(text) || text.slice(0, titleEnd).includes('?')) return undefined;
  return ruleRetold(text, titleEnd, names, state);
}
