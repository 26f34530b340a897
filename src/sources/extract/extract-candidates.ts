/**
 * Turns one news item into typed candidate events (see candidate.ts): what happened (the
 * trigger's kind), to whom (holders, seller, authority, item), how many and in which role,
 * how sure, and the words each came from. Deterministic and offline: the ledger's names,
 * the lexicons in lexicon/*.json, and rules. It proposes; the pipeline decides.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent, CandidateKind, CandidateQuantity, ItemExtraction, Span } from './candidate.js';
import type { ExtractInput } from './extract-facts.js';
import { approvalsBefore, approvalsBehindPurchases, approvalsDescribingGoods } from './approval-behind-purchase.js';
import { countedWaiting, waitingApart } from './counted-waiting.js';
import { headlineBuyer } from './headline-buyer.js';
import { timeClauseHolders } from './time-clause-holders.js';
import { sellerLicences } from './seller-licences.js';
import { lexicon } from './lexicon.js';
import { scanNames, sellersOf } from './named.js';
import { findQuantities } from './quantities.js';
import { chipsInMachines } from './chips-in-machines.js';
import { genericBuyers } from './generic-buyers.js';
import { deliveriesBegun } from './deliveries-begun.js';
import { deliveryOnPlan, deliveryToCome } from './delivery-to-come.js';
import { pendingRetold, untrackedRequests } from './pending-request.js';
import { unknownHolders } from './unknown-names.js';
import { refiledRequests } from './refiled-requests.js';
import { refusalDenied } from './refusal-denied.js';
import { rumouredGrant } from './rumoured-grant.js';
import { requestedPermits } from './requested-permits.js';
import { weighedTerms } from './weighed-terms.js';
import { noddedTerms } from './nodded-terms.js';
import { answeredFirm, describedFirm, selfToldHolders } from './self-told.js';
import { firmNamedInFull, headlineShortNames } from './firm-in-full.js';
import { essayOnRule, explainsUsRule, licencesStand, ruleRetold } from './rule-retold.js';
import { holdersInTerms } from './holders-in-terms.js';
import { granteeTerms } from './grantee-terms.js';
import { termsOfGrant } from './terms-of-grant.js';
import { reviewsUnderWay } from './reviews-under-way.js';
import { standingPermits } from './standing-permits.js';
import { makersOwnGoods, otherGoodsOf } from './other-goods.js';
import { termsToldTwice } from './terms-told-twice.js';
import { ruleAdopted } from './rule-adopted.js';
import { assignRoles, licenceCounts } from './roles.js';
import { readDates } from './dates.js';
import { readTriggers } from './triggers.js';
import { AUTHORITY_KINDS, type Trigger } from './trigger.js';
import {
  attachConditions,
  backgroundFigures,
  figuresOfRetelling,
  decidedInSentence,
  oneDecision,
  oneFigureOneFact,
  oneReading,
  settleProposals,
  termsNotGrants,
  waitIsDenial,
  decidedRequests,
  undoneRequests,
} from './item-rules.js';
import { languageOf, sentences } from './text-units.js';
import { newStockFigures, STILL_NOW } from './new-stock-figures.js';
import { companySpeaks, inComparisonList, inRange, isSpeaker, lexHasChina, sellersIn, SIDE_CLAUSE_BEFORE, speaksOfItself, type Sentence } from './actors.js';
import { buildCandidate } from './build-candidate.js';
import { itemText } from './item-text.js';
import { aboutOtherChip, benchmarkRatio, setApart } from './other-subject.js';
import { countryHits, genreNotes, otherMarket, otherSubjectNote, unrelatedPermissionNote } from './item-gates.js';
import { retoldGroupApprovals, longHeldApprovals, standingApprovals } from './retold.js';
import * as passes from './item-passes.js';
import { compatible, eachOne, expandEtc, groupPhraseHolders, merge, pairedInTurn, respectively, sharesOfGroups } from './tellings.js';
import { deniedByBuyer, ownOrderRumourDenied } from './denied-by-buyer.js';
import { waitingToldAgain } from './waiting-told-again.js';
import { placeNumbers } from './place-numbers.js';
import { tallyDecisions } from './tallies.js';
import { otherProductHeadline } from './other-product-headline.js';
import { awayFromGoods } from './away-from-goods.js';
import { approvalsHeldByBuyers } from './buyers-described.js';
import { headlineElsewhere } from './headline-elsewhere.js';

const DELIVERED =
  /^(?:delivered|arriv\w*|received|receive|shipped|(?:takes|took|taken|taking) delivery|clear\w* .*|cleared customs|switch\w* on|power\w* up|brought online|(?:bring|brings|bringing|brought)\b.*\bonline|went live|goes live|go live|(?:open|launch|roll)\w* .*instances|到货|交付|运抵|收到|通关|清关|上架|上线|点亮|投入使用|投运|投入运行|.*实例.*上线|上线.*实例|算力池.*开放)$/i;
const GOES_LIVE = /^(?:上线|went live|goes live|go live)$/i;
const INSTANCES = /instances|实例|算力池/i;
const ITEM_JUST_BEFORE = /H\d{2,3}[^，。,;；]{0,10}$/u;
const COMPARED_BEFORE =
  /\b(?:alternative to|rival to|rivals?|compared (?:with|to)|instead of|versus|vs\.?|than|like|替代|对标|媲美|相当于)\s+(?:\S+\s+){0,2}$|(?:替代|对标|媲美|相当于|比肩)[^，。]{0,6}$/i;
// Without another chip named, only a benchmark's words make the item a comparison ("than" may count chips).
const BENCHMARKED_BEFORE =
  /\b(?:alternative to|rival to|compared (?:with|to)|versus|benchmarked against|on par with|comparable to)\s+(?:\S+\s+){0,2}$|(?:对标|媲美|比肩|相当于|接近|逼近|追平|不输)[^，。]{0,6}$|性能(?:达到?|超过|超越|优于|为|是)[^，。]{0,6}$|(?:超过?|超越|优于|胜过|领先)了?(?:英伟达)?\s*$/i;
const APPOSITIVE_BEFORE =
  /[\p{L}\p{N})],\s+(?:the|a|an)\s+[^,;:.]{0,80}\b(?:in which|of which|whose|where|backed by|owned by|controlled by)\s+(?:[^,;:.]{0,20}\s)?$/u;
const SIZED_WITHOUT_COUNT =
  /[$€]\s?\d[\d.,]*\s*(?:billion|million|bn)\b|\d[\d.,]*\s*(?:billion|million)\s+(?:dollars|yuan)\b|\d[\d.,]*\s*(?:亿|万)(?:元|美元|人民币)|\b(?:tens|hundreds) of thousands\b|(?<![\d万])(?:数|几|上)(?:十|百)?万颗/i;
const PREVIOUS_BEFORE =
  /(?:\b(?:from|up from|down from|compared with|versus|vs\.?)\s+(?:(?:just|roughly|about|around|some|over|more than|nearly|almost|approximately|an estimated|the|its)\s+){0,3}|[由从较]\s*(?:(?:\d{1,2}\s*月份?|年初|上月|去年)的?)?\s*(?:约|逾|超过|近|将近|大约)?\s*)$/i;

// An authority's own word in the text: a confirmation may be its statement.
const AUTHORITY_WORD = /\b(?:ministry|department|bureau|spokes(?:wo)?m[ae]n|spokesperson)\b|部|局/i;

// (Module level rather than a closure: tsx keeps function names, at a call per closure made.)
function extraction(notes: string[], language: ItemExtraction['language'], candidates: CandidateEvent[], about: Span[] = []): ItemExtraction {
  return { candidates, about, notes, language };
}

/** Extracts the candidate events of one news item against the ledger's names. */
export function extractCandidates(input: ExtractInput, state: LedgerState): ItemExtraction {
  const lex = lexicon();
  const joined = itemText(input);
  const text = joined.text;
  const language = languageOf(text);
  const notes: string[] = [];

  const names = scanNames(state, text);
  notes.push(...names.notes);
  const docItem = names.items[0];
  if (!docItem) {
    if (!notes.length) notes.push(names.parties.length ? 'no tracked item named' : 'nothing tracked named');
    return extraction(notes, language, []);
  }
  const genre = genreNotes(text, joined.titleEnd);
  const unrelated = genre.length ? undefined : unrelatedPermissionNote(text, joined.titleEnd, names.items, names.otherChips);
  if (genre.length || unrelated) {
    notes.push(...genre, ...(unrelated ? [unrelated] : []));
    const essay = unrelated ? undefined : essayOnRule(text, joined.titleEnd, genre, names, state);
    return extraction(notes, language, essay ? [essay] : []);
  }

  const sellers = sellersOf(state);
  const ranges = sentences(text);
  // Companies no list knows, named as the buyer ("Xiaohongshu secures approval", 小红书获批).
  // A country's name inside a firm's ("Digital China") does not hide the firm.
  const unknown = unknownHolders(text, ranges, [...names.parties, ...names.authorities.filter((a) => !a.generic), ...names.items, ...names.otherChips]);
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
  const official = input.official === true || joined.officialHost;
  const triggers = readTriggers(text, sents, official, joined.titleEnd, input.publishedAt, notes);
  // "燧原获腾讯S60订单，性能对标H200": an item that names the tracked item only as a benchmark is about something else.
  if (names.items.every((i) => BENCHMARKED_BEFORE.test(text.slice(Math.max(0, i.index - 40), i.index)) || benchmarkRatio(text, i))) {
    // (Items a look-alike word already set aside, "对标H200", are comparisons too.)
    notes.push(`"${names.items[0]!.words}" named only as a comparison`);
    return extraction(notes, language, []);
  }
  if (names.items.every((i) => setApart(text, i))) {
    notes.push(`"${names.items[0]!.words}" named only to say the news is not about it`);
    return extraction(notes, language, []);
  }
  const elsewhere = otherSubjectNote(text, joined.titleEnd, names, triggers);
  if (elsewhere) {
    notes.push(elsewhere);
    return extraction(notes, language, []);
  }
  const countries = countryHits(text);
  // A sentence naming a tracked buyer (not the seller, nor "other Chinese firms" waiting) tells news of it.
  const waitingParty = passes.waitingPartyOf(state);
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
  const goods = chipsInMachines(text, found).filter(
    (q) => !licences.some((l) => l.index < q.end && q.index < l.end) && !PREVIOUS_BEFORE.test(text.slice(Math.max(0, q.index - 16), q.index)),
  );
  const groupQuota = goods.some((q) => q.aggregate);
  const dates = readDates(text, input.publishedAt);

  const candidates: CandidateEvent[] = [];
  // Untracked buyers the item places in another country ("Mumbai-based Yotta"): a headline about them is that deal too.
  const foreignBuyers = new Set<string>();
  // Candidates a past month made old news, with the kind they were before.
  const datedBefore = new Map<CandidateEvent, CandidateKind>();
  // Candidates retelling a request as still pending.
  const pendingTold = new Set<CandidateEvent>();
  // Stock figures told as still held ("still holds more than 600,000 in inventory"), which are news when the figure is new.
  const stillHeld = new Set<CandidateEvent>();
  const otherGoodsHits = otherGoodsOf(text, names.parties);
  // Set once a sentence's events were about another product, so that "the approvals" after it are too.
  let otherProductTold = false;
  // Whether the first sentence after the headline that tells an event tells it of another product.
  let ledeAboutOther: boolean | undefined;
  for (const s of sents) {
    // Quota figures in a sentence with no decision of its own ("ByteDance's share is 150,000")
    // belong to the decision told before it.
    const pending: CandidateQuantity[] = [];
    const sTriggers = triggers.filter((t) => t.sentence.start === s.start);
    // "P800性能对标H200", "an alternative to Nvidia's H200": the item named only as the comparison is not the subject.
    const subject = s.names.items.filter((i) => {
      const before = text.slice(Math.max(s.start, i.index - 40), i.index);
      return !(s.otherChip ? COMPARED_BEFORE : BENCHMARKED_BEFORE).test(before);
    });
    // A sentence whose only mention of the item is a look-alike ("已比肩英伟达H200") compares too.
    const comparedOnly = (s.names.items.length > 0 || names.lookalikes.some((l) => inRange(l, s))) && subject.length === 0;
    // "Beijing approves Boeing jet imports": a sentence about other goods is not about the item named elsewhere.
    const goodsHere = otherGoodsHits.filter((g) => inRange(g, s));
    const otherGoods = goodsHere.length > 0;
    const item = subject[0] ?? (s.otherChip || otherGoods || comparedOnly ? undefined : docItem);
    if (!item) {
      if (sTriggers.length) notes.push(`"${text.slice(s.start, s.end).trim().slice(0, 60)}": about another product`);
      otherProductTold ||= sTriggers.length > 0;
      if (sTriggers.length && s.start >= joined.titleEnd) ledeAboutOther ??= true;
      continue;
    }
    const named = s.names.items.length > 0 || s.names.parties.length > 0 || s.names.authorities.length > 0;
    const sSellers = sellersIn(s, sellers);
    const others = s.names.parties.filter(
      (p) =>
        // (没有向英伟达下单: the seller it buys from is the other side of its own deal, not another firm spoken of.)
        (!isSpeaker(text, p) ||
          speaksOfItself(
            text,
            p,
            s.names.parties.filter((q) => !sSellers.some((x) => x.index === q.index)),
          )) &&
        !sSellers.some((x) => x.index === p.index) &&
        !lex.chipMakers.has(p.id) &&
        // "the Alibaba-backed developer": an investor named to describe the firm is not a party.
        !/^[-\s]?(?:backed|funded|owned|invested|supported|controlled)\b|^\s+affiliate\b/i.test(text.slice(p.end, p.end + 12)) &&
        // "WeBank, the lender in which Tencent Holdings is the largest shareholder, has ordered": a name inside an appositive describes the firm before it.
        !APPOSITIVE_BEFORE.test(text.slice(Math.max(s.start, p.index - 90), p.index)) &&
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
    // "ship H200 servers to Tencent Cloud in Singapore": goods bound for a buyer's site abroad are that country's deal.
    const abroad =
      !sTriggers.some((t) => t.original === 'grant' || t.original === 'delivery' || t.original === 'order') ||
      sTriggers.some((t) => t.original.startsWith('condition_') || t.original === 'revocation' || t.original === 'suspension')
        ? undefined
        : countries.find(
            (h) =>
              inRange(h, s) &&
              (/\b(?:to|for)\s+(?:[\p{L}'’-]+\s+){1,4}in\s+(?:\p{Lu}[\p{L}'’-]+,\s+)?$/iu.test(text.slice(Math.max(s.start, h.index - 60), h.index)) ||
                // "to Tencent Cloud's Singapore region"
                (/(?:'s|’s)\s+$/u.test(text.slice(Math.max(s.start, h.index - 3), h.index)) &&
                  /^\s+(?:region|data cent|site|facility|campus|cluster)/i.test(text.slice(h.end, h.end + 14))) ||
                // 运抵泰国, "arrived in Thailand": goods delivered into another country.
                sTriggers.some(
                  (t) => t.original === 'delivery' && t.end <= h.index && /^(?:\s*(?:to|in|into|at)\s+(?:the\s+)?)?$/i.test(text.slice(t.end, h.index)),
                )),
          );
    const foreign =
      abroad ?? (!lexHasChina(text, s) ? countries.find((h) => inRange(h, s) && !SIDE_CLAUSE_BEFORE.test(text.slice(s.start, h.index))) : undefined);
    if (foreign && sTriggers.some((t) => t.original !== 'supply')) {
      notes.push(`${foreign.words}: another country`);
      if (s.start >= joined.titleEnd) ledeAboutOther ??= false;
      for (const p of s.names.parties) if (!p.tracked || !state.party[p.id]) foreignBuyers.add(p.id);
      continue;
    }
    const sCandidates: { c: CandidateEvent; t?: Trigger }[] = [];
    let setAside = 0;
    for (const t of sTriggers) {
      // ("Other applicants have yet to hear back": the firms waiting wait for the item the item names.)
      const waitingHere = t.original === 'application' && s.names.parties.some((p) => p.id === waitingParty);
      if (
        awayFromGoods(
          t,
          triggers,
          text,
          names.items,
          s.names.parties.some((p) => p.tracked && state.party[p.id] && !sellers.has(p.id) && p.id !== waitingParty) || waitingHere,
        )
      ) {
        notes.push(`"${t.words}": a decision told away from the goods`);
        continue;
      }
      if (!named && AUTHORITY_KINDS.has(t.kind) && !t.kind.startsWith('condition_')) continue;
      // A condition names domestic chips as its terms ("one Ascend chip for every two H200s").
      if ((s.otherChip || otherGoods) && !t.kind.startsWith('condition_') && aboutOtherChip(t, s, s.names.items, [...names.otherChips, ...goodsHere])) {
        notes.push(`"${t.words}": about another product`);
        otherProductTold = true;
        setAside++;
        continue;
      }
      // "... licences for gallium exports. The approvals ease a bottleneck": the approvals told before.
      if (
        otherProductTold &&
        t.original === 'grant' &&
        /^(?:approvals?|licen[cs]es?)$/i.test(t.words) &&
        /\b(?:the|these|those|such)\s+$/i.test(text.slice(Math.max(s.start, t.index - 8), t.index))
      )
        continue;
      // "the companies that were waiting for approval", 仍在等待审批的其他企业: the waiting describes the holder.
      if (
        t.original === 'application' &&
        s.names.parties.some((p) => (p.index < t.end && t.index < p.end) || (text[t.end] === '的' && p.index > t.end && p.index - t.end <= 8))
      )
        continue;
      const c = buildCandidate(text, state, s, t, item, sSellers, others, dates, notes);
      if (c && t.pastMonth) datedBefore.set(c, t.original);
      if (c && pendingRetold(t)) pendingTold.add(c);
      if (c && t.original === 'supply' && t.restated && STILL_NOW.test(t.restated)) stillHeld.add(c);
      // "confirmed", "announced": official only when an authority speaks, not a company.
      if (
        c &&
        c.certainty === 'official' &&
        !official &&
        (!(names.authorities.some((a) => !a.generic) || AUTHORITY_WORD.test(text)) || companySpeaks(text, s))
      ) {
        c.certainty = 'reported';
        delete c.certaintyWords;
      }
      if (c) expandEtc(text, c, new Map(others.map((p) => [p.id, p.end])), state);
      if (c) sCandidates.push({ c, t });
    }
    if (sTriggers.length && s.start >= joined.titleEnd) ledeAboutOther ??= setAside === sTriggers.length;
    pending.push(...placeNumbers({ text, state, s, item, triggers: sTriggers, sellers: sSellers, others, dates, notes, candidates: sCandidates }, roled));
    // "ByteDance and Tencent get 150,000 and 120,000 respectively", 分别获得15万颗和12万颗: in order.
    respectively(text, s, sCandidates);
    pairedInTurn(text, s, sCandidates);
    eachOne(text, s, sCandidates);
    for (const { c } of sCandidates) {
      // An order, delivery or supply figure without a number says nothing the ledger can keep,
      // except goods told arriving at a named buyer ("first H200 servers delivered to Tencent").
      // An application is someone's: "applications will be reviewed according to law" names no applicant.
      if ((c.kind === 'application' || c.kind === 'grant') && (!c.quantity || c.quantity.role === 'licence_count'))
        countedWaiting(c, text.slice(s.start, s.end), waitingParty, state);
      if (c.kind === 'application' && !c.holders.length && !c.quantity) continue;
      if (
        decidedInSentence(
          c,
          sCandidates.map((x) => x.c),
        )
      )
        continue;
      // "XD Inc denies placing an order", 蜜雪集团否认采购: a named buyer denying an order is a fact too.
      if ((c.kind === 'order' || c.kind === 'delivery' || c.kind === 'supply') && !c.quantity) {
        // "H200实例正式上线": going live tells an arrival only of the goods named just before it (微信上线智能体 does not).
        // (A platform opening H200 instances or its compute pool to customers has the goods in hand.)
        const at = text.indexOf(c.trigger, s.start);
        // (腾讯云上线燧原…推理实例, "launched GPU instances in its Frankfurt region": instances or a compute pool count
        // only when the item is named in or right before them, and never abroad.)
        const pooled = INSTANCES.test(c.trigger);
        const goodsLive =
          (!GOES_LIVE.test(c.trigger) && !pooled) ||
          ((ITEM_JUST_BEFORE.test(text.slice(Math.max(s.start, at - 14), at)) || (pooled && /H\d{2,3}/u.test(c.trigger))) &&
            !(pooled && countries.some((h) => h.index >= s.start && h.index < s.end)));
        const arrived =
          c.kind === 'delivery' &&
          c.holders.length &&
          DELIVERED.test(c.trigger) &&
          goodsLive &&
          !deliveryOnPlan(text, s, c.trigger) &&
          (c.certainty === 'denied' || !deliveryToCome(text, s, c.trigger));
        const decisionHere = sCandidates.some((x) => AUTHORITY_KINDS.has(x.c.kind) && !x.c.kind.startsWith('condition_'));
        const begun = deliveriesBegun(c, text, s, decisionHere) && !deliveryOnPlan(text, s, c.trigger) && !deliveryToCome(text, s, c.trigger);
        // "books a $1.2 billion H200 order", 订购数万颗: an order sized in money or a round count is an order all the same.
        const sized = c.kind === 'order' && s.names.items.length > 0 && SIZED_WITHOUT_COUNT.test(text.slice(s.start, s.end));
        if (!arrived && !begun && !sized && !deniedByBuyer(c, lex.chipMakers) && !ownOrderRumourDenied(c, text, joined.titleEnd)) continue;
      }
      // A draft rule or a call for comments proposes terms by what it is, even before they are named.
      if (
        (c.kind === 'condition_proposed' || c.kind === 'condition_agreed') &&
        !c.conditions.length &&
        // ("weighs making Nvidia certify…", "may have to match…", 有效期拟: the weighing words make the term themselves.)
        !/condition|terms|rule|requirement|regulation|pairing|making|keeping|requiring|letting|obliging|条件|要求|规定|规则|办法|征求意见|草案|配套|搭配|有效期|设定|或需|或须/i.test(
          c.trigger,
        )
      )
        continue;
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
  groupPhraseHolders(folded, text, state);
  selfToldHolders(folded, text, joined.titleEnd, names, sellers, state);
  headlineBuyer(folded, text, joined.titleEnd, names, state);
  waitingApart(folded, text, waitingParty, triggers);
  timeClauseHolders(folded, text);
  sellerLicences(folded, text, names.parties, sellers);
  answeredFirm(folded, text, names, state);
  describedFirm(folded, text, joined.titleEnd, names, state);
  firmNamedInFull(folded, text, joined.titleEnd, names.parties, state);
  headlineShortNames(folded, joined.titleEnd, names.parties);
  passes.possessedShares(folded, text);
  attachConditions(text, sents, folded);
  holdersInTerms(folded);
  granteeTerms(folded, state);
  termsOfGrant(folded, text);
  termsToldTwice(folded, text);
  settleProposals(folded);
  weighedTerms(folded, text, joined.titleEnd);
  noddedTerms(folded, text);
  termsNotGrants(folded, text);
  refiledRequests(folded, text, joined.titleEnd);
  oneDecision(folded, text);
  decidedRequests(folded, text);
  undoneRequests(folded);
  oneReading(folded);
  otherProductHeadline(folded, text, names, joined.titleEnd, ledeAboutOther === true, notes);
  const market = otherMarket(folded, text, names, state, countries);
  if (market) notes.push(market);
  passes.datedOld(folded, candidates, datedBefore);
  untrackedRequests(folded, pendingTold, state);
  // (After untrackedRequests: a request retold as pending, read as an untracked firm's own, may be the wait beside its
  // approval not yet had.)
  waitIsDenial(folded);
  rumouredGrant(folded, text);
  passes.recapOld(folded, text, joined.titleEnd, triggers);
  sharesOfGroups(folded, state);
  newStockFigures(folded, stillHeld, state, text);
  oneFigureOneFact(folded);
  passes.restatedStock(folded, text);
  passes.officialStatements(folded, text, joined.titleEnd, sents, names);
  passes.pausedRequests(folded, text, waitingParty, state);
  passes.batchOfFirms(folded, text, joined.titleEnd, waitingParty, state);
  if (!official) passes.filingsReport(folded, text);
  backgroundFigures(folded, state, input.publishedAt);
  retoldGroupApprovals(folded, state, text);
  standingApprovals(folded, state, text);
  approvalsBehindPurchases(folded, state, text, joined.titleEnd);
  approvalsDescribingGoods(folded, text, joined.titleEnd);
  requestedPermits(folded);
  approvalsBefore(folded, state, text);
  approvalsHeldByBuyers(folded, text);
  longHeldApprovals(folded, state, text, input.publishedAt);
  tallyDecisions(folded, text, state, waitingParty);
  passes.bareRestatedGrants(folded);
  passes.holderlessGrants(folded, notes, text.slice(0, joined.titleEnd));
  refusalDenied(folded, text);
  genericBuyers(folded, text, waitingParty);
  figuresOfRetelling(folded, state, input.publishedAt);
  makersOwnGoods(folded, text, sents);
  const final = passes.newsOf(folded);
  // A rule's notice tells the terms it adopts; its own words are no decisions on anyone.
  const adopted = ruleAdopted(text, joined.titleEnd, names, state);
  if (adopted) final.splice(0, final.length, adopted);
  // An explainer or a hearing on the US rule tells the licensing as it stands, with no event word.
  // A headline explaining the rule to those it binds retells it, whatever terms its body spells out.
  const explainer = explainsUsRule(text.slice(0, joined.titleEnd));
  const retoldRule = final.length && !explainer ? undefined : ruleRetold(text, joined.titleEnd, names, state);
  // (An old-news reading of the same licensing, under the same authority, is the same retelling.)
  if (retoldRule && explainer)
    final.splice(
      0,
      final.length,
      ...final.filter(
        (c) => c.kind === 'restatement' && !(c.retells === retoldRule.retells || (!c.retells && c.authority?.value === retoldRule.authority?.value)),
      ),
    );
  if (retoldRule) final.push(retoldRule);
  // (A headline explaining the rule is about it, though it names the chips only by their class.)
  const recalled = retoldRule && explainer ? undefined : passes.backgroundRecall(final, text, joined.titleEnd, names.items);
  // Washington saying its licences stand after an act it recalls ("remaining licences stand after revocation") retells them.
  // So does such a headline over a body that still tells the act ("weeks after the agency cancelled a licence"): the
  // act is its background.
  // ("reaffirms its licence terms, calls suspensions case-specific": acts named in the plural are spoken of, not told.)
  // ("policy stands after suspending two licences": the old acts it names are no records of their own.)
  const onlyOld =
    final.length > 0 &&
    final.every(
      (c) =>
        c.kind === 'restatement' ||
        ((c.kind === 'revocation' || c.kind === 'suspension') &&
          ((text.indexOf(c.trigger, joined.titleEnd) >= 0 && !text.slice(0, joined.titleEnd).includes(c.trigger)) ||
            /^(?:suspensions|revocations|cancellations)$/i.test(c.trigger))),
    );
  const standing = recalled || (onlyOld && !retoldRule) ? licencesStand(text, joined.titleEnd, names, state) : undefined;
  // (What the item already read as Washington's own word stays official.)
  if (standing && final.some((c) => c.kind === 'restatement' && c.item?.value === standing.item?.value && c.certainty === 'official'))
    standing.certainty = 'official';
  if (standing)
    final.splice(
      0,
      final.length,
      ...final.filter((c) => c.kind === 'restatement' && c.holders.length > 0 && c.authority?.value !== standing.authority?.value),
      standing,
    );
  else if (recalled) notes.push(recalled);
  // The ministry saying the requests before it are under review tells the pending record again, whatever background
  // the item recalls.
  const reviewed = final.length ? undefined : reviewsUnderWay(text, state, waitingParty);
  if (reviewed) final.push(reviewed);
  // A tracked approval said to stand, named only as a noun (对三家企业的H200进口许可维持不变), is that record told again.
  const permitStands = final.length ? undefined : standingPermits(text, joined.titleEnd, names, sellers, state);
  if (permitStands) final.push(permitStands);
  waitingToldAgain(final, text, waitingParty, state);
  const aside = headlineElsewhere(final, text, joined.titleEnd, ranges);
  if (aside) notes.push(aside);
  if (!final.length && !notes.length) notes.push(triggers.length ? 'no event about a tracked record' : 'no event words');
  if (final.some((c) => c.kind === 'restatement')) notes.push('old news restated');
  const about: Span[] = [];
  for (const c of final) {
    if (c.kind === 'restatement') continue;
    for (const s of [c.item, c.authority, c.seller, ...c.holders]) if (s && !about.some((a) => a.value === s.value)) about.push(s);
  }
  return extraction(notes, language, final, about);
}
