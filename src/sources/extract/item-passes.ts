/**
 * Passes over an item's folded candidates once every sentence is read: what the whole item
 * says about them (old news by its date or its headline, an authority's own statement) and
 * which of them are its news.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent, CandidateKind, CandidateQuantity, QuantityRole } from './candidate.js';
import { lexicon, officialHits } from './lexicon.js';
import { leading } from './anchored-set.js';
import { hits } from './phrase-index.js';
import { escapeRegExp } from './phrase-match.js';
import type { NamedScan } from './named.js';
import { kindForRole } from './roles.js';
import { AUTHORITY_STATEMENT, companySpeaks, inRange, isSpeaker, type Sentence } from './actors.js';
import { compatible, merge, sameSet } from './tellings.js';
import { AUTHORITY_KINDS, type Trigger } from './trigger.js';
import { usAuthoritySpeaks } from './rule-retold.js';

/**
 * 暂停受理新的H200进口申请, "stops accepting new applications": a pause on requests not yet
 * decided is about the firms still waiting, the tracked party that stands for them.
 */
export function pausedRequests(folded: CandidateEvent[], text: string, waitingParty: string | undefined, state: LedgerState): void {
  if (!waitingParty) return;
  for (const c of folded) {
    // Washington pausing new licences is about its own licensing, not the firms waiting on Beijing.
    if (c.kind !== 'suspension' || c.holders.length || (c.authority && state.authority[c.authority.value]?.country !== 'CN')) continue;
    const at = text.indexOf(c.trigger);
    if (
      at >= 0 &&
      // "halt new Nvidia H200 import applications", "pause new H200 import approvals", "halting H200 import approvals",
      // "suspended its review of applications": the requests not yet decided.
      /^[^，。,;；.]{0,12}?(?:受理|申请|审批|new applications|accepting applications|new licen[cs]e applications)|^[^，。,;；.]{0,6}\bnew\s+(?:[\p{L}\p{N}-]+\s+){0,4}(?:applications|requests|approvals|licen[cs]es|permits|reviews)\b|^\s*(?:[\p{L}\p{N}-]+\s+){0,4}(?:applications|requests|approvals)\b|^\s*(?:its\s+|the\s+)?reviews?\s+of\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:applications|requests)\b/iu.test(
        text.slice(at + c.trigger.length, at + c.trigger.length + 60),
      )
    )
      c.holders = [{ value: waitingParty, words: c.trigger }];
  }
}

/** The role a decision's or a restated event's number has, by the event's kind. */
export const ROLE_KIND: Partial<Record<CandidateKind, QuantityRole>> = { order: 'order', delivery: 'delivery', supply: 'inventory' };
// Who speaks officially: a ministry or department, not customs or a city.
const MINISTRY = /ministry|department|commerce|bureau|\bBIS\b|MOFCOM|部|局/i;
// The US authority as a candidate names it (its words, whichever id the ledger gives it).
const US_AUTHORITY = /\b(?:BIS|Bureau of Industry|Commerce|U\.?S\.?|Washington)\b|美国商务部|美方/u;

/**
 * "Chinese firms ordered over 2 million H200s ... January's orders": when the item dates the
 * event it tells in an earlier month, its headline telling is old news too. Only figures: an
 * application "submitted in February" is still pending now.
 */
export function datedOld(folded: CandidateEvent[], read: readonly CandidateEvent[], datedBefore: ReadonlyMap<CandidateEvent, CandidateKind>): void {
  for (const [old, kind] of datedBefore) {
    if (!kindForRole(ROLE_KIND[kind] ?? 'quota') || (!folded.includes(old) && !read.includes(old))) continue;
    for (const c of folded)
      if (
        c.kind === kind &&
        c.item?.value === old.item?.value &&
        (!old.holders.length || sameSet(old.holders, c.holders)) &&
        (!old.quantity || !c.quantity || old.quantity.value === c.quantity.value)
      )
        c.kind = 'restatement';
  }
}

/**
 * "Timeline:", "Recap:", 回顾, "…: where things stand", 本文回顾 (the item saying it looks back): everything the item tells is old news.
 * "Nvidia 10-Q reiterates H200 licences remain in effect": a headline that tells no event of
 * its own, only that something still stands, retells what its body names.
 */
export function recapOld(folded: CandidateEvent[], text: string, titleEnd: number, triggers: readonly Trigger[]): void {
  const lex = lexicon();
  const titleRetells = !triggers.some((t) => t.index < titleEnd) && hits(lex.restatement, text).some((r) => r.end <= titleEnd);
  const recap =
    leading(lex.restatementStart, text.slice(0, titleEnd)) ??
    (titleRetells || hits(lex.restatementTitle, text).some((h) => h.end <= titleEnd) || hits(lex.restatementBody, text).length > 0);
  if (recap) for (const c of folded) c.kind = 'restatement';
}

