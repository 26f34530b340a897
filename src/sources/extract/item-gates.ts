/**
 * Whole-item gates: an item that is opinion or a passing mention, another country's deal, or
 * an event about another chip tells nothing about the tracked records, whatever its sentences say.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { placeAroundHalt, SIDE_CLAUSE_BEFORE } from './actors.js';
import { lexicon } from './lexicon.js';
import { leading } from './anchored-set.js';
import { hits, type Hit } from './phrase-index.js';
import type { NamedScan } from './named.js';
import { analystTitle, apartClauses, INVESTORS_ANSWERED, researchView, tellsOwnNews } from './other-subject.js';
import { answersItself } from './text-units.js';
import type { Trigger } from './trigger.js';

// H200进口许可，会不会变成下一张“牌照”？: a Chinese headline that asks, ending on its question mark.
const ZH_ASKING_TITLE = /(会不会|能不能|是不是|是否|能否|何时|为何|为什么|怎么|如何|吗|呢)[^？?]{0,30}[？?]\s*$/u;
// H200进口审批会收紧吗？多位业内人士这样看: a question, then a subtitle promising views on it.
const ZH_ASKING_THEN_VIEWS =
  /(会不会|能不能|是不是|是否|能否|何时|为何|为什么|怎么|如何|吗|呢)[^？?]{0,30}[？?]\s*[^？?]{0,24}(?:看|解读|分析|思路|观点|观察|逻辑|答案|怎么说|这样说)[^？?]{0,8}$/u;
const ASKING_TITLE = /^(?:[^?？]*[,，]\s*)?(will|would|could|should|can|who|what|why|how|when|is|are|does|do|did|has|have)\b[^?？]*[?？]\s*$/i;

const NEEDS_NONE_EN =
  /\b(?:needs?|requires?)\s+no\b[^.]{0,40}\b(?:chips?|H\d+s?|Nvidia|imports?|parts|accelerators|GPUs)\b|\bno\s+(?:Nvidia\s+|H\d+\s+)?imports?\s+planned\b|\b(?:runs?|trains?|keeps?\b[^,]{0,30})\s+on\s+(?:home-?grown|domestic|local|Chinese(?:-made)?)\s+(?:chips|accelerators|silicon)\b/i;
const NEEDS_NONE_ZH = /未涉及(?:英伟达)?H\d+|无需(?:进口)?(?:英伟达)?H\d+|不需要(?:进口)?(?:英伟达)?H\d+/u;

// 须说明国产芯片为何不能满足需要: a "why" someone must explain is a requirement told, not a headline asking it.
const EXPLAIN_WHY_BEFORE = /(?:说明|解释|阐明|讲清|说清|写明)[^，。？?]{0,10}$/u;
const SPAN_BEFORE = /(?:满月|周年|月度|季度|半年|年度)$/u;
const TOLD_AFTER = /^\s+(?:(?:was|were|is|are|have\s+been|has\s+been)\s+)?(?:told|hears?|heard|learns?|learned|learnt)\b/i;
const TOLD_TO_BEFORE = /\b(?:tells?|told|telling|brief(?:s|ed|ing)?|testif(?:y|ies|ied|ying)\s+(?:before|to)|appear(?:s|ed)?\s+before)\s+(?:the\s+|a\s+)?$/i;

// "The licences have nothing to do with the permits under which Nvidia sells H200s", 该认证…与商务部的进口许可无关,
// 不涉及芯片进口许可: the item says the permission it tells is not the chip licence.
const UNRELATED_EN =
  /\b(?:(?:has|have|had)\s+nothing\s+to\s+do\s+with|(?:is|are|was|were)\s+(?:separate\s+from|unrelated\s+to|not\s+related\s+to|independent\s+of)|does\s+not\s+(?:involve|concern|cover)|(?:its|their)\s+separate)\b([^.;]{0,100})/gi;
// What it is set apart from: chips or their import (or the tracked item, named), and a permission.
const CHIP_SUBJECT = /\b(?:imports?|importing|chips?|processors?|licensing|case-by-case)\b/i;
const PERMISSION_WORD = /\b(?:licen[cs]es?|licensing|permits?|permission|approvals?|imports?|consent|nod|go-ahead|clearance|sign-off)\b/i;
// 芯片进口仍需另行申请: the approval told is not the chip licence, which needs its own request.
const UNRELATED_ZH =
  /[与和][^，。；]{0,40}(?:许可|审批|进口|芯片)[^，。；]{0,6}(?:并)?(?:无关|没有关系|没有关联|不是一回事|是两回事)|不涉及[^，。；]{0,14}(?:许可|审批|进口)|(?:芯片|H\d+)[^，。；]{0,4}进口仍需另行(?:申请|报批)|(?:芯片|H\d+)[^，。；]{0,6}不在[^，。；]{0,8}范围/gu;

// (Module-level rather than closures: tsx keeps function names, which costs a call per closure made.)
function inside(spans: readonly { index: number }[], start: number, length: number): boolean {
  return spans.some((x) => x.index >= start && x.index < start + length);
}

// A word of China, or a Chinese party, named before `end`.
function chinaBefore(chinaHits: readonly Hit[], names: NamedScan, end: number): boolean {
  return chinaHits.some((h) => h.end <= end) || names.parties.some((p) => p.country === 'CN' && p.end <= end);
}

// ("for local AI startups": a collective word for buyers names no tracked firm either.)
function nobodyTracked(h: { value: string; words: string }, state: LedgerState, known: ReadonlySet<string>): boolean {
  return (!state.party[h.value] || /^(?:AI\s+)?[a-z]/u.test(h.words)) && !known.has(h.value);
}

/**
 * The note when the item's body says the permission it tells is unrelated to the chip licence,
 * if it does. `items`, `otherChips`: where the tracked item and other chips are named ("separate
 * from its H200 licence" counts; "separate from its earlier H20 import licence" does not).
 */
