/**
 * Who acts in a sentence and who the event is about: the authority that decides (not the
 * one that reports, nor the market the goods go to), the parties named as holders (not the
 * speaker, nor names given for comparison), the seller, and whether a statement is an
 * authority's own.
 */
import { lexicon, officialHits } from './lexicon.js';
import { firmSpeaks } from './official-speaker.js';
import { leading } from './anchored-set.js';
import { hits } from './phrase-index.js';
import type { Named } from './named.js';
import { breaksBetween, type Range } from './text-units.js';
import type { Trigger } from './trigger.js';
import type { Span } from './candidate.js';

/** A clause opened by "after", "as", "while"…: what it names ("cancelled after chips surface in Singapore") is not the event's. */
export const SIDE_CLAUSE_BEFORE = /\b(?:after|as|when|while|amid|because|following|since|before)\s+[^,;:]*$/i;

export const NOT_ACTOR_AFTER =
  /^\s*(?:firms?|companies|company|customers?|clients?|buyers?|tech|groups?|giants?|market|chipmakers?|businesses|AI|internet|cloud|data|sales|revenue|exports?|imports?|demand|orders?|version|variant|rivals?|competitors?|企业|公司|客户|市场|科技|买家|买方|中小|用户)/i;
const BY_FROM = /(?:\bby|\bfrom)\s+(?:the\s+)?$|[获经由]\s*$/i;
const AFTER_BY = /(?:\bby|\bfrom|\bof)\s+(?:the\s+)?$|[获经由]\s*$/i;

export interface Sentence extends Range {
  names: { parties: Named[]; authorities: Named[]; items: Named[] };
  otherChip: boolean;
}

export function span(n: Named): Span {
  return { value: n.id, words: n.words };
}

export function inRange(n: { index: number; end: number }, r: Range): boolean {
  return n.index >= r.start && n.end <= r.end;
}

/** A party named as the speaker ("Nvidia said", "according to Tencent") is not a party to the event. */
export function isSpeaker(text: string, n: Named): boolean {
  const lex = lexicon();
  const after = text.slice(n.end);
  if (/^\s*(?:is |are |was |were )?(?:said|says|reported) to\b/i.test(after)) return false;
  // "for Alibaba, according to people familiar": the name is what the sources speak of.
  if (/^\s*,?\s*according to\b/i.test(after)) return false;
  return (
    !!leading(lex.reportingAfter, text.slice(n.end).replace(/^\s*(?:,\s*)?/, '')) ||
    /according to\s+$|援引\s*$|据\s*$/i.test(text.slice(Math.max(0, n.index - 16), n.index))
  );
}