/**
 * "ordered more than 2 million H200s, but Nvidia has only 700,000 on hand", told as old news:
 * the stock figure set against the restated orders in the same sentence is the same old picture.
 */
export function restatedStock(folded: CandidateEvent[], text: string): void {
  const together = (a: CandidateQuantity, b: CandidateQuantity) => {
    const [i, j] = [text.indexOf(a.words), text.indexOf(b.words)].sort((x, y) => x - y);
    return i! >= 0 && !/[.!?。！？]\s/u.test(text.slice(i, j)) && !/[。！？]/u.test(text.slice(i, j));
  };
  for (const c of folded)
    if (c.kind === 'supply' && c.quantity && folded.some((o) => o.kind === 'restatement' && o.quantity?.role === 'order' && together(o.quantity, c.quantity!)))
      c.kind = 'restatement';
}

/**
 * "..., the department said": the authority's own statement anywhere in the item makes its firm
 * report official (腾讯公告: the notice must be an authority's, named in its sentence). "China's
 * Ministry of Commerce said on Monday it has approved", 商务部：已批准: the authority itself speaks.
 */
export function officialStatements(folded: CandidateEvent[], text: string, titleEnd: number, sents: readonly Sentence[], names: NamedScan): void {
  const officialWords = officialHits(text);
  const statement = sents.some(
    (s) =>
      !companySpeaks(text, s) &&
      officialWords.some((h) => inRange(h, s) && AUTHORITY_STATEMENT.test(h.words) && (s.names.authorities.length > 0 || MINISTRY.test(h.words))),
  );
  const speaking = names.authorities.filter(
    (a) =>
      !a.generic &&
      MINISTRY.test(a.words) &&
      (isSpeaker(text, a) || (a.end <= titleEnd && !text.slice(0, a.index).trim() && /^\s*[:：]/u.test(text.slice(a.end)))),
  );
  // ("A senior Commerce official told the House panel the bureau has signed off on 23 licences": Washington speaking.)
  // (Read once, and only when a US decision is there to be made official.)
  let usSpeaks: boolean | undefined;
  const usAuthority = (words: string) => US_AUTHORITY.test(words) && (usSpeaks ??= usAuthoritySpeaks(text));
  for (const c of folded)
    if (
      c.certainty === 'reported' &&
      AUTHORITY_KINDS.has(c.kind) &&
      c.authority &&
      (statement || speaking.some((a) => a.id === c.authority!.value) || usAuthority(c.authority.words))
    )
      c.certainty = 'official';
  // 深圳海关：…完成通关: customs telling of goods it cleared reports a delivery; no authority decides anything by it.
  for (const c of folded)
    if (c.kind === 'delivery' && c.certainty === 'official') {
      c.certainty = 'reported';
      delete c.certaintyWords;
    }
}

/**
 * An exchange filing: "ACME - VOLUNTARY ANNOUNCEMENT - …", "ACME CORP - Form 8-K", 青云科技股份有限公司关于…的公告, 本公司.
 * Also a company heading its own notice or answer (广汽集团公告：…, 数据港：公司…), a notice on an exchange, an
 * answer on an investor platform, a results release or call, and a quarterly or current report (季报, 年报: not 每半年报告,
 * "report every half year", a duty's words).
 */
// Who heads an authority's notice, never a firm's: 商务部, 海关, 工信部….
const ZH_AUTHORITY = String.raw`商务部|海关|政府|委员会|总署|工信部|发改委`;

