/**
 * 轨交信号商科安达据悉拿到H200进口批文, 电源厂商动力源H200进口申请传未获批, 藍藻治理也要大模型 德林海傳獲批進口…: a Chinese
 * decision on one firm whose name no pattern read. With no holder it would fall to the tracked group (a few hundred chips
 * granted to one firm read as a change to the three platforms' quota); the firm standing right before the item or the
 * decision, past what kind of firm it is, is the holder instead, an untracked one, so the report becomes a candidate for
 * review. English reports name it as the decision's object, the permit's owner or the headline's subject
 * (unread-latin-firm.ts); one firm described and not named (一家深圳算力租赁公司, "a Guiyang GPU landlord") is held by the
 * description. Only when nothing else is named: a tracked buyer, a firm another event holds, a count of firms or a
 * description of many keeps its reading.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { covered } from './hit-ranges.js';
import { grantOfBackground } from './item-passes.js';
import type { Named, NamedScan } from './named.js';
import { latinDescribedFirmIn, latinFirmIn } from './unread-latin-firm.js';
import { latinParty, zhParty } from './untracked-party.js';
import { COUNTED_FIRMS, ZH_ADVERBS, ZH_GENERIC, ZH_OUTLET } from './zh-name-patterns.js';

const DECISIONS = new Set(['grant', 'denial', 'suspension', 'revocation']);
// A grant this size is one firm's: the tracked group's quota runs to hundreds of thousands.
const ONE_FIRMS_QUOTA = 20_000;

// 据悉, 内地传, 消息指: a hedge or a source opening a clause.
const CLAUSE_LEAD = /^(?:(?:内地|市场|港媒|外媒|台媒|坊间|网上|业内)?(?:传闻|传|消息指|消息称|据悉|据报道|据报|据传|网传|又传|再传|曝)|独家|快讯|重磅|突发)+/u;
// 旗下算力子公司, 智算平台, AIGC平台: the unit of the firm that acts, between its name and the verb.
const UNIT =
  '(?:(?:旗下|下属)?(?:全资|控股)?子公司|(?:旗下|下属)?(?:算力|智算|AI|AIGC|云|数据|大模型|数字化)[\\p{Script=Han}A-Za-z]{0,4}?(?:平台|子公司|公司|中心|业务))?';
// The item or a decision right after the name (为自建智算平台申请: the request made for a project).
const AFTER = '(?:H\\d{3}|英伟达|进口|获批|获准|获(?=[\\d约逾近超])|拿到|取得|获得|被|遭|未获|未能|申请|报送|递交|提交|撤回|为[^，。；]{1,16}?申请)';
const NAME_THEN_ITEM = new RegExp(`^([\\p{Script=Han}]{2,6}?)${UNIT}${ZH_ADVERBS}${AFTER}`, 'u');
/** A firm's name (group 1) before its unit, adverbs and the item, a decision or what else `doing` (regex source) says it does. */
export function zhNameThen(doing: string): RegExp {
  return new RegExp(`^([\\p{Script=Han}]{2,6}?)${UNIT}${ZH_ADVERBS}(?:${AFTER}|${doing})`, 'u');
}
// Where a name may start: after what kind of firm it is (轨交信号商, 国防电子企业, 网络设备厂商, 央企旗下的), or after a
// decision's verb (商务部同意青川果业进口…).
const NAME_MAY_START_AFTER = /(?:企业|厂商|厂家|商|公司|集团|旗下的?|的|同意|批准|准予|准许|允许|驳回|拒绝|否决|暂停|撤销|吊销|收回|冻结)/gu;
// Firms counted or described as many (三家企业, 多家, 获批企业, 两企): the waiting firms or the group, not one firm.
const MANY_FIRMS = /[\d一二两三四五六七八九十几数多]+(?:家|企)|部分企业|一批企业|个别企业|这些企业|相关企业|获批企业|申请企业|其余企业|其他企业|企业名称/u;
// 一家深圳算力租赁公司, 一家做营销内容的企业: one firm described, the description its name.
// (一 standing alone, not inside a count such as 十一家.)
const ONE = '(?<![\\d一二两三四五六七八九十百千几数多])一';
const ZH_ONE_FIRM = new RegExp(`${ONE}家((?:[\\p{Script=Han}A-Za-z]){2,14}?(?:公司|企业|厂商|机构|医院|银行|运营商|服务商|租赁商))`, 'u');
const ONE_OF_FIRMS = new RegExp(`${ONE}(?=家)`, 'gu');
// "three firms", "several companies", "other applicants": firms counted or described as many.
const LATIN_MANY_FIRMS =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens? of|many|more|other|some|all)\s+(?:[a-z-]+\s+)?(?:firms|companies|applicants|importers|buyers|businesses)\b/iu;
// An English sentence about the tracked item.
const TRACKED_ITEM = /\bH\d{3}|\bNvidia\b/u;
// A place, an office, a time, an estimate's source, a verb or a unit is no firm (深圳市, 商务部, 新春前两周, 外资行估计,
// 获准进口的, 可供, 擅自转售, 控股子公司).
const NO_FIRM =
  /(?:[市省区县部局委署办社报网周月年前后期量估]|估计|预计|测算)$|^(?:内地|国内|境内|大陆|本土|当局|官方|监管|有关|相关|获|可|将|需|须|应|已|新春|春节|节前|节后|台湾|香港|外资|业界|业内|市场|供应链|渠道|擅自|违规|私自|涉嫌|因|被|把|对|向|在)|^(?:控股|全资|参股|旗下|下属|子公司|母公司|集团)$/u;
