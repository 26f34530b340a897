/**
 * Turns one news item into typed candidate events (see candidate.ts): what happened (the
 * trigger's kind), to whom (holders, seller, authority, item), how many and in which role,
 * how sure, and the words each came from. Deterministic and offline: the ledger's names,
 * the lexicons in lexicon/*.json, and rules. It proposes; the pipeline decides.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent, CandidateKind, CandidateQuantity, ItemExtraction, QuantityRole, Span } from './candidate.js';
import type { ExtractInput } from './extract-facts.js';
import { hits, leading, lexicon, officialHits } from './lexicon.js';
import { scanNames, sellersOf } from './named.js';
import { capAtSpace as cap, dropTrailingName, normaliseText, splitPublisher } from './normalise.js';
import { findQuantities } from './quantities.js';
import { unknownHolders } from './unknown-names.js';
import { assignRoles, kindForRole, licenceCounts } from './roles.js';
import { readDates } from './dates.js';
import { readTriggers, restatedNear } from './triggers.js';
import { AUTHORITY_KINDS, type Trigger } from './trigger.js';
import {
  attachConditions,
  backgroundFigures,
  decidedInSentence,
  oneDecision,
  oneFigureOneFact,
  oneReading,
  settleProposals,
  waitIsDenial,
} from './item-rules.js';
import { breaksBetween, languageOf, sentences, zhNumeralsToDigits } from './text-units.js';
import { AUTHORITY_STATEMENT, companySpeaks, inComparisonList, inRange, isSpeaker, lexHasChina, sellersIn, speaksOfItself, type Sentence } from './actors.js';
import { buildCandidate } from './build-candidate.js';
import { aboutOtherChip, analystTitle } from './other-subject.js';
import { retoldGroupApprovals } from './retold.js';
import { compatible, expandEtc, merge, respectively, sameSet, sharesOfGroups } from './tellings.js';

const MAX_RAW = 20_000;
const MAX_SUMMARY = 2_000;

function joinText(title: string, summary: string): { text: string; titleEnd: number } {
  const sep = /[.!?。！？]$/u.test(title) ? ' ' : '. ';
  if (!summary || summary === title) return { text: title, titleEnd: title.length };
  // Google News summaries repeat the title; reading it twice would find every fact twice.
  const extra = summary.startsWith(title) ? summary.slice(title.length).replace(/^[\s.。\-|]+/u, '') : summary;
  return extra ? { text: `${title}${sep}${extra}`, titleEnd: title.length } : { text: title, titleEnd: title.length };
}

const DELIVERED =
  /^(?:delivered|arriv\w*|received|receive|shipped|(?:takes|took|taken|taking) delivery|clear\w* .*|cleared customs|switch\w* on|power\w* up|brought online|went live|goes live|到货|交付|运抵|收到|通关|清关|上架|上线|点亮|投入使用)$/iu;
const SIDE_CLAUSE_BEFORE = /\b(?:after|as|when|while|amid|because|following|since|before)\s+[^,;:]*$/iu;
const COMPARED_BEFORE =
  /\b(?:alternative to|rival to|rivals?|compared (?:with|to)|instead of|versus|vs\.?|than|like|替代|对标|媲美|相当于)\s+(?:\S+\s+){0,2}$|(?:替代|对标|媲美|相当于|比肩)[^，。]{0,6}$/iu;
const SELF_REFERENCE = /本公司|本集团|\bthe Company\b|\bthe Group\b/u;
const OFFICIAL_HOST = /(?:^|\.)(?:federalregister\.gov|[a-z0-9-]+\.gov|gov\.cn|gov\.uk|europa\.eu)$/iu;

function hostOf(link: string | undefined): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/iu.exec(link ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

// The role a decision's or a restated event's number has, by the event's kind.
const ROLE_KIND: Partial<Record<CandidateKind, QuantityRole>> = { order: 'order', delivery: 'delivery', supply: 'inventory' };
const PREVIOUS_BEFORE =
  /(?:\b(?:from|up from|down from|compared with|versus|vs\.?)\s+(?:(?:just|roughly|about|around|some|over|more than|nearly|almost|approximately|an estimated|the|its)\s+){0,3}|[由从较]\s*(?:(?:\d{1,2}\s*月份?|年初|上月|去年)的?)?\s*(?:约|逾|超过|近|将近|大约)?\s*)$/iu;

// Who speaks officially: a ministry or department, not customs or a city.
const MINISTRY = /ministry|department|commerce|bureau|\bBIS\b|MOFCOM|部|局/iu;
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
  const opinion =
    leading(lex.opinionStart, titleText)?.[0] ??
    analystTitle(titleText) ??
    hits(lex.opinionAnywhere, text).find((h) => h.end <= joined.titleEnd)?.words ??
    hits(lex.opinionBody, text)[0]?.words;
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
  const triggers = readTriggers(text, sents, official, joined.titleEnd, input.publishedAt, notes);
  // Another country's deal told with no word of China anywhere ("Japan clears SoftBank's
  // purchase", "exports to Vietnam's FPT"): every sentence of it is about that deal.
  // A headline about another country's deal stays one even when the body compares it with China.
  const chinaHits = hits(lex.chinaWords, text);
  const chinaIn = (end: number) => chinaHits.some((h) => h.end <= end) || names.parties.some((p) => p.country === 'CN' && p.end <= end);
  // A seller's stock or output ("TSMC to make more", "Taiwan-based suppliers") is the same
  // wherever it is made: another country matters only to a deal.
  const countries = hits(lex.otherCountries, text);
  const dealTold = triggers.some((t) => t.original !== 'supply');
  const foreignItem = !dealTold
    ? undefined
    : !chinaIn(text.length)
      ? countries[0]
      : !chinaIn(joined.titleEnd)
        ? // "approval cancelled after chips surface in Singapore": a country in a side clause is not the deal's.
          countries.find((h) => h.end <= joined.titleEnd && !SIDE_CLAUSE_BEFORE.test(text.slice(0, h.index)))
        : undefined;
  if (foreignItem) {
    notes.push(`${foreignItem.words}: another country`);
    return result([]);
  }
  // "China lifts curbs on Nvidia H20 purchases", "Alibaba Cloud gets US approval for GB200
  // servers": a headline that tells an event about another chip and names no tracked item is
  // about that chip, whatever its body says of the H200 beside it.
  const titleChip = names.otherChips.find((c) => c.end <= joined.titleEnd);
  if (
    titleChip &&
    !names.items.some((i) => i.end <= joined.titleEnd) &&
    triggers.some((t) => t.index < joined.titleEnd && t.original !== 'supply' && !t.original.startsWith('condition_'))
  ) {
    notes.push(`${titleChip.words}: another product`);
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
  // Untracked buyers the item places in another country ("Mumbai-based Yotta"): a headline about them is that deal too.
  const foreignBuyers = new Set<string>();
  // Candidates a past month made old news, with the kind they were before.
  const datedBefore = new Map<CandidateEvent, CandidateKind>();
  for (const s of sents) {
    // Quota figures in a sentence with no decision of its own ("ByteDance's share is 150,000")
    // belong to the decision told before it.
    const pending: CandidateQuantity[] = [];
    const sTriggers = triggers.filter((t) => t.sentence.start === s.start);
    // "an alternative to Nvidia's H200": beside another chip, the item named as a comparison is not the subject.
    const subject = s.names.items.filter((i) => !(s.otherChip && COMPARED_BEFORE.test(text.slice(Math.max(s.start, i.index - 40), i.index))));
    // "Beijing approves Boeing jet imports": a sentence about other goods is not about the item named elsewhere.
    const goodsHere = hits(lex.otherGoods, text).filter((g) => inRange(g, s));
    const otherGoods = goodsHere.length > 0;
    const item = subject[0] ?? (s.otherChip || otherGoods ? undefined : docItem);
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
        // "the Alibaba-backed developer": an investor named to describe the firm is not a party.
        !/^[-\s]?(?:backed|funded|owned|invested|supported|controlled)\b|^\s+affiliate\b/iu.test(text.slice(p.end, p.end + 12)) &&
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
    const foreign = !lexHasChina(text, s) ? countries.find((h) => inRange(h, s) && !SIDE_CLAUSE_BEFORE.test(text.slice(s.start, h.index))) : undefined;
    if (foreign && sTriggers.some((t) => t.original !== 'supply')) {
      notes.push(`${foreign.words}: another country`);
      for (const p of s.names.parties) if (!p.tracked || !state.party[p.id]) foreignBuyers.add(p.id);
      continue;
    }
    const sCandidates: { c: CandidateEvent; t?: Trigger }[] = [];
    for (const t of sTriggers) {
      if (!named && AUTHORITY_KINDS.has(t.kind) && !t.kind.startsWith('condition_')) continue;
      // A condition names domestic chips as its terms ("one Ascend chip for every two H200s").
      if ((s.otherChip || otherGoods) && !t.kind.startsWith('condition_') && aboutOtherChip(t, s, s.names.items, [...names.otherChips, ...goodsHere])) {
        notes.push(`"${t.words}": about another product`);
        continue;
      }
      // "the companies that were waiting for approval", 仍在等待审批的其他企业: the waiting describes the holder.
      if (
        t.original === 'application' &&
        s.names.parties.some((p) => (p.index < t.end && t.index < p.end) || (text[t.end] === '的' && p.index > t.end && p.index - t.end <= 8))
      )
        continue;
      const c = buildCandidate(text, state, s, t, item, sSellers, others, dates, notes);
      if (c && t.pastMonth) datedBefore.set(c, t.original);
      // "confirmed", "announced": official only when an authority speaks, not a company.
      if (c && c.certainty === 'official' && !official && (!authoritySpeaks() || companySpeaks(text, s))) {
        c.certainty = 'reported';
        delete c.certaintyWords;
      }
      if (c) expandEtc(text, c, new Map(others.map((p) => [p.id, p.end])), state);
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
        // "拟再订购约10万颗", "plans to order 100,000": an intended figure is no event either.
        if (hits(lex.intent, text).some((i) => inRange(i, s) && i.end <= q.index && q.index - i.end <= 40 && breaksBetween(text, i.end, q.index) === 0))
          continue;
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
      // An application is someone's: "applications will be reviewed according to law" names no applicant.
      if (c.kind === 'application' && !c.holders.length && !c.quantity) continue;
      if (
        decidedInSentence(
          c,
          sCandidates.map((x) => x.c),
        )
      )
        continue;
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
  // A buyer the item places in another country makes its telling that deal.
  for (let i = folded.length - 1; i >= 0; i--) {
    const c = folded[i]!;
    if (c.holders.length && c.holders.every((h) => foreignBuyers.has(h.value))) folded.splice(i, 1);
  }
  // 本集团并未取得批准, "the Company has not received approval": a filing speaks of the company its headline names.
  const filer = SELF_REFERENCE.test(text) ? names.parties.find((p) => p.end <= joined.titleEnd && !lex.chipMakers.has(p.id) && !sellers.has(p.id)) : undefined;
  if (filer)
    for (const c of folded)
      if (!c.holders.length && AUTHORITY_KINDS.has(c.kind) && c.authority && state.authority[c.authority.value]?.country === 'CN')
        c.holders = [{ value: filer.id, words: filer.words }];
  attachConditions(text, sents, folded);
  settleProposals(folded);
  oneDecision(folded);
  waitIsDenial(folded);
  oneReading(folded);
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
  // "Nvidia 10-Q reiterates H200 licences remain in effect": a headline that tells no event
  // of its own, only that something still stands, retells what its body names.
  const titleRetells = !triggers.some((t) => t.index < joined.titleEnd) && hits(lex.restatement, text).some((r) => r.end <= joined.titleEnd);
  const recap =
    leading(lex.restatementStart, text.slice(0, joined.titleEnd))?.[0] ??
    (titleRetells || hits(lex.restatementTitle, text).some((h) => h.end <= joined.titleEnd));
  if (recap) for (const c of folded) c.kind = 'restatement';
  sharesOfGroups(folded, state);
  oneFigureOneFact(folded);
  // "ordered more than 2 million H200s, but Nvidia has only 700,000 on hand", told as old news:
  // the stock figure set against the restated orders in the same sentence is the same old picture.
  const together = (a: CandidateQuantity, b: CandidateQuantity) => {
    const [i, j] = [text.indexOf(a.words), text.indexOf(b.words)].sort((x, y) => x - y);
    return i! >= 0 && !/[.!?。！？]\s/u.test(text.slice(i, j)) && !/[。！？]/u.test(text.slice(i, j));
  };
  for (const c of folded)
    if (c.kind === 'supply' && c.quantity && folded.some((o) => o.kind === 'restatement' && o.quantity?.role === 'order' && together(o.quantity, c.quantity!)))
      c.kind = 'restatement';
  // "..., the department said": the authority's own statement anywhere in the item makes its firm report official.
  // 腾讯公告: the notice must be an authority's, named in its sentence.
  const officialWords = officialHits(text);
  const statement = sents.some(
    (s) =>
      !companySpeaks(text, s) &&
      officialWords.some((h) => inRange(h, s) && AUTHORITY_STATEMENT.test(h.words) && (s.names.authorities.length > 0 || MINISTRY.test(h.words))),
  );
  // "China's Ministry of Commerce said on Monday it has approved", 商务部：已批准: the authority itself is the speaker.
  const speaking = names.authorities.filter(
    (a) =>
      !a.generic &&
      MINISTRY.test(a.words) &&
      (isSpeaker(text, a) || (a.end <= joined.titleEnd && !text.slice(0, a.index).trim() && /^\s*[:：]/u.test(text.slice(a.end)))),
  );
  for (const c of folded)
    if (c.certainty === 'reported' && AUTHORITY_KINDS.has(c.kind) && c.authority && (statement || speaking.some((a) => a.id === c.authority!.value)))
      c.certainty = 'official';
  backgroundFigures(folded, state, input.publishedAt);
  retoldGroupApprovals(folded, state, text);
  // "Nvidia stock rises; H200 China approvals cited": a bare noun naming a grant, with no holder or
  // figure of its own, is the old grant the item restates.
  for (const c of folded)
    if (
      c.kind === 'grant' &&
      !c.holders.length &&
      !c.quantity &&
      /^(?:approvals?|licen[cs]es?|nod|go-ahead|green light|批准|许可|获批)$/iu.test(c.trigger) &&
      folded.some((o) => o.kind === 'restatement' && o !== c && (!o.authority || !c.authority || o.authority.value === c.authority.value))
    )
      c.kind = 'restatement';
  // Old news restated is background when the item also reports news of its own: the item is
  // about its news, and what it recalls ("Chinese firms have ordered more than 2 million") adds nothing.
  const kept = folded.filter((c) => c.kind !== 'restatement' || !folded.some((o) => o.kind !== 'restatement'));
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
