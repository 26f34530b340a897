/**
 * A company speaking of itself names no holder in the sentence that tells its event: a filing's
 * "the Company" (本公司, 本集团) or a results call's "we". The holder is the company the headline
 * names first.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { FILING_TITLE } from './en-name-patterns.js';
import { lexicon } from './lexicon.js';
import type { Named, NamedScan } from './named.js';
import { AUTHORITY_KINDS } from './trigger.js';
import { resultsCompany, zhGenericName } from './unknown-names.js';
import { ZH_ANSWERING_AFTER, ZH_FILING } from './zh-name-patterns.js';
import { CITY, latinParty, ZH_STOCK_CODE, zhParty } from './untracked-party.js';

// "The Board announces", "The Group intends": a Hong Kong filing speaks of the company in its own words.
const SELF_REFERENCE = /本公司|本集团|\b[Tt]he (?:Company|Group|Board)\b/u;
// 互动易, 上证e互动: a listed company answering its investors speaks of itself as 公司.
const INVESTOR_ANSWER = /互动易|e互动|[答回]复投资者|投资者提问/u;
// 伟明环保（603568）在上证e互动回复称: what follows a firm's name when it answers its investors (one pattern with unknown-names).
const ANSWERING_AFTER = new RegExp(`^${ZH_ANSWERING_AFTER}`, 'u');
// 视源股份（002841）：…: what follows a speaker's name in its headline, up to the colon.
const SPEAKER_AFTER_SOURCE = String.raw`${ZH_STOCK_CODE}(?:回应|回复|澄清|声明|公告)?[：:]`;
const SPEAKER_TITLE = new RegExp(String.raw`^[\p{Script=Han}A-Za-z]{2,8}?${SPEAKER_AFTER_SOURCE}`, 'u');
const SPEAKER_AFTER = new RegExp(`^${SPEAKER_AFTER_SOURCE}`, 'u');
const FIRST_PERSON =
  /\b[Ww]e(?:'ve| have| had)?\s+(?:(?:already|now|just|recently)\s+)?(?:placed|ordered|booked|received|taken delivery|won|secured|obtained|got|applied)\b|我们(?:已经?|近期|近日)*(?:下单|订购|收到|获得|获批|申请)/u;

/**
 * 本集团并未取得批准, "the Company has not received approval": a filing's decision by Beijing is
 * the company's, and so is the purchase its full-name filing tells (…关于签订芯片采购合同的公告). "We have
 * placed an order for about 6,000 H200s", said on a results call: the order or delivery is the company's
 * the headline names ("KE Holdings Q3 earnings call: …").
 */
export function selfToldHolders(
  folded: CandidateEvent[],
  text: string,
  titleEnd: number,
  names: NamedScan,
  sellers: ReadonlySet<string>,
  state: LedgerState,
): void {
  const firstPerson = FIRST_PERSON.test(text);
  const chipMakers = lexicon().chipMakers;
  // 巢湖智算回应：已收到商务部暂停进口许可通知: a firm heading its own news speaks of itself.
  const speaker = SPEAKER_TITLE.test(text.slice(0, titleEnd))
    ? names.parties.find((p) => p.index === 0 && SPEAKER_AFTER.test(text.slice(p.end, titleEnd)) && !chipMakers.has(p.id) && !sellers.has(p.id))
    : undefined;
  // 浙江自然户外用品股份有限公司关于…的公告: a filing headed by its company's full name speaks of it as 公司.
  // ("Tiangong International Company Limited - Voluntary Announcement - Purchase of …": an exchange filing in English too.)
  const filing = ZH_FILING.test(text.slice(0, titleEnd)) || FILING_TITLE.test(text.slice(0, titleEnd));
  if (!speaker && !firstPerson && !filing && !SELF_REFERENCE.test(text) && !INVESTOR_ANSWER.test(text)) return;
  const own = (p: Named) => !chipMakers.has(p.id) && !sellers.has(p.id);
  // 伟明环保（603568）在上证e互动回复称，公司采购的…: the firm answering its investors speaks of its own purchases.
  const answering = names.parties.find((p) => own(p) && ANSWERING_AFTER.test(text.slice(p.end, p.end + 40)));
  const filer = speaker ?? names.parties.find((p) => p.end <= titleEnd && own(p)) ?? answering ?? resultsCompany(text);
  if (!filer) return;
  const cn = holderlessChinese(state);
  for (const c of folded)
    if (cn(c) || (!c.holders.length && (firstPerson || speaker || filing || filer === answering) && (c.kind === 'order' || c.kind === 'delivery')))
      c.holders = [{ value: filer.id, words: filer.words }];
}

// A ministry's questions and answers: a spokesperson's answer, a press conference's transcript.
const OFFICIAL_QA = /答(?:记者)?问|新闻发布会|\bPress Conference\b|\bAnswers? Questions?\b|\bSpokesperson\b/i;