// 吉林敖东放弃进口H200: what the firm did to its request, between its name and the item, is not part of the name.
const UNDONE = /(?<=^[\p{Script=Han}]{2,})(?:放弃|撤回|终止|取消|暂缓|叫停)$/u;

/** The untracked firm a clause names right before the item or a decision, if any. */
function firmBefore(
  clause: string,
  at: number,
  known: readonly { index: number; end: number }[],
  nameThen: RegExp,
): { words: string; index: number } | undefined {
  const lead = CLAUSE_LEAD.exec(clause)?.[0].length ?? 0;
  const starts = [lead, ...[...clause.matchAll(NAME_MAY_START_AFTER)].map((m) => m.index + m[0].length).filter((i) => i > lead)];
  for (const start of starts) {
    const name = nameThen.exec(clause.slice(start))?.[1]?.replace(UNDONE, '');
    if (!name || ZH_GENERIC.test(name) || COUNTED_FIRMS.test(name) || ZH_OUTLET.test(name) || NO_FIRM.test(name)) continue;
    const index = at + start;
    if (covered(index, index + name.length, known)) continue;
    return { words: name, index };
  }
  return undefined;
}

/** The headline and the summary, each with where it starts in `text`, in that order. */
const headlineThenSummary = (text: string, titleEnd: number): [string, number][] => [
  [text.slice(0, titleEnd), 0],
  [text.slice(titleEnd), titleEnd],
];

/**
 * The first firm `pick` names in an English item's sentences, the headline's first, then the summary's, as a party placed
 * where the name stands in `text`.
 */
export function firstSentenceFirm(text: string, titleEnd: number, pick: (sentence: string) => string | undefined): Named | undefined {
  for (const [part, offset] of headlineThenSummary(text, titleEnd)) {
    for (const sentence of part.split(/(?<=[.!?;])\s+/u)) {
      const name = pick(sentence);
      const at = name ? text.indexOf(name, offset) : -1;
      if (name && at >= 0) return latinParty(name, at);
    }
  }
  return undefined;
}

/**
 * The firm a Chinese item names before the item or a decision (or, with `nameThen`, before what else a firm does): the
 * headline first, then the summary's clauses in order; else, if `described`, one firm the item describes.
 */