export function unrelatedPermissionNote(
  text: string,
  titleEnd: number,
  items: readonly { index: number }[],
  otherChips: readonly { index: number }[],
): string | undefined {
  const body = text.slice(titleEnd);
  const zh = [...body.matchAll(UNRELATED_ZH)].find((m) => !inside(otherChips, titleEnd + m.index, m[0].length));
  const en = [...body.matchAll(UNRELATED_EN)].find((m) => {
    const start = titleEnd + m.index + m[0].length - m[1]!.length;
    if (inside(otherChips, start, m[1]!.length)) return false;
    return (inside(items, start, m[1]!.length) || CHIP_SUBJECT.test(m[1]!)) && PERMISSION_WORD.test(m[1]!);
  });
  const said = zh?.[0] ?? en?.[0];
  return said ? `"${said.trim()}": another permission, by the item's own account` : undefined;
}

// 获批进口H200的是宝钢股份 与本公司无关, 受让H200芯片的并非本公司: a firm saying the event was another firm's.
const ANOTHER_FIRMS = /的(?:是|为)[^，。；\s]{2,12}[，,\s]*(?:与本公司无关|而非本公司|并非本公司)|的(?:并非|不是)本公司/u;

// A headline deciding permits: "Suspends 21 Nvidia Licenses", 许可据悉被美方暂停.
const PERMIT_DECIDED =
  /\b(?:suspend|revok|cancel|approv|grant|clear|den(?:y|ie)|reject|freez|halt)\w*\b[^.]{0,40}\b(?:licen[cs]es?|permits?|approvals?)\b|\b(?:licen[cs]es?|permits?|approvals?)\b[^.]{0,30}\b(?:suspend|revok|cancel|approv|grant|clear|den(?:y|ie)|reject|freez|halt|on hold)\w*|(?:许可|批文|批准)[^，。；]{0,10}(?:暂停|撤销|吊销|冻结|驳回|收回)|(?:暂停|撤销|吊销|冻结|驳回|收回)[^，。；]{0,10}(?:许可|批文)/iu;