export const FILING = new RegExp(
  [
    String.raw`^[^.]{0,80}?\s-\s(?:VOLUNTARY ANNOUNCEMENT|ANNOUNCEMENT|INSIDE INFORMATION|Form\s+\S+|FORM\s+\S+)`,
    String.raw`^[\p{Script=Han}A-Za-z（）()]{2,24}?(?:股份有限公司|有限公司|集团)关于`,
    String.raw`^(?![^：:]{0,12}(?:${ZH_AUTHORITY}|[部局署办]公告))[\p{Script=Han}A-Za-z]{2,12}?(?:公告|回复|回应)?[：:]\s*(?:公司|本公司)`,
    // 中原银行(01216)公告：, 甘肃银行发自愿公告 证实…, 华安证券公告证实…: a company's notice, its stock code or 自愿 beside it.
    String.raw`^(?![^：:]{0,12}(?:${ZH_AUTHORITY}|[部局署办]公告))[\p{Script=Han}A-Za-z]{2,12}?(?:[（(]\d{4,6}(?:\.HK)?[)）])?(?:发布?)?(?:自愿)?公告(?:[：:]|称|证实|确认|显示|\s|(?=获|已|收到|取得))`,
    String.raw`(?:上交所|深交所|港交所|北交所|交易所)(?:网站)?(?:发布|披露)了?(?:的)?公告|互动平台|投资者关系活动|业绩(?:公告|说明会|会)|财报|(?<![每按逐])(?:季报|年报|半年报)(?![告送备])`,
    String.raw`本公司|本集团|\bthe Company\b`,
    String.raw`\b(?:stock[- ]exchange|exchange|regulatory|securities) filing\b|\bin a filing\b|\bfiling (?:with|to) the\b|\b(?:10-Q|10-K|8-K|6-K|20-F)\b|\b(?:earnings|results) call\b|\bon (?:the|an|its) (?:earnings )?call\b|\b(?:in|its)\s+(?:its\s+)?(?:quarterly|annual)\s+report\b`,
  ].join('|'),
  'u',
);

// 格灵深瞳关于收到…批复的公告, 厦门象屿：关于…的公告, 科伦药业：控股子公司…, 大秦铁路：收到商务部…决定书: a firm's
// own notice under its short name (never a ministry's or a bureau's: 商务部关于…的公告 is the authority's).
const OWN_NOTICE = new RegExp(
  [
    // (爱柯迪：H200芯片进口申请获商务部核准的公告, 国电南自：关于…的自愿性信息披露公告: with or without 关于.)
    String.raw`^(?![\p{Script=Han}]{0,12}?(?:${ZH_AUTHORITY}|[部局署厅])[：:]?关于)[\p{Script=Han}A-Za-z]{2,12}?(?:[：:]?关于|[：:])[^。，；]{2,60}?的(?:自愿性)?(?:信息披露)?公告`,
    String.raw`^(?![^：:]{0,12}(?:${ZH_AUTHORITY}|[部局署厅]))[\p{Script=Han}A-Za-z]{2,12}?[：:]\s*(?:已?收到|(?:控股|全资)?子公司)`,
  ].join('|'),
  'u',
);

/**
 * A company's filing reports what an authority decided; it is not the authority's statement
 * (an 8-K telling of a suspension, a 公告 telling of an approval): its decisions are reported.
 */
export function filingsReport(folded: CandidateEvent[], text: string): void {
  if (!folded.some((c) => c.certainty === 'official') || !(FILING.test(text) || OWN_NOTICE.test(text))) return;
  for (const c of folded)
    if (c.certainty === 'official') {
      c.certainty = 'reported';
      delete c.certaintyWords;
    }
}

/**
 * "Nvidia stock rises; H200 China approvals cited": a bare noun naming a grant, with no holder
 * or figure of its own, is the old grant the item restates.
 */
export function bareRestatedGrants(folded: CandidateEvent[]): void {
  for (const c of folded)
    if (
      c.kind === 'grant' &&
      !c.holders.length &&
      !c.quantity &&
      /^(?:approvals?|licen[cs]es?|nod|go-ahead|green light|批准|许可|获批)$/i.test(c.trigger) &&
      folded.some((o) => o.kind === 'restatement' && o !== c && (!o.authority || !c.authority || o.authority.value === c.authority.value))
    )
      c.kind = 'restatement';
}

/** Whether a grant is told only in the body, not by the authority itself: with no holder, such a grant is background. */
export function grantOfBackground(c: CandidateEvent, title: string): boolean {
  return c.certainty !== 'official' && !title.includes(c.trigger);
}

/**
 * "Beijing has meanwhile let some companies import H200s", told in the body of a story about
 * something else: a grant says whose approval it is, and one the body tells with no holder named
 * is background (in the labelled set, such a grant was never the item's fact). The headline's own
 * grant stays, as a firm nobody could name may stand behind it, and so does an authority's own
 * statement that it approved. The note says why, for `explain`.
 */
export function holderlessGrants(folded: CandidateEvent[], notes: string[], title: string): void {
  for (let i = folded.length - 1; i >= 0; i--) {
    const c = folded[i]!;
    if (c.kind !== 'grant' || c.holders.length || !grantOfBackground(c, title)) continue;
    folded.splice(i, 1);
    notes.push(`"${c.trigger}": an approval with no holder named`);
  }
}

const ORDER_WORDS = /order|purchas|bought|buy|deliver|ship|arriv|receiv|订|购|买|交付|到货|发货|出货|运抵|通关|清关/i;
const STOCK_WORDS = /stock|inventor|on hand|库存|存货|现货/i;