export function zhFirm(
  text: string,
  titleEnd: number,
  known: readonly { index: number; end: number }[],
  nameThen: RegExp = NAME_THEN_ITEM,
  described = true,
): Named | undefined {
  // (一家: one firm described is no count of many.)
  if (MANY_FIRMS.test(text.replace(ONE_OF_FIRMS, ''))) return undefined;
  const clause = /[^\s，,。；;：:！!？?、“”"「」『』（）()【】|｜]+/gu;
  for (const [part, offset] of headlineThenSummary(text, titleEnd)) {
    for (const m of part.matchAll(clause)) {
      const firm = firmBefore(m[0], offset + m.index, known, nameThen);
      if (firm) return zhParty(firm.words, firm.index);
    }
  }
  // 一家深圳算力租赁公司…许可遭撤销: one firm the item describes but does not name is still one firm, not the group.
  // (Not for `described` false: 与一家服务器厂商签约 describes the seller of an order, not its buyer.)
  const one = described ? ZH_ONE_FIRM.exec(text) : null;
  return one ? zhParty(one[1]!, one.index + 2) : undefined;
}

/** The firm an English item names as a decision's object, a permit's owner or a headline's subject: the headline, then the summary's sentences. */
function latinFirm(text: string, titleEnd: number): Named | undefined {
  if (LATIN_MANY_FIRMS.test(text)) return undefined;
  // ("lifts Lao Feng Xiang's gold import quota": a permission for other goods names no buyer of the item.)
  const named = firstSentenceFirm(text, titleEnd, (sentence) => (TRACKED_ITEM.test(sentence) ? latinFirmIn(sentence) : undefined));
  if (named) return named;
  // (A firm described once, "clears a Guiyang GPU landlord", is still one firm; the description names it.)
  const head = text.slice(0, titleEnd);
  const described = TRACKED_ITEM.test(head) ? latinDescribedFirmIn(head) : undefined;
  return described ? latinParty(described, text.indexOf(described)) : undefined;
}

/** Gives each holderless decision of a Chinese authority on one firm the untracked firm the item names or describes. */
export function unreadFirm(
  folded: CandidateEvent[],
  text: string,
  titleEnd: number,
  names: NamedScan,
  state: LedgerState,
  sellers: ReadonlySet<string>,
  waitingParty: string | undefined,
): void {
  const title = text.slice(0, titleEnd);
  const open = folded.filter(
    (c) =>
      DECISIONS.has(c.kind) &&
      !c.holders.length &&
      (!c.authority || state.authority[c.authority.value]?.country === 'CN') &&
      (!c.quantity || (c.quantity.role === 'quota' && c.quantity.value < ONE_FIRMS_QUOTA)) &&
      // (A grant the body tells with no holder, not the authority's own word, is background; holderlessGrants drops it.)
      (c.kind !== 'grant' || !grantOfBackground(c, title)),
  );
  if (!open.length) return;
  const zh = /[\p{Script=Han}]/u.test(text);
  // A buyer named anywhere may be whose decision it is, and a firm another event holds is the one the item is about.
  // (English headlines' capitals give names no pattern made a holder, "Beijing Freezes Minglan": those are no buyer.)
  // (The waiting firms named by a generic word, "start-ups", 企业, hold nothing the sentences did not give them.)
  const buyer = (p: Named) => !sellers.has(p.id) && p.id !== waitingParty && (zh || p.tracked || !!state.party[p.id]);
  if (names.parties.some(buyer) || folded.some((c) => c.holders.some((h) => !state.party[h.value]))) return;
  const known = [...names.parties, ...names.authorities, ...names.items];
  const party = zh ? zhFirm(text, titleEnd, known) : latinFirm(text, titleEnd);
  if (!party) return;
  const kinds = new Set<string>();
  for (const c of open) {
    // (The headline's 九百余颗 and the summary's 约960颗: one firm's one decision, told twice; the first telling stands, as
    // the fold keeps it for holderless ones.)
    if (kinds.has(c.kind)) folded.splice(folded.indexOf(c), 1);
    else c.holders = [{ value: party.id, words: party.words }];
    kinds.add(c.kind);
  }
}