/** "Alibaba denies it received approval", 腾讯表示其尚未获批: the speaker tells of itself, so it is the party. */
export function speaksOfItself(text: string, n: Named, parties: Named[]): boolean {
  const after = text.slice(n.end).replace(/^\s*(?:,\s*)?/, '');
  const said = leading(lexicon().reportingAfter, after);
  if (!said) return false;
  // "阿里巴巴否认H200采购被叫停": a denial that names no one else is about the one denying.
  // 腾讯表示尚未获得批准: Chinese drops the pronoun, so a statement that names no one else is about the speaker.
  // "UNISOUND SAYS ... APPROVAL WITHDRAWN": a firm's statement that names no one else is about itself too.
  // The chip's brand ("NVIDIA H200", "Nvidia's H200") names the seller, not another firm spoken of.
  const brand = (p: Named) => /^\s*(?:'s|’s)?\s*H\d/i.test(text.slice(p.end, p.end + 8));
  if (/^(?:den|says|said|\p{Script=Han})/iu.test(said) && !parties.some((p) => p !== n && p.index > n.end && !brand(p))) return true;
  const rest = after.slice(said.length);
  // "says China denied its application": the speaker's own "its" a few words on, with no other firm between.
  // ("said on Friday that none of the H200 processors it ordered…": a day and a few words may come first.)
  const own =
    /^\s*,?\s*(?:on\s+\p{Lu}\p{L}+\s+|this\s+week\s+|last\s+week\s+)?(?:(?:reports?|claims?|rumou?rs?|speculation)\s+)?(?:that\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:it|its|it's|the company|the firm|the group|其|该公司|公司)(?![\p{L}])/iu.exec(
      rest,
    );
  if (!own) return false;
  const upTo = text.length - rest.length + own[0].length;
  return !parties.some((p) => p !== n && p.index > n.end && p.index < upTo);
}

// "the fourth company cleared after ByteDance, Alibaba and Tencent", "like Baidu": names given for comparison.
const COMPARISON =
  /\b(?:after|like|such as|besides|in addition to|joining|joins|joined|alongside|following|unlike|as well as|outside|beyond|other than|apart from|except|excluding)\s+(?:(?:the|a)\s+(?:queue|ranks|list|line|group|number|growing\s+list)\s+of\s+|the\s+)?$|(?:继|继续|之后|此前的|包括)\s*$/i;

/** A party named in a list introduced by a comparison word, not a party to the event. */
export function inComparisonList(text: string, s: Range, p: Named, parties: Named[]): boolean {
  let at = p.index;
  // Walk back over the list the name belongs to: other names, commas and "and".
  for (;;) {
    const before = text.slice(Math.max(s.start, at - 30), at);
    if (COMPARISON.test(before)) return true;
    const gap = /(?:,\s*|\s+and\s+|\s*&\s*|\s*[、和及]\s*)$/u.exec(before);
    if (!gap) return false;
    const prev = parties.find((o) => o.end === at - gap[0].length);
    if (!prev) return false;
    at = prev.index;
  }
}

// Words that are an authority's statement by themselves.
export const AUTHORITY_STATEMENT = /ministry|department|spokes|federal register|final rule|notice|发言人|部|公告|通知|的说明/i;
const COMPANY_NOUN = /\b(?:the|its|a)\s+(?:company|firm|group|startup|chipmaker|owner|giant)\s*,?\s*$|(?:该公司|公司)\s*$/i;

const CONFIRMING = /^(?:confirm|证实|确认)/i;

/**
 * "the company confirmed", "Tencent said in a statement": an official-sounding word whose
 * speaker is a company (the nearest name before it, or "the company") is not an official statement.
 */
export function companySpeaks(text: string, s: Sentence): boolean {
  const said = officialHits(text).filter((h) => inRange(h, s));
  if (!said.length) return false;
  return said.every((h) => {
    // 京北方公告，商务部已批复…: a short name opening the sentence with its notice is a firm's, unless it is a body or an outlet.
    if (/^(?:公告|发布)/u.test(h.words) && FIRM_NOTICE_OPENING.test(text.slice(s.start, h.index))) return true;
    // "a company spokesperson said": the company's own spokesperson, whatever the word.
    if (COMPANY_NOUN.test(text.slice(Math.max(s.start, h.index - 24), h.index))) return true;
    // 公司已收到商务部…不予许可的通知: a notice the firm says it received is the firm's telling, not the ministry speaking.
    if (/^(?:通知|决定|批复|文件|函)/u.test(h.words) && /(?:收到|接到|接获)[^，。；,;]{0,40}$/u.test(text.slice(Math.max(s.start, h.index - 44), h.index)))
      return true;
    // 青川果业1月12日晚间公告称, "Qingchuan Fruit has confirmed": the nearest speaker before the word is a company.
    if (firmSpeaks(text, s, h, s.names.parties)) return true;
    if (AUTHORITY_STATEMENT.test(h.words)) return false;
    // 记者从…处证实, 向财新确认: what the outlet verified with others, not a statement by an authority.
    if (/(?:从|向)[^，。；,;]{1,20}?$/u.test(text.slice(Math.max(s.start, h.index - 24), h.index))) return true;
    // 青云科技股份有限公司关于…的公告: a notice headed by a company's name is the company's.
    if (/公告|披露/u.test(h.words) && /(?:有限公司|股份|集团)/u.test(text.slice(s.start, h.index))) return true;
    const before = [...s.names.parties, ...s.names.authorities].filter((n) => n.end <= h.index).sort((a, b) => b.end - a.end)[0];
    if (before) return before.kind === 'party';
    // "In a statement on Tuesday, Nvidia said …": the statement is of the name that follows it.
    const after = [...s.names.parties, ...s.names.authorities].filter((n) => n.index >= h.end && n.index - h.end <= 40).sort((a, b) => a.index - b.index)[0];
    // ("confirmed that the ministry approved": the name after a confirming verb is what it confirms.)
    if (after && !CONFIRMING.test(h.words) && /^[^.;:，。；：]*$/u.test(text.slice(h.end, after.index))) return after.kind === 'party';
    // "Tongwei confirms commerce ministry cleared …": a confirmation with no authority before it is the firm's own.
    return CONFIRMING.test(h.words);
  });
}

// (商务部公告, 海关总署公告, 证券时报公告: bodies and outlets give notice too.)
const FIRM_NOTICE_OPENING =
  /^\s*(?![\p{Script=Han}]*(?:部|局|委|署|办|院|厅|会|社|报|网|台|所)$)(?![^，。]*(?:公司|本月|今日|近日|日前|此前|昨日|今年|上月|同日|当天|随后|此外|另外|同时))[\p{Script=Han}A-Za-z]{2,8}(?:[（(]\d{4,6}(?:\.\w{2})?[)）])?(?:发布|发布了)?$/u;

/** Sellers named in a sentence: a known seller, a brand inside the item's name, or "X's <item>". */
export function sellersIn(s: Sentence, sellers: Set<string>): Named[] {
  // Only a party known to sell the item, or one written inside the item's name: "Tencent H200
  // purchases" are Tencent's purchases, "Nvidia H200" is Nvidia's chip.
  return s.names.parties.filter((p) => p.tracked && (sellers.has(p.id) || s.names.items.some((i) => i.index <= p.index && p.end <= i.end)));
}

// "to China", "for China", "into China": a country named as the market, not the actor.
// (运往中国的H200, 销往中国, 流向中国: where goods are shipped or sold to is their market, not an actor.)
export const DESTINATION_BEFORE =
  /(?:\b(?:to|for|into|in|inside|across|towards?)\s+(?:the\s+)?(?:first\s+)?|(?:[向对在赴]|运往|销往|输往|发往|运至|卖往|售往|卖给|售予|出口至|出口到|流入|流向)\s*)$/i;

// (Only places: "Chinese platforms get the nod" still names the country whose ministry decides.)
const EN_PLACE_AFTER = /^\s+(?:data\s+cent(?:re|er)s?|sites?|clusters?|facilities|server\s+farms?)\b/i;
const ZH_FIRM_KIND_AFTER = /^(?:云算力|云|算力|科技|互联网|本土|民营|国有|AI)?(?:中介|买家|客户|企业|公司|厂商|用户|运营商)/u;

const FIRMS_MARKET_AFTER = /^\s+(?:H\d{2,3}\s+)?(?:export\s+|licen[cs]e\s+)?(?:applications|bids|requests|licen[cs]es|permits)\b/i;
const MARKET_AFTER_ITEM = /^\s*(?:chips?\s+|GPUs?\s+|processors?\s+)?(?:exports?|sales|shipments|export licen[cs]es)\b/i;

export function chooseAuthority(text: string, s: Sentence, t: Trigger): Named | undefined {
  // "US denies all pending applications": the verb right after the name is the event, not a report of it.
  const actsAsTrigger = (a: Named) => /^\s*$/u.test(text.slice(a.end, t.index)) && t.index >= a.end;
  const usable = s.names.authorities.filter(
    (a) =>
      (actsAsTrigger(a) || !isSpeaker(text, a) || speaksOfItself(text, a, s.names.parties)) &&
      !NOT_ACTOR_AFTER.test(text.slice(a.end)) &&
      // 中国云算力中介, 中国买家, 美国客户: a country word before a kind of firm describes the firm, it acts for no one.
      !(a.generic && /\p{Script=Han}$/u.test(a.words) && ZH_FIRM_KIND_AFTER.test(text.slice(a.end, a.end + 8))) &&
      // "every Chinese data centre": a country word before a place describes the place.
      !(a.generic && /^(?:Chinese|American)$/u.test(a.words) && EN_PLACE_AFTER.test(text.slice(a.end, a.end + 24))) &&
      // "China-bound H200s": a country the goods are bound for is their market, no actor.
      !(a.generic && /^-bound\b/i.test(text.slice(a.end, a.end + 8))) &&
      // "a licence for a Chinese game publisher's data centre": a country word after an article describes a noun
      // ("a US licence" still names whose licence it is; "a China licence" names its market).
      !(
        a.generic &&
        /\b(?:a|an)\s+$/i.test(text.slice(Math.max(s.start, a.index - 4), a.index)) &&
        !(/^(?:US|U\.S\.|American)$/u.test(a.words) && /^\s*(?:export\s+)?(?:licen[cs]es?|approvals?|permits?)\b/i.test(text.slice(a.end, a.end + 24)))
      ) &&
      // "Some 23 Nvidia China Bids Rejected", "29 of Nvidia's China H200 applications": a country between a firm and its
      // requests names their market, no actor.
      !(
        a.generic &&
        s.names.parties.some((p) => p.end <= a.index && /^(?:['’]s)?\s+$/u.test(text.slice(p.end, a.index))) &&
        FIRMS_MARKET_AFTER.test(text.slice(a.end, a.end + 40))
      ) &&
      // "Nvidia's China H200 export licences": a country naming the market of the item's exports is no actor.
      !(a.generic && s.names.items.some((i) => i.index >= a.end && i.index - a.end <= 2 && MARKET_AFTER_ITEM.test(text.slice(i.end, i.end + 16)))) &&
      !(
        a.generic &&
        DESTINATION_BEFORE.test(text.slice(Math.max(s.start, a.index - 16), a.index)) &&
        // "a term being debated in Washington": the capital a decision is weighed in is its actor, not a destination.
        !(/^(?:Washington|Beijing)$/u.test(a.words) && /\bin\s+$/i.test(text.slice(Math.max(s.start, a.index - 4), a.index))) &&
        // "agrees to US audits": the "to" of the verb, not a destination.
        !(
          t.kind.startsWith('condition_') &&
          /\b(?:agree[sd]?|agreeing|consent(?:s|ed)?|submit(?:s|ted)?)\s+to\s+$/i.test(text.slice(Math.max(s.start, a.index - 20), a.index))
        )
      ),
  );
  const before = usable.filter((a) => a.end <= t.index).at(-1);
  if (before) return before;
  // "25% of China H200 revenue": "of" before a country names a market; before a body ("of the ministry") its decision.
  const byAfter = usable.find((a) => a.index >= t.end && (a.generic ? BY_FROM : AFTER_BY).test(text.slice(Math.max(s.start, a.index - 12), a.index)));
  if (byAfter) return byAfter;
  // A country named after the verb is where the goods go unless "by"/"from" made it the actor.
  // "Beijing's condition", "China's quota": the possessive names whose rule or quota it is.
  const chosen = usable.find((a) => !a.generic) ?? usable.find((a) => a.end <= t.index || /^'s\b/u.test(text.slice(a.end)));
  // "BIS says the licences have not been suspended": with no other actor, a named authority
  // speaking of a decision speaks of its own.
  if (chosen) return chosen;
  // "agrees to US on-site audits": a condition names whose condition it is anywhere in its clause.
  // "every China H200 shipment" names a market, not an actor.
  const owner = usable.find((a) => !s.names.items.some((i) => i.index >= a.end && i.index - a.end <= 2));
  if (t.kind.startsWith('condition_') && owner) return owner;
  return s.names.authorities.find((a) => !a.generic && isSpeaker(text, a) && !NOT_ACTOR_AFTER.test(text.slice(a.end)));
}

export function lexHasChina(text: string, s: Sentence): boolean {
  return hits(lexicon().chinaWords, text).some((h) => inRange(h, s)) || s.names.parties.some((p) => p.country === 'CN');
}

const HALTING_KINDS: ReadonlySet<string> = new Set(['suspension', 'revocation']);
const RELATIVE_PLACE_BEFORE = /\b(?:that|which)\s+(?:[\p{L}-]+\s+){0,4}(?:in|at|on)\s+(?:(?:a|an|the)\s+)?$/iu;
const ZH_PLACE_BEFORE = /(?:现身|出现在|出现于|流入|流向|绕道|经由|转运至|转运到|运往|运到|运至|转卖到|转售到|转至|在)$/u;
// "Malaysia's trade ministry suspends", "Singapore has revoked": at most two words between a country and the verb it does.
const ACTOR_GAP = /^(?:['’]s)?(?:\s+[\p{L}.-]+){0,2}\s*$/u;

/**
 * Whether `country` only names where something happened beside a suspension or revocation among `triggers`, not who
 * halts the licences: "Kuwait City resale listing leads U.S. to freeze Nvidia's licences", "licences linked to Kuwait H200
 * listing are suspended" (well before the verb), "paused after boards were offered in Dubai" (in a side or relative
 * clause after it), 现身科威特, 绕道越南 (after a word of going or turning up). A country right before the verb does it;
 * one plainly after it is where the goods went.
 */
export function placeAroundHalt(
  text: string,
  country: { index: number; end: number },
  triggers: readonly { kind: string; index: number; end: number }[],
): boolean {
  // In Chinese (新加坡加强核查 两家贸易商许可被暂停) a country is its clause's actor unless a word of going or turning up
  // puts the goods there (现身科威特, 绕道越南).
  if (/\p{Script=Han}/u.test(text.slice(Math.max(0, country.index - 1), country.end)))
    return triggers.some((t) => HALTING_KINDS.has(t.kind)) && ZH_PLACE_BEFORE.test(text.slice(Math.max(0, country.index - 6), country.index));
  return triggers.some(
    (t) =>
      HALTING_KINDS.has(t.kind) &&
      (t.index >= country.end
        ? !ACTOR_GAP.test(text.slice(country.end, t.index))
        : // ("suspensions of licences for boards that showed up in a Kuwait City listing", "paused after boards were offered in
          // Dubai": nor, after it, one in a relative or a side clause.)
          country.index >= t.end &&
          country.index - t.end < 120 &&
          (RELATIVE_PLACE_BEFORE.test(text.slice(t.end, country.index)) || SIDE_CLAUSE_BEFORE.test(text.slice(t.end, country.index)))),
  );
}

export function otherCountryActor(text: string, s: Sentence, t: Trigger, authority: Named | undefined): string | undefined {
  const lex = lexicon();
  // "cancelled after chips surface in Singapore": a country in a side clause after the verb is not its actor.
  const others = hits(lex.otherCountries, text).filter((h) => inRange(h, s) && !(h.index > t.end && SIDE_CLAUSE_BEFORE.test(text.slice(t.end, h.index))));
  if (!others.length) return undefined;
  const china = hits(lex.chinaWords, text).some((h) => inRange(h, s)) || s.names.parties.some((p) => p.country === 'CN');
  if (!china) return others.find((o) => !placeAroundHalt(text, o, [t]))?.words;
  // "Malaysia blocks H200 shipments to China": the actor before the verb is another country.
  const before = others.filter((o) => o.end <= t.index).at(-1);
  if (before && (!authority || authority.end <= before.index || authority.index > t.index)) return before.words;
  return undefined;
}

/**
 * The parties in the trigger's own clause when it names any ("revoked for Tencent, while
 * approvals for ByteDance stand": Tencent only); else every party of the sentence.
 */
export function inClause(text: string, t: { index: number; end: number }, parties: Named[]): Named[] {
  const near = parties.filter((p) => breaksBetween(text, Math.min(p.end, t.end), Math.max(p.index, t.index)) === 0);
  return near.length ? near : parties;
}
