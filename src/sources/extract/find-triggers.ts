/**
 * Every trigger word of an item, by kind, the longest winning where two overlap: what an
 * application became (pulled, rejected), a permission received with its undoing inside it,
 * look-alikes and compounds set aside.
 */
import type { CandidateKind } from './candidate.js';
import { overlaps } from './hit-ranges.js';
import { lexicon } from './lexicon.js';
import { lookalikeTriggers } from './lookalike-triggers.js';
import { reachNotArrival } from './goods-reaching.js';
import { queueCounted } from './queue-counted.js';
import { hits, type Hit } from './phrase-index.js';
import { settleKinds } from './trigger-kinds.js';
import { soughtPermit } from './sought-permit.js';
import { CAP_BEFORE } from './told-patterns.js';
import { outsideTermContents } from './terms-content.js';
import { sentences, type Range } from './text-units.js';
import { unwordedConditions } from './unworded-conditions.js';

const FIGURE_AFTER =
  /^\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|just|over|more than|fewer than|less than|under|up to|as many as|at least|no fewer than|an estimated)\s+)*(?:\d|(?:a|one|two|three|half a|a quarter of a|three quarters of a)\s+(?:million|quarter of a million)\b)/i;

const ASK_WORD = /^(?:has |have |had )?ask(?:ed|s)?$/i;
const ASKED_SELLER_FOR_FIGURE =
  /^\s+(?:Nvidia(?:['’]s)?(?:\s+(?:China\s+)?(?:distributors|resellers|agents|partners|suppliers))?|(?:its|their)\s+(?:distributors|resellers|suppliers))\s+for\s+(?:(?:about|around|roughly|some|nearly|almost|over|more than|another|an extra|an additional|up to)\s+)*\d/iu;
const ASKED_SUPPLIERS_AFTER =
  /^\s+(?:its|their|the|some)\s+(?:[\p{L}-]+\s+){0,2}(?:partners?|suppliers?|contractors?|makers?|manufacturers?|foundr(?:y|ies)|vendors?|assemblers?)\b/iu;

const DENIED_ACT_AFTER =
  /^\s+(?:[Ee]ver\s+|[Hh]aving\s+)?(?!(?:[Pp]ending|[Rr]emaining|[Ee]xisting|[Ii]ncoming|[Ff]ollowing|[Uu]pcoming|[Dd]uring|[Aa]ccording|[Oo]utstanding)\b)[A-Za-z]+ing\s+(?:[a-z]|(?:A|An|The|Its|Their|More|Any)\b)/u;

// "Tencent Denies Buying Nvidia H200s", "denied having purchased": a buyer denying a purchase tells of an order, denied.
// Buying is no order word on its own ("approved for buying"); after a denial it is the act denied.
const DENIED_PURCHASE = /\bden(?:y|ies|ied|ying)\s+(?:ever\s+|having\s+)?(buying|purchasing|bought|acquiring)\b/giu;

/** The purchase words a denial is about, as order triggers. */
function deniedPurchases(text: string): { kind: CandidateKind; hit: Hit }[] {
  const out: { kind: CandidateKind; hit: Hit }[] = [];
  // (Every denial word holds "den": a text without it is not searched.)
  if (!/den/i.test(text)) return out;
  for (const m of text.matchAll(DENIED_PURCHASE)) {
    const end = m.index + m[0].length;
    out.push({ kind: 'order', hit: { index: end - m[1]!.length, end, words: m[1]! } });
  }
  return out;
}

// "Mancare denies any H200 link", "denied having any ties to the chips": a firm denying a tie to the goods refuses nothing.
const DENIED_TIE_AFTER =
  /^\s+(?:any|all|having\s+any|having)\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:links?|ties|connections?|involvement|exposure|dealings|relationship|relations)\b/iu;

// "plan racks for about 900 H200s", "racks of H200s": racks a preposition follows are the furniture, not a firm racking
// goods (set aside before the longest phrase wins: "completed racks holding 900 H200s" still tells the racks completed).
const RACKS_NOUN = /^racks\s+(?:for|of|with|in|at|to|holding|housing|filled|packed|full|that|which)\s/i;

const ORDERS_LODGED_BEFORE = /\borders?\s+(?:that|which)\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}$/iu;

// ("rejecting a trade-paper report that …": any two words may describe the account.)
const REPORT_AFTER =
  /^\s+(?:(?:a|the|an|those|these|such|any)\s+)?(?:(?:media|press|local|online|news|newspaper|magazine|wire|state[- ]media|social[- ]media|earlier|recent)\s+|[\p{L}-]+\s+){0,2}(?:reports?|claims?|accounts?|rumou?rs?|speculation|talk|posts?|articles?|stor(?:y|ies)|tweets?|suggestions?)\b/iu;

// "pulls application to import", "rejects its application to buy": the verb before the noun decides what became of the application.
// (This and the next are module-level, not closures: tsx keeps function names, at a call per closure made.)
function actedOn(t: { kind: CandidateKind; hit: Hit }, all: readonly { kind: CandidateKind; hit: Hit }[]): boolean {
  return t.kind === 'application' && all.some((o) => (o.kind === 'revocation' || o.kind === 'denial') && o.hit.index < t.hit.index && overlaps(o.hit, t.hit));
}

// "Seek a Bigger Slice of China's H200 Import Allowance": the share a request asks for is its object, not a grant, however
// long the share's own phrase.
function askedFor(t: { kind: CandidateKind; hit: Hit }, all: readonly { kind: CandidateKind; hit: Hit }[]): boolean {
  return t.kind === 'grant' && all.some((a) => a.kind === 'application' && a.hit.index < t.hit.index && overlaps(a.hit, t.hit));
}

// 收到商务部撤销…许可的决定: a permission received with an undoing word inside it is the undoing told.
function undoneInside(t: { kind: CandidateKind; hit: Hit }, all: readonly { kind: CandidateKind; hit: Hit }[]): boolean {
  return (
    t.kind === 'grant' &&
    // "lifts the suspension", 暂停令已解除: undoing an undoing is a grant.
    !/lift|解除|恢复|restor|revers|end/i.test(t.hit.words) &&
    all.some((o) => (o.kind === 'revocation' || o.kind === 'suspension' || o.kind === 'denial') && o.hit.index > t.hit.index && o.hit.end < t.hit.end)
  );
}

// 不予批准翠岑科技进口: a refusal whose words open the approval phrase refuses it; the longer grant is not read.
function refusedFirst(t: { kind: CandidateKind; hit: Hit }, all: readonly { kind: CandidateKind; hit: Hit }[]): boolean {
  return t.kind === 'grant' && all.some((o) => o.kind === 'denial' && o.hit.index < t.hit.index && o.hit.end > t.hit.index);
}

// 美团否认已获批采购H200, 否认获得商务部H200采购批准: a denial whose words reach past an approval denies the approval, not a
// purchase.
function approvalDenied(t: { kind: CandidateKind; hit: Hit }, all: readonly { kind: CandidateKind; hit: Hit }[]): boolean {
  return t.kind === 'order' && t.hit.words.startsWith('否认') && all.some((o) => o.kind === 'grant' && o.hit.index > t.hit.index && overlaps(o.hit, t.hit));
}

const WATCHED_BEFORE =
  /\b(?:track(?:s|ed|ing)?|follow(?:s|ed|ing)?|tall(?:y|ies|ied|ying)|count(?:s|ed|ing)?|monitor(?:s|ed|ing)?|watch(?:es|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

// "China told Baidu it may import": telling a firm it may buy grants only when an authority tells it ("Nvidia told
// investors it could buy back stock" is no permission).
const TOLD_MAY = /^(?:tell|told|inform|notif|通知|告知)/iu;
function toldByNoAuthority(t: { kind: CandidateKind; hit: Hit }, text: string, ranges: readonly Range[]): boolean {
  if (t.kind !== 'grant' || !TOLD_MAY.test(t.hit.words)) return false;
  const s = ranges.find((r) => r.start <= t.hit.index && t.hit.index < r.end);
  const before = text.slice(s ? s.start : Math.max(0, t.hit.index - 80), t.hit.index);
  return !hits(lexicon().authorityPattern, before).some((a) => !/[,;:，；：。]/u.test(before.slice(a.end)));
}

// (整改后可申请恢复被暂停的许可, 将申请恢复: a request still to come leaves the suspension the news.)
const RESTORE_ASKED_BEFORE = /(?:^|[，。；,;])(?![^，。；,;]*(?:将|可|拟|计划|准备|打算|方可|才能|后))[^，。；,;]*申请恢复[^，。；,;]{0,4}$/u;
const HYPHENED_AFTER = /^-[a-z]/;
const OTHER_PERMIT = /(?:规划|施工|建设|环评|能评|节能|消防|排污|取水|用地|网络出版|增值电信|电力接入)(?:许可|审批|批复)/u;
// (A stem read on through the hyphen, "suspension-bridge"; a phrase spelt with one, "go-ahead", "re-approved", is its own word.)
const HYPHENED = /^(?!go-|re-|sign-|green-|third-)[A-Za-z]{3,}-[a-z]+$/;

/** Every trigger in the text, the longest winning where two overlap (`ranges`: its sentences, when the caller has them). */
export function findTriggers(text: string, ranges: readonly Range[] = sentences(text)): { kind: CandidateKind; hit: Hit }[] {
  const lex = lexicon();
  const all: { kind: CandidateKind; hit: Hit }[] = [];
  // ("suspension-bridge hangers": a word joined by a hyphen to the noun after it describes that noun; it tells no event.)
  for (const { kind, pattern } of lex.kinds)
    for (const hit of hits(pattern, text))
      // (Both tests need a hyphen, in the words or right after them: most hits have none and skip the patterns.)
      if (!(hit.words.includes('-') && HYPHENED.test(hit.words)) && !(text.charCodeAt(hit.end) === 45 && HYPHENED_AFTER.test(text.slice(hit.end, hit.end + 2))))
        all.push({ kind: kind as CandidateKind, hit });
  const purchasesDenied = deniedPurchases(text);
  all.push(...purchasesDenied);
  // "order to about 150,000", "an order of roughly 150,000 chips": a figure after "order to/of" sizes an order.
  const notOrder = hits(lex.notOrder, text).filter((n) => !/(?:to|of)$/i.test(n.words) || !FIGURE_AFTER.test(text.slice(n.end, n.end + 40)));
  // "has asked Nvidia for roughly 49,300 more H200s": asking the seller for a number of chips orders them.
  for (const t of all)
    if (t.kind === 'application' && ASK_WORD.test(t.hit.words) && ASKED_SELLER_FOR_FIGURE.test(text.slice(t.hit.end, t.hit.end + 60))) t.kind = 'order';
  const kept = all
    .filter(
      (t) =>
        !(t.kind === 'order' && notOrder.some((n) => overlaps(n, t.hit))) &&
        !actedOn(t, all) &&
        !undoneInside(t, all) &&
        !askedFor(t, all) &&
        !refusedFirst(t, all) &&
        !approvalDenied(t, all) &&
        !(t.kind === 'delivery' && RACKS_NOUN.test(t.hit.words)) &&
        // ("orders for Nvidia's H200 reach 2.3 million", "whether chips reached unapproved users": no goods arriving.)
        !(t.kind === 'delivery' && reachNotArrival(t.hit, text)),
    )
    .sort((a, b) => b.hit.end - b.hit.index - (a.hit.end - a.hit.index) || a.hit.index - b.hit.index);
  const out: { kind: CandidateKind; hit: Hit }[] = [];
  for (const t of kept) if (!out.some((o) => overlaps(o.hit, t.hit))) out.push(t);
  settleKinds(out, text);
  const lookalikes = lookalikeTriggers(text, out);
  // "the approvals granted in January": the participle after the noun tells the same grant.
  const read = out.filter(
    (t) =>
      !lookalikes.has(t) &&
      // "races the Lunar New Year freight halt", 春节物流停运: goods' transport pausing is no licence suspended.
      !(t.kind === 'suspension' && TRANSPORT_BEFORE.test(text.slice(Math.max(0, t.hit.index - 24), t.hit.index))) &&
      // 水电站入库流量预报: water flowing into a reservoir is no goods taken into stock.
      !(t.kind === 'delivery' && t.hit.words === '入库' && /^(?:流量|水位|水量|径流|洪峰|洪水)/u.test(text.slice(t.hit.end, t.hit.end + 2))) &&
      // "limiting H200 shipments to any single customer to 100,000 units": the goods a cap bounds, no delivery.
      !(t.kind === 'delivery' && CAP_BEFORE.test(text.slice(Math.max(0, t.hit.index - 30), t.hit.index))) &&
      !toldByNoAuthority(t, text, ranges) &&
      // "distributors who track bookings", "people who follow the company's China bookings": the bookings watched, no order placed.
      !(
        t.kind === 'order' &&
        /^(?:bookings?|order books?)$/i.test(t.hit.words) &&
        WATCHED_BEFORE.test(text.slice(Math.max(0, t.hit.index - 50), t.hit.index))
      ) &&
      // 申请H200额度, 等待H200批文的企业, 批文未到: a permission asked for or awaited is no grant.
      !(t.kind === 'grant' && soughtPermit(t.hit, text)) &&
      // 厂房未取得规划许可: a building's or a site's permit is another permission, not the goods'.
      !(t.kind === 'grant' && OTHER_PERMIT.test(text.slice(t.hit.index, t.hit.end + 6))) &&
      // "asked its packaging partners to finish more boards": a request to suppliers, not for a permit.
      !(t.kind === 'application' && ASK_WORD.test(t.hit.words) && ASKED_SUPPLIERS_AFTER.test(text.slice(t.hit.end, t.hit.end + 50))) &&
      // "Tencent Denies Seeking a Bigger Slice": denying doing something denies that act, it refuses nothing.
      !(
        t.kind === 'denial' &&
        /^den(?:y|ies|ied)$/i.test(t.hit.words) &&
        (DENIED_ACT_AFTER.test(text.slice(t.hit.end, t.hit.end + 30)) ||
          DENIED_TIE_AFTER.test(text.slice(t.hit.end, t.hit.end + 50)) ||
          purchasesDenied.some((p) => /^\s+(?:ever\s+|having\s+)?$/i.test(text.slice(t.hit.end, p.hit.index))))
      ) &&
      // 申请恢复被暂停的H200进口许可: the suspension a request asks to lift is its history; the request is the news.
      !((t.kind === 'suspension' || t.kind === 'revocation') && RESTORE_ASKED_BEFORE.test(text.slice(Math.max(0, t.hit.index - 24), t.hit.index))) &&
      // 未在申请中申报的仓库, "a warehouse not listed in its licence application": a place inside a request filed before.
      !(t.kind === 'application' && placeInRequest(t.hit, text)) &&
      // "keep the results on file for end-use checks": records kept on file, no request filed.
      !(t.kind === 'application' && /^file\b/i.test(t.hit.words) && /\bon\s+$/i.test(text.slice(Math.max(0, t.hit.index - 4), t.hit.index))) &&
      // "after the buyer refused entry to the third-party lab", 拒绝第三方实验室进场核验, 消防验收未获通过: a check or its
      // inspectors turned away, or an inspection failed, is no refusal of a permit.
      !(t.kind === 'denial' && oversightRefused(t.hit, text)) &&
      // "Orders that Chinese companies have lodged with Nvidia": what was lodged is an order, not a request for a permit.
      !(t.kind === 'application' && ORDERS_LODGED_BEFORE.test(text.slice(Math.max(0, t.hit.index - 60), t.hit.index))) &&
      // "has lodged a purchase order for about 40,000": what is lodged is an order, not a request for a permit.
      !(
        t.kind === 'application' &&
        /^lodge[sd]?$/i.test(t.hit.words) &&
        /^\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:(?:new|fresh|further|second|another|extra|additional|firm)\s+)?(?:purchase\s+)?orders?\b/i.test(
          text.slice(t.hit.end, t.hit.end + 40),
        )
      ) &&
      // "Alibaba rejects report it placed fresh H200 order": rejecting a report denies what it tells, it refuses nothing.
      !(t.kind === 'denial' && /^(?:reject|dismiss|refut)\w*$/i.test(t.hit.words) && REPORT_AFTER.test(text.slice(t.hit.end, t.hit.end + 40))) &&
      // 审批结果还说不准: "hard to say", no refusal.
      !(t.kind === 'denial' && t.hit.words === '不准' && /[说拿吃看估料]$/u.test(text.slice(Math.max(0, t.hit.index - 1), t.hit.index))) &&
      // "Frozen-food maker Anjoy", "approval-linked": a word opening a hyphenated compound describes, it does not happen.
      !(/[A-Za-z]$/u.test(t.hit.words) && /^-\p{L}/u.test(text.slice(t.hit.end, t.hit.end + 2))) &&
      !(
        t.kind === 'grant' &&
        /^(?:granted|given|issued|approved)$/i.test(t.hit.words) &&
        out.some(
          (n) =>
            n.kind === 'grant' && /^(?:approvals?|licen[cs]es?|permits?|permission)$/i.test(n.hit.words) && /^\s+$/u.test(text.slice(n.hit.end, t.hit.index)),
        )
      ),
  );
  // (Last: a sentence whose only words of an event were set aside above may still count the firms waiting.)
  // (A term's content, "under which it must halt…", tells no halt: outsideTermContents.)
  const told = outsideTermContents(text, ranges, read);
  // (Terms told with no condition word, in sentences that tell no other event.)
  const terms = unwordedConditions(text, ranges, told);
  return usesBarred(told, text)
    .concat(queueCounted(text, ranges, told), terms)
    .sort(byIndex);
}

function byIndex(a: { hit: Hit }, b: { hit: Hit }): number {
  return a.hit.index - b.hit.index;
}

// 在许可申请中, "in its licence application": the request as the place something is written (许可已在申请中, "being
// applied for", names no place; 未在申请材料中列明, "not listed in the application papers", does).
function placeInRequest(hit: Hit, text: string): boolean {
  const before = text.slice(Math.max(0, hit.index - 30), hit.index);
  const after = text.slice(hit.end, hit.end + 3);
  return (
    (/在[^，。；,;]{1,8}$/u.test(before) && /^(?:材料)?[中里内]/u.test(after)) ||
    (/在$/u.test(before) && /^(?:材料|文件|表格?)[中里内]/u.test(text.slice(hit.end, hit.end + 4))) ||
    (/^applications?$/i.test(hit.words) && /\b(?:in|on)\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i.test(before))
  );
}

const OVERSIGHT_AFTER =
  /^\s+(?:(?!licen|applic|request|import|export|permit|approv|order|purchas)[\w.'’-]+\s+){0,3}?(?:inspectors?|officers?|auditors?|inspections?|checks?|visits?|labs?|laborator(?:y|ies)|entry|access)\b|^[^，。；,;]{0,14}?(?:进场|进入|入场|核验|核查|检查|审计|实验室)/iu;
const INSPECTION_BEFORE = /(?:验收|消防|安检|环评|检测|测试)[^，。；,;]{0,2}$/u;

// "reject Tambrook Labs' H200 request": a firm named …Labs is the one refused, not a lab turned away.
// ("Turned Away Test Lab": a headline's capitals on a kind of lab name no firm.)
const FIRM_LABS_AFTER =
  /^\s+(?!(?:Test|Testing|Third-Party|Inspection|Audit|State|Government|Independent|Outside|Its|Their|The|A)\b)(?:[A-Z][\p{L}\p{N}-]*\s+){1,3}Lab(?:s|oratory|oratories)?\b/u;

function oversightRefused(hit: Hit, text: string): boolean {
  const after = text.slice(hit.end, hit.end + 60);
  return (OVERSIGHT_AFTER.test(after) && !FIRM_LABS_AFTER.test(after)) || INSPECTION_BEFORE.test(text.slice(Math.max(0, hit.index - 6), hit.index));
}

const TRANSPORT_BEFORE = /\b(?:freight|shipping|logistics|cargo|courier|port|traffic)\s+$|(?:物流|货运|快递|港口|航运)$/iu;

// "China may bar Big Three from serving Hong Kong clients", "would stop licensed importers from moving H200s": barring a
// buyer from a use of the goods is a term on the permission, not a refusal of it (barring it from importing or buying is).
const BARRING = /^(?:bar|bars|barred|barring|stop|stops|stopped|stopping|block|blocks|blocked|ban|bans|banned|prohibit\w*|forbid\w*)$/iu;
const FROM_USE_AFTER =
  /^\s+(?:[\p{L}\p{N}’'-]+,?\s+){0,6}?from\s+(?!import|buy|purchas|acquir|bring|obtain|receiv|get|order|apply|seek|export|sell|ship)[\p{L}]+ing\b/iu;

const ZH_BARRING = /^(?:不得|不准|禁止)$/u;
const ZH_USE_AFTER =
  /^(?:再|自行|擅自|私自|随意)?(?:上架|使用|转售|转卖|出租|转租|转让|流入|用于|部署|搬迁|挪用|装机|接入|对外|租用|借用|转借|外借|共享|抵押|质押|融资|调拨|跨省|跨区|外运|转移|搬离|单人|独自)/u;

/** Denials that bar a buyer from a use of the goods, read as the terms they propose (dropped beside a condition read already). */
function usesBarred(read: { kind: CandidateKind; hit: Hit }[], text: string): { kind: CandidateKind; hit: Hit }[] {
  const out: { kind: CandidateKind; hit: Hit }[] = [];
  for (const t of read) {
    if (t.kind === 'denial' && ZH_BARRING.test(t.hit.words) && ZH_USE_AFTER.test(text.slice(t.hit.end, t.hit.end + 8))) {
      // 不得转卖或流入二手市场 beside a term accepted, 暂不得上架 beside a halt: what the goods may not be used for, told with
      // the decision or term it belongs to, is no refusal of its own.
      // (The barring is the term itself, 不得抵押融资: it needs no condition word to stand as one.)
      const hit: Hit & { unworded: true } = { ...t.hit, unworded: true };
      if (!read.some((o) => o !== t && o.kind !== 'application' && o.kind !== 'denial' && Math.abs(o.hit.index - t.hit.index) <= 120))
        out.push({ kind: 'condition_proposed', hit });
      continue;
    }
    if (t.kind !== 'denial' || !BARRING.test(t.hit.words) || !FROM_USE_AFTER.test(text.slice(t.hit.end, t.hit.end + 90))) out.push(t);
    else if (!read.some((o) => o.kind.startsWith('condition_') && Math.abs(o.hit.index - t.hit.index) <= 120)) out.push({ ...t, kind: 'condition_proposed' });
  }
  return out;
}
