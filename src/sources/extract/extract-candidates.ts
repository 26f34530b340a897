/**
 * Turns one news item into typed candidate events (see candidate.ts): what happened (the
 * trigger's kind), to whom (holders, seller, authority, item), how many and in which role,
 * how sure, and the words each came from. Deterministic and offline: the ledger's names,
 * the lexicons in lexicon/*.json, and rules. It proposes; the pipeline decides.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateDate, CandidateEvent, CandidateKind, CandidateQuantity, Certainty, ItemExtraction, QuantityRole, Span } from './candidate.js';
import type { ExtractInput } from './extract-facts.js';
import { hits, leading, lexicon } from './lexicon.js';
import { authorityForCountry, scanNames, sellersOf, type Named } from './named.js';
import { capAtSpace as cap, dropTrailingName, normaliseText, splitPublisher } from './normalise.js';
import { findQuantities } from './quantities.js';
import { unknownHolders } from './unknown-names.js';
import { assignRoles, kindForRole, licenceCounts } from './roles.js';
import { readDates } from './dates.js';
import { AUTHORITY_KINDS, readTriggers, restatedNear, type Trigger } from './triggers.js';
import { breaksBetween, languageOf, sentences, zhNumeralsToDigits, type Range } from './text-units.js';

const MAX_RAW = 20_000;
const MAX_SUMMARY = 2_000;

function joinText(title: string, summary: string): { text: string; titleEnd: number } {
  const sep = /[.!?。！？]$/u.test(title) ? ' ' : '. ';
  if (!summary || summary === title) return { text: title, titleEnd: title.length };
  // Google News summaries repeat the title; reading it twice would find every fact twice.
  const extra = summary.startsWith(title) ? summary.slice(title.length).replace(/^[\s.。\-|]+/u, '') : summary;
  return extra ? { text: `${title}${sep}${extra}`, titleEnd: title.length } : { text: title, titleEnd: title.length };
}

const CERTAINTY_RANK: Record<Certainty, number> = { official: 0, reported: 1, hedged: 2, denied: 3 };
const EXPORT_CUE = /\bexport(?:s|ed|ing|ers?)?\b|\bsales?\b|\bsell(?:s|ing)?\b|\bsold\b|\bship(?:s|ped|ping|ments?)?\b|出口|销售|出售/iu;
const IMPORT_CUE =
  /\bimport(?:s|ed|ing|ers?)?\b|\bbuy(?:s|ing|ers?)?\b|\bbought\b|\bpurchas(?:e|es|ed|ing)\b|\bacquir(?:e|es|ed|ing)\b|\bprocure(?:s|d|ment)?\b|进口|采购|购买|购入/iu;
const NOT_ACTOR_AFTER =
  /^\s*(?:firms?|companies|company|customers?|clients?|buyers?|tech|groups?|giants?|market|chipmakers?|businesses|AI|internet|cloud|data|sales|revenue|exports?|imports?|demand|orders?|version|variant|rivals?|competitors?|企业|公司|客户|市场|科技)/iu;
const DELIVERED = /^(?:delivered|arriv\w*|received|shipped|took delivery|clear\w* .*|cleared customs|到货|交付|运抵|收到|通关|清关)$/iu;
const PROPOSING = /propos|negotiat|discuss|talks|want|ask|urg|demand|提议|建议|谈判|磋商|拟|希望/iu;
const OFFICIAL_HOST = /(?:^|\.)(?:federalregister\.gov|[a-z0-9-]+\.gov|gov\.cn|gov\.uk|europa\.eu)$/iu;

function hostOf(link: string | undefined): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/iu.exec(link ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

// The role a decision's or a restated event's number has, by the event's kind.
const ROLE_KIND: Partial<Record<CandidateKind, QuantityRole>> = { order: 'order', delivery: 'delivery', supply: 'inventory' };
const PREVIOUS_BEFORE = /(?:\b(?:from|up from|down from|compared with|versus|vs\.?)\s+|[由从较]\s*)$/iu;
const BY_FROM = /(?:\bby|\bfrom)\s+(?:the\s+)?$|[获经由]\s*$/iu;
const AFTER_BY = /(?:\bby|\bfrom|\bof)\s+(?:the\s+)?$|[获经由]\s*$/iu;

interface Sentence extends Range {
  names: { parties: Named[]; authorities: Named[]; items: Named[] };
  otherChip: boolean;
}

function span(n: Named): Span {
  return { value: n.id, words: n.words };
}

function inRange(n: { index: number; end: number }, r: Range): boolean {
  return n.index >= r.start && n.end <= r.end;
}

/** A party named as the speaker ("Nvidia said", "according to Tencent") is not a party to the event. */
function isSpeaker(text: string, n: Named): boolean {
  const lex = lexicon();
  const after = text.slice(n.end);
  if (/^\s*(?:is |are |was |were )?(?:said|says|reported) to\b/iu.test(after)) return false;
  return (
    !!leading(lex.reportingAfter, text.slice(n.end).replace(/^\s*(?:,\s*)?/, '')) ||
    /according to\s+$|援引\s*$|据\s*$/iu.test(text.slice(Math.max(0, n.index - 16), n.index))
  );
}