/**
 * "MOFCOM Spokesperson Answers Question on Dongfeng's Import … A: the Ministry has approved the
 * company's application": in a ministry's answer, a decision that names no holder is about the one
 * firm nobody tracks that the question names.
 */
export function answeredFirm(folded: CandidateEvent[], text: string, names: NamedScan, state: LedgerState): void {
  if (!folded.some(holderlessChinese(state)) || !OFFICIAL_QA.test(text)) return;
  if (onlyUntrackedFirm(folded, names, state, () => true)) return;
  // 商务部新闻发言人就美畅股份进口H200芯片许可事项答问, 有记者问及美畅股份引进…: the firm the question is about, named where no
  // opening of a clause finds it.
  const asked = ASKED_ABOUT.exec(text);
  if (!asked || zhGenericName(asked[1]!)) return;
  const firm = zhParty(asked[1]!, asked.index + asked[0].length - asked[1]!.length);
  const cn = holderlessChinese(state);
  for (const c of folded) if (cn(c)) c.holders = [{ value: firm.id, words: firm.words }];
}
const ASKED_ABOUT = /(?:发言人就|记者问及|问及)([\p{Script=Han}]{2,8}?)(?:公司)?(?=进口|引进|采购|申请|H\d{2,3})/u;

// "China suspends Chengdu robotics firm's H200 import approval", 宁夏中卫一智算企业…被暂停: a headline
// describing the firm instead of naming it.
const DESCRIBED_FIRM =
  /\b(?:[A-Z][\p{L}-]+\s+)?(?:[a-z][a-z-]*\s+){0,2}(?:firm|company|renter|operator|maker|provider|start-?up|lender|bank|developer|platform)(?:'s|’s)?\b|一家?[\p{Script=Han}]{0,6}(?:企业|公司|银行|厂商)/u;

/**
 * "China suspends Chengdu robotics firm's H200 import approval … Rongxin Robotics said": a decision
 * the headline tells of a firm it only describes is about the one firm nobody tracks that the body names;
 * when the item names no firm at all, the description itself is that untracked holder.
 */
export function describedFirm(folded: CandidateEvent[], text: string, titleEnd: number, names: NamedScan, state: LedgerState): void {
  const described = DESCRIBED_FIRM.exec(text.slice(0, titleEnd));
  const cn = holderlessChinese(state);
  if (!folded.some(cn) || !described) return;
  const chipMakers = lexicon().chipMakers;
  const firms = onlyUntrackedFirm(folded, names, state, (p) => !chipMakers.has(p.id) && p.index >= titleEnd);
  // 南京一算力企业获批…, "Gansu data-centre firm's licence": with no firm named anywhere, the description is the
  // holder (an untracked one, for review). A kind of firm without the possessive ("AI platform") describes no holder.
  if (firms > 0 || folded.some((c) => c.holders.length) || !/^[一家]|(?:'s|’s)$/u.test(described[0])) return;
  const before = text.slice(Math.max(0, described.index - 4), described.index);
  const place = /^[一家]/u.test(described[0]) ? (/([\p{Script=Han}]{2,3})$/u.exec(before)?.[1] ?? '') : '';
  // 商务部撤销一家企业…许可: a permission taken from "a firm", with no place or trade before 企业, is counted among the
  // waiting firms' (a grant to one, 已批准一家企业进口5120颗, is still a new holder's). (CITY reads a place only before
  // more characters, hence the description after it.)
  if (/^一家(?:企业|公司)$/u.test(described[0]) && !CITY.test(place + described[0]) && !folded.some((c) => cn(c) && c.kind === 'grant')) return;
  const words = (place + described[0]).replace(/(?:'s|’s)$/u, '');
  const party = /[\p{Script=Han}]/u.test(words) ? zhParty(words, described.index - place.length) : latinParty(words, described.index);
  for (const c of folded) if (cn(c)) c.holders = [{ value: party.id, words }];
}

/** A decision by a Chinese authority that names no holder. */
function holderlessChinese(state: LedgerState): (c: CandidateEvent) => boolean {
  return (c) => !c.holders.length && AUTHORITY_KINDS.has(c.kind) && !!c.authority && state.authority[c.authority.value]?.country === 'CN';
}

/** Gives every holderless Chinese decision the one firm nobody tracks among those `eligible` keeps, when there is exactly one; returns how many there are. */
function onlyUntrackedFirm(folded: CandidateEvent[], names: NamedScan, state: LedgerState, eligible: (p: Named) => boolean): number {
  const firms = names.parties.filter((p) => !p.tracked && !state.party[p.id] && eligible(p));
  const count = new Set(firms.map((p) => p.id)).size;
  if (count !== 1) return count;
  const firm = firms[0]!;
  const cn = holderlessChinese(state);
  for (const c of folded) if (cn(c)) c.holders = [{ value: firm.id, words: firm.words }];
  return count;
}