/** What a restatement tells again: an approval or a request (the record it names, or firms without a figure), an order or a stock figure. */
function retoldSubject(c: CandidateEvent): string | undefined {
  if (c.retells) return 'authorization';
  const role = c.quantity?.role;
  if (role === 'order' || role === 'delivery') return 'order';
  if (role === 'inventory') return 'supply';
  if (c.quantity || !c.holders.length) return undefined;
  // "更多企业仍在排队": firms told again without a figure are their approval or request, unless the words are of goods.
  return ORDER_WORDS.test(c.trigger) ? 'order' : STOCK_WORDS.test(c.trigger) ? 'supply' : 'authorization';
}

/**
 * The item's news: old news restated is background when the item also reports news of its own
 * (what it recalls, "Chinese firms have ordered more than 2 million", adds nothing), and
 * tellings that became old news may now be twins.
 */
export function newsOf(folded: readonly CandidateEvent[]): CandidateEvent[] {
  const kept = folded.filter((c) => c.kind !== 'restatement' || !folded.some((o) => o.kind !== 'restatement'));
  // An old order figure is not folded into an old request told again: each is its own record told again.
  const sameRetelling = (o: CandidateEvent, c: CandidateEvent) => {
    const [a, b] = [retoldSubject(o), retoldSubject(c)];
    return c.kind !== 'restatement' || !a || !b || a === b;
  };
  return kept.filter((c, i) => !kept.some((o, j) => j < i && o.kind === c.kind && compatible(o, c) && sameRetelling(o, c) && (merge(o, c), true)));
}

/**
 * "Tencent's share of the combined quota it holds with ByteDance and Alibaba is about 130,000":
 * a share is the possessor's alone, and so is its figure; the others name the quota it is part of.
 * A share named, with no figure, is no event.
 */
export function possessedShares(folded: CandidateEvent[], text: string): void {
  for (let i = folded.length - 1; i >= 0; i--) {
    const c = folded[i]!;
    // The trigger is "share of … quota" after a possessive (findTriggers keeps no other): the name before it owns it.
    if (c.kind !== 'grant' || !/^(?:share|slice|portion)\s+of\b/i.test(c.trigger)) continue;
    const at = text.indexOf(c.trigger);
    const before = at < 0 ? '' : text.slice(Math.max(0, at - 44), at);
    const owner = c.holders.find((h) => new RegExp(`${escapeRegExp(h.words)}(?:\\s+\\p{Lu}[\\p{L}]*)?(?:'s|’s)\\s+$`, 'u').test(before));
    if (!owner) continue;
    // "Tencent's current share of the quota could not be learned": a share named, with no figure, tells nothing.
    if (!c.quantity) {
      folded.splice(i, 1);
      continue;
    }
    c.holders = [owner];
    if (c.quantity && c.quantity.role === 'allocation') c.quantity.holder = owner.value;
  }
}

const waiting = new WeakMap<LedgerState, { seq: number; id: string | undefined }>();
/** The tracked party that stands for the firms still waiting ("Other Chinese firms"), once per ledger version. */
export function waitingPartyOf(state: LedgerState): string | undefined {
  const cached = waiting.get(state);
  if (cached && cached.seq === state.seq) return cached.id;
  const id = Object.values(state.party).find((p) => /\bother\b.*\b(?:firms|companies)\b/i.test(p.name))?.id;
  waiting.set(state, { seq: state.seq, id });
  return id;
}

// A headline that is itself about the record told again: a look back ("where … stand", "four weeks after the big approval"),
// a results release, a term still open.
const RECALLING_TITLE =
  /回顾|回看|回望|盘点|\b(?:still|in force|remains?|unchanged|how|where|remember|explainer|recap|timeline|results|earnings|years?|(?:weeks?|months?) (?:after|later))\b|业绩|财报|季报|年报/i;

/**
 * "Beijing approves Boeing jet imports, months after approving Nvidia's H200s", 摩尔线程获字节跳动大单: old news
 * recalled under a headline that names neither the item nor a filing is that item's background, not a
 * restatement it reports (a recap or a filing names them).
 */
export function backgroundRecall(final: CandidateEvent[], text: string, titleEnd: number, items: readonly { index: number }[]): string | undefined {
  if (!final.length || final.some((c) => c.kind !== 'restatement') || items.some((i) => i.index < titleEnd)) return undefined;
  const title = text.slice(0, titleEnd);
  if (FILING.test(title) || RECALLING_TITLE.test(title)) return undefined;
  final.length = 0;
  return 'old news recalled as background to a headline about something else';
}