/** "Alibaba denies it received approval", 腾讯表示其尚未获批: the speaker tells of itself, so it is the party. */
function speaksOfItself(text: string, n: Named, parties: Named[]): boolean {
  const after = text.slice(n.end).replace(/^\s*(?:,\s*)?/, '');
  const said = leading(lexicon().reportingAfter, after);
  if (!said) return false;
  // "阿里巴巴否认H200采购被叫停": a denial that names no one else is about the one denying.
  if (/^(?:den|否认)/iu.test(said[0]) && !parties.some((p) => p !== n && p.index > n.end)) return true;
  return /^\s*,?\s*(?:(?:reports?|claims?|rumou?rs?|speculation)\s+)?(?:that\s+)?(?:it|its|it's|the company|the firm|the group|其|该公司|公司)(?![\p{L}])/iu.test(
    after.slice(said[0].length),
  );
}

// "the fourth company cleared after ByteDance, Alibaba and Tencent", "like Baidu": names given for comparison.
const COMPARISON = /\b(?:after|like|such as|besides|in addition to|joining|alongside|following|unlike|as well as)\s+$|(?:继|继续|之后|此前的|包括)\s*$/iu;

/** A party named in a list introduced by a comparison word, not a party to the event. */
function inComparisonList(text: string, s: Range, p: Named, parties: Named[]): boolean {
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
const AUTHORITY_STATEMENT = /ministry|department|spokes|federal register|final rule|notice|发言人|部|公告|通知|的说明/iu;
const COMPANY_NOUN = /\b(?:the|its)\s+(?:company|firm|group|startup|chipmaker|owner|giant)\s*,?\s*$|(?:该公司|公司)\s*$/iu;

/**
 * "the company confirmed", "Tencent said in a statement": an official-sounding word whose
 * speaker is a company (the nearest name before it, or "the company") is not an official statement.
 */
function companySpeaks(text: string, s: Sentence): boolean {
  const said = hits(lexicon().official, text).filter((h) => inRange(h, s));
  if (!said.length) return false;
  return said.every((h) => {
    if (AUTHORITY_STATEMENT.test(h.words)) return false;
    if (COMPANY_NOUN.test(text.slice(Math.max(s.start, h.index - 24), h.index))) return true;
    const before = [...s.names.parties, ...s.names.authorities].filter((n) => n.end <= h.index).sort((a, b) => b.end - a.end)[0];
    return before?.kind === 'party';
  });
}

/** Sellers named in a sentence: a known seller, a brand inside the item's name, or "X's <item>". */
function sellersIn(s: Sentence, sellers: Set<string>): Named[] {
  // Only a party known to sell the item, or one written inside the item's name: "Tencent H200
  // purchases" are Tencent's purchases, "Nvidia H200" is Nvidia's chip.
  return s.names.parties.filter((p) => p.tracked && (sellers.has(p.id) || s.names.items.some((i) => i.index <= p.index && p.end <= i.end)));
}

// "to China", "for China", "into China": a country named as the market, not the actor.
const DESTINATION_BEFORE = /(?:\b(?:to|for|into|in|inside|across|towards?)\s+(?:the\s+)?(?:first\s+)?|[向对在赴]\s*)$/iu;

function chooseAuthority(text: string, s: Sentence, t: Trigger): Named | undefined {
  // "US denies all pending applications": the verb right after the name is the event, not a report of it.
  const actsAsTrigger = (a: Named) => /^\s*$/u.test(text.slice(a.end, t.index)) && t.index >= a.end;
  const usable = s.names.authorities.filter(
    (a) =>
      (actsAsTrigger(a) || !isSpeaker(text, a) || speaksOfItself(text, a, s.names.parties)) &&
      !NOT_ACTOR_AFTER.test(text.slice(a.end)) &&
      !(a.generic && DESTINATION_BEFORE.test(text.slice(Math.max(s.start, a.index - 16), a.index))),
  );
  const before = usable.filter((a) => a.end <= t.index).at(-1);
  if (before) return before;
  // "25% of China H200 revenue": "of" before a country names a market; before a body ("of the ministry") its decision.
  const byAfter = usable.find((a) => a.index >= t.end && (a.generic ? BY_FROM : AFTER_BY).test(text.slice(Math.max(s.start, a.index - 12), a.index)));
  if (byAfter) return byAfter;
  // A country named after the verb is where the goods go unless "by"/"from" made it the actor.
  // "Beijing's condition", "China's quota": the possessive names whose rule or quota it is.
  return usable.find((a) => !a.generic) ?? usable.find((a) => a.end <= t.index || /^'s\b/u.test(text.slice(a.end)));
}

function lexHasChina(text: string, s: Sentence): boolean {
  return hits(lexicon().chinaWords, text).some((h) => inRange(h, s)) || s.names.parties.some((p) => p.country === 'CN');
}

function otherCountryActor(text: string, s: Sentence, t: Trigger, authority: Named | undefined): string | undefined {
  const lex = lexicon();
  const others = hits(lex.otherCountries, text).filter((h) => inRange(h, s));
  if (!others.length) return undefined;
  const china = hits(lex.chinaWords, text).some((h) => inRange(h, s)) || s.names.parties.some((p) => p.country === 'CN');
  if (!china) return others[0]!.words;
  // "Malaysia blocks H200 shipments to China": the actor before the verb is another country.
  const before = others.filter((o) => o.end <= t.index).at(-1);
  if (before && (!authority || authority.end <= before.index || authority.index > t.index)) return before.words;
  return undefined;
}

// Hedges about the source ("people familiar") cover the whole item; an intent or negation
// in another sentence is about something else.
const SOURCE_HEDGE = /reportedly|people|person|sources?|insiders?|said to|reported to|unnamed|据悉|知情|消息人士|据报道|据传|传/iu;

function merge(a: CandidateEvent, b: CandidateEvent): void {
  if (CERTAINTY_RANK[b.certainty] > CERTAINTY_RANK[a.certainty] && b.certainty === 'hedged' && SOURCE_HEDGE.test(b.certaintyWords ?? '')) {
    a.certainty = b.certainty;
    if (b.certaintyWords) a.certaintyWords = b.certaintyWords;
  }
  // A firm headline whose body quotes the ministry's own statement is official.
  if (a.certainty === 'reported' && b.certainty === 'official') {
    a.certainty = 'official';
    if (b.certaintyWords) a.certaintyWords = b.certaintyWords;
  }
  if (!a.authority && b.authority) a.authority = b.authority;
  if (!a.seller && b.seller) a.seller = b.seller;
  if (!a.item && b.item) a.item = b.item;
  if (!a.quantity && b.quantity) a.quantity = b.quantity;
  // "550,000 units" in the headline, "roughly 550,000" in the body: the careful telling wins.
  else if (a.quantity && b.quantity && a.quantity.value === b.quantity.value && a.quantity.qualifier === 'exact' && b.quantity.qualifier !== 'exact')
    a.quantity = { ...a.quantity, qualifier: b.quantity.qualifier };
  for (const h of b.holders) if (!a.holders.some((x) => x.value === h.value)) a.holders.push(h);
  for (const c of b.conditions) if (!a.conditions.some((x) => x.value === c.value)) a.conditions.push(c);
  for (const d of b.dates) if (!a.dates.some((x) => x.value === d.value && x.role === d.role)) a.dates.push(d);
}

function sameSet(a: Span[], b: Span[]): boolean {
  return a.length === b.length && a.every((x) => b.some((y) => y.value === x.value));
}

/** Two tellings of one event in the same item (headline and summary). */
function compatible(a: CandidateEvent, b: CandidateEvent): boolean {
  if (a.kind !== b.kind || a.item?.value !== b.item?.value) return false;
  if (a.authority && b.authority && a.authority.value !== b.authority.value) return false;
  if (a.holders.length && b.holders.length && !sameSet(a.holders, b.holders)) return false;
  if (a.quantity && b.quantity && (a.quantity.role !== b.quantity.role || a.quantity.value !== b.quantity.value || a.quantity.holder !== b.quantity.holder))
    return false;
  return true;
}

/** Extracts the candidate events of one news item against the ledger's names. */
export function extractCandidates(input: ExtractInput, state: LedgerState): ItemExtraction {
  const lex = lexicon();
  const { text: title, publisher } = splitPublisher(normaliseText(input.title.slice(0, MAX_RAW)));
  const summary = cap(dropTrailingName(normaliseText(input.summary?.slice(0, MAX_RAW)), publisher), MAX_SUMMARY);
  const joined = joinText(zhNumeralsToDigits(title), zhNumeralsToDigits(summary));
  const text = joined.text;
  const language = languageOf(text);
  const notes: string[] = [];
  const result = (candidates: CandidateEvent[], about: Span[] = []): ItemExtraction => ({ candidates, about, notes, language });

  const names = scanNames(state, text);
  notes.push(...names.notes);
  const docItem = names.items[0];
  if (!docItem) {
    if (!notes.length) notes.push(names.parties.length ? 'no tracked item named' : 'nothing tracked named');
    return result([]);
  }
  // Opinion, analysis and passing mentions (show notes, benchmarks) are not events.
  const mention = hits(lex.mentionOnly, text)[0]?.words;
  const titleText = text.slice(0, joined.titleEnd);
  const opinion = leading(lex.opinionStart, titleText)?.[0] ?? hits(lex.opinionAnywhere, text).find((h) => h.end <= joined.titleEnd)?.words;
  if (opinion) notes.push(`opinion or analysis ("${opinion.trim()}")`);
  if (mention) notes.push(`mention in passing ("${mention.trim()}")`);
  if (opinion || mention) return result([]);

  const sellers = sellersOf(state);
  const ranges = sentences(text);
  // Companies no list knows, named as the buyer ("Xiaohongshu secures approval", 小红书获批).
  const unknown = unknownHolders(text, ranges, [...names.parties, ...names.authorities, ...names.items, ...names.otherChips]);
  if (unknown.length) names.parties = [...names.parties, ...unknown].sort((a, b) => a.index - b.index);
  const sents: Sentence[] = ranges.map((r) => ({
    ...r,
    names: {
      parties: names.parties.filter((n) => inRange(n, r)),
      authorities: names.authorities.filter((n) => inRange(n, r)),
      items: names.items.filter((n) => inRange(n, r)),
    },
    otherChip: names.otherChips.some((c) => inRange(c, r)),
  }));
  // A notice on a government site (federalregister.gov, mofcom.gov.cn) is an official source.
  const official = input.official === true || OFFICIAL_HOST.test(hostOf(input.link));
  const triggers = readTriggers(text, sents, official, joined.titleEnd, input.publishedAt);
  // Another country's deal told with no word of China anywhere ("Japan clears SoftBank's
  // purchase", "exports to Vietnam's FPT"): every sentence of it is about that deal.
  const foreignItem = !hits(lex.chinaWords, text).length && !names.parties.some((p) => p.country === 'CN') ? hits(lex.otherCountries, text)[0] : undefined;
  if (foreignItem) {
    notes.push(`${foreignItem.words}: another country`);
    return result([]);
  }
  const authoritySpeaks = () =>
    names.authorities.some((a) => !a.generic) || /\b(?:ministry|department|bureau|spokes(?:wo)?m[ae]n|spokesperson)\b|部|局/iu.test(text);
  const itemUnits: Record<string, string> = {};
  for (const item of Object.values(state.item)) itemUnits[item.id] = item.unit;
  const found = findQuantities(
    text,
    names.items.map((i) => ({ kind: 'item', id: i.id, name: i.id, text: i.words, index: i.index, end: i.end })),
    itemUnits,
  );
  const licences = licenceCounts(text);
  // "24 H200 export licences" counts licences: the same number is not also a count of chips.
  // "raised to 600,000 from more than 400,000", 由逾40万颗上调至: the old figure is not news.
  const goods = found.filter(
    (q) => !licences.some((l) => l.index < q.end && q.index < l.end) && !PREVIOUS_BEFORE.test(text.slice(Math.max(0, q.index - 16), q.index)),
  );
  const groupQuota = goods.some((q) => q.aggregate);
  const dates = readDates(text, input.publishedAt);

  const candidates: CandidateEvent[] = [];
  // Candidates a past month made old news, with the kind they were before.
  const datedBefore = new Map<CandidateEvent, CandidateKind>();
  for (const s of sents) {
    // Quota figures in a sentence with no decision of its own ("ByteDance's share is 150,000")
    // belong to the decision told before it.
    const pending: CandidateQuantity[] = [];
    const sTriggers = triggers.filter((t) => t.sentence.start === s.start);
    const item = s.names.items[0] ?? (s.otherChip ? undefined : docItem);
    if (!item) {
      if (sTriggers.length) notes.push(`"${text.slice(s.start, s.end).trim().slice(0, 60)}": about another product`);
      continue;
    }
    const named = s.names.items.length > 0 || s.names.parties.length > 0 || s.names.authorities.length > 0;
    const sSellers = sellersIn(s, sellers);
    const others = s.names.parties.filter(
      (p) =>
        (!isSpeaker(text, p) || speaksOfItself(text, p, s.names.parties)) &&
        !sSellers.some((x) => x.index === p.index) &&
        !lex.chipMakers.has(p.id) &&
        !inComparisonList(text, s, p, s.names.parties),
    );
    const roled = [
      ...assignRoles(
        text,
        s,
        goods,
        sTriggers.map((t) => ({ kind: t.kind === 'restatement' ? t.original : t.kind, index: t.index, end: t.end, words: t.words })),
        others,
        groupQuota,
      ),
      ...licences.filter((l) => inRange(l, s)),
    ];
    // Another country's deal ("Japan clears SoftBank purchase") is not about the tracked records.
    const foreign = !lexHasChina(text, s) ? hits(lex.otherCountries, text).find((h) => inRange(h, s)) : undefined;
    if (foreign && sTriggers.length) {
      notes.push(`${foreign.words}: another country`);
      continue;
    }
    const sCandidates: { c: CandidateEvent; t?: Trigger }[] = [];
    for (const t of sTriggers) {
      if (!named && AUTHORITY_KINDS.has(t.kind) && !t.kind.startsWith('condition_')) continue;
      const c = buildCandidate(text, state, s, t, item, sSellers, others, dates, notes);
      if (c && t.pastMonth) datedBefore.set(c, t.original);
      // "confirmed", "announced": official only when an authority speaks, not a company.
      if (c && c.certainty === 'official' && !official && (!authoritySpeaks() || companySpeaks(text, s))) {
        c.certainty = 'reported';
        delete c.certaintyWords;
      }
      if (c) sCandidates.push({ c, t });
    }
    // Numbers find their event: the nearest trigger of their role's kind, else a new event for the role.
    for (const q of roled) {
      const wanted = kindForRole(q.role);
      // A condition's numbers are its terms (a ratio, a share), not goods.
      const fits = sCandidates.filter(({ c, t }) =>
        wanted
          ? c.kind === wanted || (c.kind === 'restatement' && t?.original === wanted)
          : (AUTHORITY_KINDS.has(c.kind) && !c.kind.startsWith('condition_')) ||
            (c.kind === 'restatement' && !kindForRole(ROLE_KIND[t?.original ?? 'grant'] ?? 'quota')),
      );
      const target = fits
        .map((x) => ({
          x,
          d: x.t
            ? Math.abs(x.t.index < q.index ? q.index - x.t.end : x.t.index - q.end) +
              60 * breaksBetween(text, Math.min(x.t.end, q.end), Math.max(x.t.index, q.index))
            : 0,
        }))
        .sort((a, b) => a.d - b.d)[0]?.x;
      const quantity = {
        value: q.value,
        qualifier: q.qualifier,
        unit: q.unit,
        role: q.role,
        words: q.words,
        ...(q.holder ? { holder: q.holder.id } : {}),
      };
      if (!target && !wanted) {
        pending.push(quantity);
        continue;
      }
      if (target && !target.c.quantity) target.c.quantity = quantity;
      else if (target)
        sCandidates.push({
          c: { ...target.c, holders: [...target.c.holders], conditions: [...target.c.conditions], dates: [...target.c.dates], quantity },
          ...(target.t ? { t: target.t } : {}),
        });
      else if (wanted) {
        // "still holds about 700,000, unchanged since January": a figure told as it stands is old news.
        const restated = restatedNear(text, s, { index: q.index, end: q.end, words: q.words });
        const cueTrigger: Trigger = {
          index: q.index,
          end: q.end,
          words: q.cue ?? q.words,
          kind: restated ? 'restatement' : wanted,
          original: wanted,
          ...(restated ? { restated } : {}),
          sentence: s,
          certainty: sTriggers[0]?.certainty === 'denied' ? 'reported' : (sTriggers[0]?.certainty ?? 'reported'),
          ...(sTriggers[0]?.certaintyWords ? { certaintyWords: sTriggers[0].certaintyWords } : {}),
        };
        const c = buildCandidate(text, state, s, cueTrigger, item, sSellers, others, dates, notes);
        if (c) {
          c.quantity = quantity;
          sCandidates.push({ c });
        }
      }
    }
    // "ByteDance and Tencent get 150,000 and 120,000 respectively", 分别获得15万颗和12万颗: in order.
    respectively(text, s, sCandidates);
    // "Alibaba and Tencent each get about 100,000": one allocation per holder.
    for (const entry of [...sCandidates]) {
      const q = entry.c.quantity;
      if (!q || (q.role !== 'quota' && q.role !== 'allocation') || entry.c.holders.length < 2) continue;
      const at = text.indexOf(q.words, s.start);
      const near = text.slice(Math.max(s.start, at - 40), Math.min(s.end, at + q.words.length + 20));
      if (!/\beach\b|各|分别/iu.test(near)) continue;
      sCandidates.splice(
        sCandidates.indexOf(entry),
        1,
        ...entry.c.holders.map((h) => ({
          c: { ...entry.c, holders: [h], quantity: { ...q, role: 'allocation' as const, holder: h.value } },
          ...(entry.t ? { t: entry.t } : {}),
        })),
      );
    }
    for (const { c } of sCandidates) {
      // An order, delivery or supply figure without a number says nothing the ledger can keep,
      // except goods told arriving at a named buyer ("first H200 servers delivered to Tencent").
      if ((c.kind === 'order' || c.kind === 'delivery' || c.kind === 'supply') && !c.quantity) {
        if (!(c.kind === 'delivery' && c.holders.length && DELIVERED.test(c.trigger))) continue;
      }
      if ((c.kind === 'condition_proposed' || c.kind === 'condition_agreed') && !c.conditions.length && !/condition|terms|条件/iu.test(c.trigger)) continue;
      const twin = candidates.find((o) => compatible(o, c));
      if (twin) merge(twin, c);
      else candidates.push(c);
    }
    const decision = [...candidates].reverse().find((c) => AUTHORITY_KINDS.has(c.kind) && !c.kind.startsWith('condition_') && c.item?.value === item.id);
    for (const quantity of pending) {
      if (!decision) continue;
      if (!decision.quantity) decision.quantity = quantity;
      else if (decision.quantity.value !== quantity.value || decision.quantity.role !== quantity.role) {
        candidates.push({
          ...decision,
          holders: quantity.holder ? decision.holders.filter((h) => h.value === quantity.holder) : [...decision.holders],
          conditions: [...decision.conditions],
          dates: [...decision.dates],
          quantity,
        });
      }
    }
  }
  // A holder-less telling folds into the telling that names the holders.
  const folded = candidates.filter(
    (c, i) => !(c.holders.length === 0 && candidates.some((o, j) => j !== i && o.holders.length > 0 && compatible(o, c) && (merge(o, c), true))),
  );
  // "must buy domestic chips under terms the ministry has finalised", "approved on condition
  // that they bundle": what a condition says is not a proposal of its own once the item tells it
  // agreed or attached to a grant; only a proposing verb keeps it proposed.
  const settled = folded.some((c) => c.kind === 'condition_agreed' || (c.kind === 'grant' && c.conditions.length > 0 && c.certainty !== 'denied'));
  if (settled)
    for (let i = folded.length - 1; i >= 0; i--) if (folded[i]!.kind === 'condition_proposed' && !PROPOSING.test(folded[i]!.trigger)) folded.splice(i, 1);
  // "Chinese firms ordered over 2 million H200s ... January's orders": when the item dates the
  // event it tells in an earlier month, its headline telling is old news too.
  for (const [old, kind] of datedBefore) {
    // Only figures: an application "submitted in February" is still pending now.
    if (!kindForRole(ROLE_KIND[kind] ?? 'quota') || (!folded.includes(old) && !candidates.includes(old))) continue;
    for (const c of folded)
      if (
        c.kind === kind &&
        c.item?.value === old.item?.value &&
        (!old.holders.length || sameSet(old.holders, c.holders)) &&
        (!old.quantity || !c.quantity || old.quantity.value === c.quantity.value)
      )
        c.kind = 'restatement';
  }
  // "Timeline:", "Recap:", 回顾: everything the item tells is old news.
  const recap = leading(lex.restatementStart, text.slice(0, joined.titleEnd))?.[0];
  if (recap) for (const c of folded) c.kind = 'restatement';
  sharesOfGroups(folded, state);
  // Old news restated adds nothing when the item also reports the event itself.
  // A figure restated ("January's orders of 2 million") is kept beside other news: it is what the item says is not new.
  const kept = folded.filter(
    (c) =>
      c.kind !== 'restatement' ||
      (!!c.quantity && c.quantity.role !== 'quota' && c.quantity.role !== 'allocation') ||
      !folded.some((o) => o.kind !== 'restatement'),
  );
  // Tellings that became old news above may now be twins.
  const final = kept.filter((c, i) => !kept.some((o, j) => j < i && o.kind === c.kind && compatible(o, c) && (merge(o, c), true)));
  if (!final.length && !notes.length) notes.push(triggers.length ? 'no event about a tracked record' : 'no event words');
  if (final.some((c) => c.kind === 'restatement')) notes.push('old news restated');
  const about: Span[] = [];
  for (const c of final) {
    if (c.kind === 'restatement') continue;
    for (const s of [c.item, c.authority, c.seller, ...c.holders]) if (s && !about.some((a) => a.value === s.value)) about.push(s);
  }
  return result(final, about);
}

/**
 * The parties in the trigger's own clause when it names any ("revoked for Tencent, while
 * approvals for ByteDance stand": Tencent only); else every party of the sentence.
 */
function inClause(text: string, t: { index: number; end: number }, parties: Named[]): Named[] {
  const near = parties.filter((p) => breaksBetween(text, Math.min(p.end, t.end), Math.max(p.index, t.index)) === 0);
  return near.length ? near : parties;
}

function buildCandidate(
  text: string,
  state: LedgerState,
  s: Sentence,
  t: Trigger,
  item: Named,
  sellers: Named[],
  others: Named[],
  dates: (CandidateDate & { index: number })[],
  notes: string[],
): CandidateEvent | undefined {
  const lex = lexicon();
  const authorityKind = AUTHORITY_KINDS.has(t.kind) || (t.kind === 'restatement' && AUTHORITY_KINDS.has(t.original));
  const c: CandidateEvent = {
    kind: t.kind,
    certainty: t.certainty,
    trigger: t.words,
    holders: [],
    conditions: [],
    dates: [],
    item: span(item),
    ...(t.certaintyWords ? { certaintyWords: t.certaintyWords } : {}),
  };
  if (sellers[0]) c.seller = span(sellers[0]);
  if (authorityKind) {
    let authority = chooseAuthority(text, s, t);
    const other = otherCountryActor(text, s, t, authority);
    if (other) {
      notes.push(`${other}: another country`);
      return undefined;
    }
    const sentenceText = text.slice(s.start, s.end);
    let country = authority?.country;
    if (!authority || authority.generic) {
      // The direction words decide between a US export licence and a Chinese import approval.
      const exp = EXPORT_CUE.exec(sentenceText);
      const imp = IMPORT_CUE.exec(sentenceText);
      const cue = exp && imp ? (Math.abs(s.start + exp.index - t.index) < Math.abs(s.start + imp.index - t.index) ? exp : imp) : (exp ?? imp);
      const cueCountry = cue === exp && exp ? 'US' : cue ? 'CN' : undefined;
      if (!authority && cueCountry) {
        const id = authorityForCountry(state, cueCountry);
        if (id)
          authority = {
            kind: 'authority',
            id,
            index: s.start + cue!.index,
            end: s.start + cue!.index + cue![0].length,
            words: cue![0],
            tracked: true,
            country: cueCountry,
            generic: true,
          };
        country = cueCountry;
      } else if (
        !authority &&
        authorityKind &&
        t.kind !== 'restatement' &&
        sellers.some(
          (p) =>
            p.end <= t.index &&
            p.index === s.start + (sentenceText.length - sentenceText.trimStart().length) &&
            !s.names.items.some((i) => i.index >= p.end && i.index - p.end <= 3),
        ) &&
        !others.some((p) => p.end <= t.index)
      ) {
        // "Nvidia agrees to pay 25% of its China revenue": the seller acting is the exporter's side.
        const id = authorityForCountry(state, 'US');
        if (id) country = 'US';
      } else if (!authority && others.some((p) => p.country === 'CN')) {
        const id = authorityForCountry(state, 'CN');
        if (id) country = 'CN';
      }
    }
    // "Nvidia asks TSMC for 500,000 more": asking is an application only of an authority or for a permission.
    if (
      t.kind === 'application' &&
      /^(?:(?:has|have)\s+)?(?:ask|request)/iu.test(t.words) &&
      !s.names.authorities.some((a) => !NOT_ACTOR_AFTER.test(text.slice(a.end))) &&
      !/approv|licen[cs]|permi|clearance|go-ahead|批准|许可/iu.test(sentenceText)
    )
      return undefined;
    // "The ministry has asked the firms to ...": an authority asking is a demand, not an application.
    if (
      t.kind === 'application' &&
      /^(?:(?:has|have)\s+)?(?:ask|request|urg|want|demand)|要求/iu.test(t.words) &&
      authority &&
      authority.end <= t.index &&
      breaksBetween(text, authority.end, t.index) === 0 &&
      !DESTINATION_BEFORE.test(text.slice(Math.max(s.start, authority.index - 16), authority.index)) &&
      !others.some((p) => p.index >= authority.end && p.end <= t.index)
    )
      return undefined;
    if (authority) c.authority = span(authority);
    if (country === 'US') {
      // An export licence is held by the exporter: the seller, often named only in the item.
      c.holders = sellers.map(span);
      if (!c.holders.length && item.words.toLowerCase() !== item.id && sellers.length === 0) {
        const brand = Object.values(state.party).find((p) => state.item[item.id]?.name.toLowerCase().startsWith(`${p.name.toLowerCase()} `));
        if (brand && /nvidia|英伟达/iu.test(sentenceText)) c.holders = [{ value: brand.id, words: brand.name }];
      }
    } else {
      c.holders = inClause(text, t, others).map(span);
    }
    for (const h of others) if (!h.tracked && !notes.some((n) => n.startsWith(`${h.words} `))) notes.push(`${h.words} is not tracked`);
    for (const { kind, pattern } of lex.conditions) {
      const h = hits(pattern, text).find((x) => inRange(x, s));
      if (h) c.conditions.push({ value: kind, words: h.words });
    }
  } else if (t.kind === 'supply' || (t.kind === 'restatement' && t.original === 'supply')) {
    // A stock figure is held by the seller that makes the item.
    if (sellers[0]) c.seller = span(sellers[0]);
    c.holders = sellers.slice(0, 1).map(span);
  } else {
    c.holders = inClause(text, t, others).map(span);
  }
  c.holders = c.holders.filter((h, i, list) => list.findIndex((x) => x.value === h.value) === i);
  c.dates = dates.filter((d) => d.index >= s.start && d.index < s.end).map(({ index: _i, ...d }) => d);
  return c;
}

/**
 * A quota figure told for one holder that shares a tracked group authorization is that
 * holder's share (allocation), not the group's total; a larger figure told beside it for the
 * same holder ("200,000 of China's 400,000 quota", 在逾40万颗配额中) is the group total it
 * is a share of, already on record, and is dropped.
 */
function sharesOfGroups(candidates: CandidateEvent[], state: LedgerState): void {
  for (const c of candidates) {
    const q = c.quantity;
    if (!q || q.role !== 'quota' || c.holders.length !== 1 || c.kind === 'restatement') continue;
    const h = c.holders[0]!.value;
    const shared = Object.values(state.authorization).some((a) => a.holderIds.length > 1 && a.holderIds.includes(h) && (!c.item || a.itemId === c.item.value));
    if (shared) c.quantity = { ...q, role: 'allocation', holder: h };
  }
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    const q = c.quantity;
    if (!q || q.role !== 'allocation') continue;
    const smaller = candidates.some((o) => o !== c && o.quantity?.role === 'allocation' && o.quantity.holder === q.holder && o.quantity.value < q.value);
    if (smaller) candidates.splice(i, 1);
  }
}

/** Pairs the holders and the numbers of a "respectively" sentence in order, one allocation each. */
function respectively(text: string, s: Range, list: { c: CandidateEvent; t?: Trigger }[]): void {
  if (!/\brespectively\b|分别/iu.test(text.slice(s.start, s.end))) return;
  const shares = list.filter(({ c }) => c.quantity && (c.quantity.role === 'quota' || c.quantity.role === 'allocation') && c.holders.length >= 2);
  if (!shares.length) return;
  const holders = shares[0]!.c.holders;
  const numbers = [...new Map(shares.map(({ c }) => [c.quantity!.words, c.quantity!])).values()].sort(
    (a, b) => text.indexOf(a.words, s.start) - text.indexOf(b.words, s.start),
  );
  if (numbers.length !== holders.length) return;
  const first = shares[0]!;
  for (const x of shares) list.splice(list.indexOf(x), 1);
  holders.forEach((h, i) =>
    list.push({ c: { ...first.c, holders: [h], quantity: { ...numbers[i]!, role: 'allocation', holder: h.value } }, ...(first.t ? { t: first.t } : {}) }),
  );
}