// "Why the January tally of 2 million orders still anchors forecasts", "Here is why it still matters": an explainer of why
// an old figure still stands retells it; it argues nothing new.
const STILL_STANDS =
  /(?:^|\b(?:here\s+is|here's|this\s+is)\s+)why\b[^?]{0,120}\b(?:still\s+(?:anchors?|shapes?|drives?|defines?|frames?|sets?|guides?|dominates?|underpins?|matters?)|keeps?\s+(?:coming\s+back|returning|resurfacing))\b/i;

// What joins the summary to its headline (". "), before a label opening the summary ("Column: every approval…").
const SUMMARY_LEAD = /^[\s.。!?！？]+/u;

// A headline telling a firm taking on terms: "agrees to share H200 time", "signs up to", 同意开放.
const TERMS_TAKEN = /\b(?:agree[sd]?|accept(?:s|ed)?|sign(?:s|ed)?\s+up|pledge[sd]?|commit(?:s|ted)?)\s+to\b|同意|承诺/iu;

/** Opinion, analysis, passing mentions (show notes, benchmarks), legislators' proposals and court cases are not events: the note saying which, if so. */
export function genreNotes(text: string, titleEnd: number): string[] {
  const lex = lexicon();
  // ("Case-by-Case Review:" names the licensing policy before a subtitle, not a product review.)
  // (A share-price move, 跌超5%, is a passing mention only in the headline: in the body it is the market's reaction to the news.)
  const mention =
    hits(lex.mentionOnly, text).find(
      (h) =>
        !/case-by-case\s+$/i.test(text.slice(Math.max(0, h.index - 14), h.index)) &&
        // ("leaving the chipmaker to work out how to split scarce supply": a tutorial's "how to" heads the item, not its body.)
        !(/^how to$/i.test(h.words) && h.index >= titleEnd) &&
        // (等保三级测评, 等级保护三级及以上测评: a security grading a data centre passes is a site's rating, no product review.)
        !(/^测评$/u.test(h.words) && /(?:等保|等级保护)[^，。；]{0,8}$/u.test(text.slice(Math.max(0, h.index - 12), h.index))) &&
        // (先过安全评测: a safety assessment a model must pass is a term's content, no product review.)
        !(/^(?:评测|测评)$/u.test(h.words) && /安全$/u.test(text.slice(Math.max(0, h.index - 2), h.index))) &&
        // ("Suspends 21 Nvidia Licenses After Benchmark Filing…", 跑分榜单署名露馅？…许可据悉被暂停: a benchmark that caused a
        // decision the headline tells about permits is that decision's cause, not a benchmark post.)
        // ("Tencent agrees to share H200 time with local rivals": benchmarking a firm agrees to host is a term it accepts.)
        !(/^(?:benchmark\w*|跑分)$/iu.test(h.words) && (PERMIT_DECIDED.test(text.slice(0, titleEnd)) || TERMS_TAKEN.test(text.slice(0, titleEnd)))),
    )?.words ?? hits(lex.mentionTitle, text).find((h) => h.end <= titleEnd)?.words;
  const titleText = text.slice(0, titleEnd);
  // 申万宏源：已取得H200进口许可, 长江证券：H200进口许可已获批: a broker heading news of its own permit, order or chips reports it.
  // (瑞达期货：… over 瑞达期货答投资者问时表示: a listed broker answering its own investors tells its own news too.)
  const ownNews = tellsOwnNews(titleText) || (/^[^：:]{2,12}[：:]/u.test(titleText) && INVESTORS_ANSWERED.test(text.slice(titleEnd)));
  const opinion = STILL_STANDS.test(titleText)
    ? undefined
    : ((ownNews || answersItself(titleText) ? undefined : researchView(leading(lex.opinionStart, titleText) ?? analystTitle(titleText), titleText)) ??
      hits(lex.opinionAnywhere, text).find(
        (h) =>
          h.end <= titleEnd &&
          !EXPLAIN_WHY_BEFORE.test(text.slice(Math.max(0, h.index - 12), h.index)) &&
          // 放行满月观察：…: a look back over a span of time recaps; it argues nothing.
          !SPAN_BEFORE.test(text.slice(Math.max(0, h.index - 4), h.index)) &&
          // "Analysts reckon roughly 60,000 H200s have already landed": analysts estimating a figure standing now report it.
          !(/^analysts?\b/i.test(h.words) && !text.slice(0, h.index).trim() && !researchView(h.words, titleText)) &&
          // "Nvidia sits on an estimated 650,000 H200s…, analysts say": a figure the headline reports, attributed at its end.
          !(
            /^(?:some\s+)?analysts?\b/i.test(h.words) &&
            /,\s*$/.test(text.slice(0, h.index)) &&
            !text.slice(h.end, titleEnd).trim() &&
            /(?<![\p{L}\p{N}])\d/u.test(titleText)
          ),
      )?.words ??
      hits(lex.opinionBody, text)[0]?.words ??
      leading(lex.opinionBodyStart, text.slice(titleEnd).replace(SUMMARY_LEAD, '')) ??
      undefined);
  const notes: string[] = [];
  // "After SAIC, will Beijing let more carmakers buy Nvidia's H200?": a headline asking what will happen tells nothing.
  const asks = opinion ? undefined : (ASKING_TITLE.exec(titleText)?.[1] ?? ZH_ASKING_TITLE.exec(titleText)?.[1] ?? ZH_ASKING_THEN_VIEWS.exec(titleText)?.[1]);
  if (opinion ?? asks) notes.push(`opinion or analysis ("${(opinion ?? asks)!.trim()}")`);
  if (mention) notes.push(`mention in passing ("${mention.trim()}")`);
  // "Hikrobot says its factory-vision models need no imported accelerators", 未涉及英伟达H200相关业务: a firm saying it has no use
  // for the goods tells no event about them (未涉及…申请/批文 answers a rumour of one, and is read as that denial).
  const needsNone = NEEDS_NONE_EN.exec(titleText)?.[0] ?? (/申请|批文|许可/u.test(titleText) ? undefined : NEEDS_NONE_ZH.exec(titleText)?.[0]);
  if (needsNone) notes.push(`a firm with no use for the goods ("${needsNone}")`);
  const another = ANOTHER_FIRMS.exec(text)?.[0];
  if (another) notes.push(`another firm's news, by the item's own account ("${another}")`);
  // ("Commerce official tells House panel…": the committee is who hears an official, not who proposes.)
  // ("…, House panel told", "Lawmakers learn 29 … were turned down": legislators told or learning something report what they heard.)
  const proposal = hits(lex.legislators, text).find(
    (h) => h.end <= titleEnd && !TOLD_TO_BEFORE.test(text.slice(Math.max(0, h.index - 24), h.index)) && !TOLD_AFTER.test(text.slice(h.end, h.end + 24)),
  )?.words;
  if (proposal) notes.push(`a legislator's proposal ("${proposal.trim()}")`);
  // "US Revokes Nvidia's H200 Licences After Smuggling Probe": a decision the headline tells first is news, whatever prompted it.
  const court = hits(lex.courtCases, text).find((h) => h.end <= titleEnd);
  const decidedFirst =
    !!court &&
    (lex.kinds.some((k) => ['grant', 'denial', 'suspension', 'revocation'].includes(k.kind) && hits(k.pattern, text).some((h) => h.end <= court.index)) ||
      // (越南海防港查获H200板卡 英伟达17张对华许可据悉被美方冻结: a headline deciding permits after what was seized.)
      PERMIT_DECIDED.test(text.slice(court.end, titleEnd)));
  if (court && !decidedFirst) notes.push(`a court or smuggling case ("${court.words.trim()}")`);
  return notes;
}

const COUNTRY_AS_SOURCE =
  /^(?:的)?(?:供应链|产业链|业内|渠道|服务器|伺服器|代工|半导体|科技)?(?:通路|代工厂)?(?:人士|消息人士|媒体|业者|分析师|厂商人士|的?(?:估计|预估|估算|说法|数据))|^(?:-based)?\s+(?:supply[- ]chain\s+|industry\s+|trade\s+)?(?:sources|media|press|newspapers?|analysts|executives)\b/i;

// "server makers in Taiwan said", "brokers in Singapore estimate": the place of those who tell the news.
const TELLERS_IN_BEFORE =
  /\b(?:sources?|makers?|suppliers?|analysts?|executives?|officials?|people|traders?|brokers?|forwarders?|distributors?|media|outlets?|newspapers?)\s+in\s+$/i;
const TOLD_AFTER_PLACE = /^\s*(?:said|say|says|reported|report|estimated?|estimates|told|cited|citing|reckon|reckoned|believe|believed)\b/i;

/** Other countries named in the text, except those that only name who tells the news (台湾供应链人士, "Taiwanese supply-chain sources"). */
export function countryHits(text: string): Hit[] {
  return hits(lexicon().otherCountries, text).filter(
    (h) =>
      !COUNTRY_AS_SOURCE.test(text.slice(h.end, h.end + 16)) &&
      !(TELLERS_IN_BEFORE.test(text.slice(Math.max(0, h.index - 24), h.index)) && TOLD_AFTER_PLACE.test(text.slice(h.end, h.end + 16))),
  );
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
  // A seller's stock or output ("TSMC to make more", "Taiwan-based suppliers") is the same
  // wherever it is made: another country matters only to a deal.
  const countries = countryHits(text);
  // An item that opens on the seller's stock is about the stock, whoever its shipments went to
  // ("stockpile stands at 640,000 after shipments to the Middle East").
  const dealTold = triggers[0]?.original !== 'supply' && triggers.some((t) => t.original !== 'supply');
  const foreign = !dealTold
    ? undefined
    : !chinaBefore(chinaHits, names, text.length)
      ? countries.find((h) => !placeAroundHalt(text, h, triggers))
      : !chinaBefore(chinaHits, names, titleEnd)
        ? countries.find((h) => h.end <= titleEnd && !SIDE_CLAUSE_BEFORE.test(text.slice(0, h.index)) && !placeAroundHalt(text, h, triggers))
        : undefined;
  if (foreign) return `${foreign.words}: another country`;
  const titleChip = names.otherChips.find((c) => c.end <= titleEnd);
  const titleEvent = triggers.some((t) => t.index < titleEnd && t.original !== 'supply' && !t.original.startsWith('condition_'));
  if (titleChip && titleEvent && !names.items.some((i) => i.end <= titleEnd)) return `${titleChip.words}: another product`;
  return undefined;
}

/**
 * "Turkcell wins US licences to import 14,000 Nvidia H200s": with no word of China anywhere,
 * an event whose only holders are firms nobody tracks and nothing places in China is another
 * market's deal. Drops those candidates; returns the note saying why.
 */
export function otherMarket(
  cands: CandidateEvent[],
  text: string,
  names: NamedScan,
  state: LedgerState,
  countries: readonly Hit[] = hits(lexicon().otherCountries, text),
): string | undefined {
  const lex = lexicon();
  // "has nothing to do with the licences Nvidia holds for Chinese customers": China named only to say the deal is not China's.
  const china = [...hits(lex.chinaWords, text), ...names.authorities.filter((a) => a.country === 'CN')];
  const apart = china.length ? apartClauses(text) : [];
  const chinaWords = china.some((h) => !apart.some((a) => h.index >= a.start && h.end <= a.end));
  // A firm named only in Chinese is taken as Chinese by its script; only a tracked one places the item in China.
  // (A collective word for the waiting firms, "start-ups", names no one and places nothing.)
  if (chinaWords || names.parties.some((p) => p.country === 'CN' && !/^[a-z]/u.test(p.words) && (p.tracked || !/\p{Script=Han}/u.test(p.words))))
    return undefined;
  // 印度信实集团获美国许可: in Chinese, another country in the headline with no word of China makes a
  // US licence that country's (a Chinese item names no country for Beijing's own approvals).
  if (/\p{Script=Han}/u.test(text)) {
    const title = text.split(/\n|(?<=[。！？])/u)[0] ?? text;
    if (!countries.some((h) => h.end <= title.length)) return undefined;
    let dropped = 0;
    for (let i = cands.length - 1; i >= 0; i--) {
      const c = cands[i]!;
      if (c.authority && state.authority[c.authority.value]?.country !== 'CN') {
        cands.splice(i, 1);
        dropped++;
      }
    }
    return dropped ? 'a US licence for another country, no word of China' : undefined;
  }
  // A firm the lexicon knows as Chinese (PDD, Kuaishou) is China news without the word.
  const known = lex.chineseFirms;
  let note: string | undefined;
  // "Espoo centre switches on 384 Nvidia H200s", "KT Cloud secures 1,536 H200s": goods that arrive
  // where the item names another country, with nothing Chinese in it, are that country's.
  const abroad = countries[0];
  if (abroad)
    for (let i = cands.length - 1; i >= 0; i--) {
      const c = cands[i]!;
      if ((c.kind === 'delivery' || c.kind === 'order') && c.holders.every((h) => nobodyTracked(h, state, known))) {
        cands.splice(i, 1);
        note = `${abroad.words}: goods for another country`;
      }
    }
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    // Only a licence from another country's side (a US export licence) is another market's: an
    // import approval with no country named is Beijing's, for a firm the lexicon does not know yet.
    const foreignSide = (!!c.authority && state.authority[c.authority.value]?.country !== 'CN') || /\b(?:U\.?S\.?|American|Washington)\b/u.test(c.trigger);
    if (!foreignSide || !c.holders.length || c.holders.some((h) => state.party[h.value] || known.has(h.value))) continue;
    note = `${c.holders.map((h) => h.words).join(', ')}: no word of China`;
    cands.splice(i, 1);
  }
  // The same deal's export licence, held by the seller or by no one named, goes with it; so
  // does one whose buyer is a firm nothing places in China ("Cassava secures US export licences").
  const foreignFirm = names.parties.some((p) => !p.tracked && !state.party[p.id] && !known.has(p.id) && p.country !== 'CN');
  let sellers = 0;
  if (note || foreignFirm)
    for (let i = cands.length - 1; i >= 0; i--) {
      const c = cands[i]!;
      // Held by the seller (a US firm) or by no one named: no Chinese buyer in it.
      const sellerOnly = c.holders.every((h) => (state.party[h.value]?.country ?? 'unknown') !== 'CN' && !known.has(h.value));
      const foreignAuthority = !c.authority || state.authority[c.authority.value]?.country !== 'CN';
      if (c.kind === 'grant' && sellerOnly && foreignAuthority) {
        cands.splice(i, 1);
        sellers++;
      }
    }
  return note ?? (sellers ? 'an export licence for a buyer nothing places in China' : undefined);
}
