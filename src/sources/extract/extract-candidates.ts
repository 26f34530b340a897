/**
 * Turns one news item into typed candidate events (see candidate.ts): what happened (the
 * trigger's kind), to whom (holders, seller, authority, item), how many and in which role,
 * how sure, and the words each came from. Deterministic and offline: the ledger's names,
 * the lexicons in lexicon/*.json, and rules. It proposes; the pipeline decides.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent, ItemExtraction, Span } from './candidate.js';
import type { ExtractInput } from './extract-facts.js';
import { inRange, type Sentence } from './actors.js';
import { chipsInMachines } from './chips-in-machines.js';
import { comparedWithPermit } from './compared-permit.js';
import { readDates } from './dates.js';
import { runPasses } from './fold-passes.js';
import { closeReading } from './item-close.js';
import { countryHits, genreNotes, otherSubjectNote, unrelatedPermissionNote } from './item-gates.js';
import { waitingPartyOf } from './item-passes.js';
import type { ItemReading, SentenceTally } from './item-reading.js';
import { itemText } from './item-text.js';
import { scanNames, sellersOf } from './named.js';
import { otherGoodsOf } from './other-goods.js';
import { BENCHMARKED_BEFORE, benchmarkRatio, setApart } from './other-subject.js';
import { findQuantities } from './quantities.js';
import { licenceCounts } from './roles.js';
import { essayOnRule } from './rule-retold.js';
import { readSentence } from './sentence-candidates.js';
import { compatible, merge } from './tellings.js';
import { answeredHeadline, languageOf, sentences } from './text-units.js';
import { readTriggers } from './triggers.js';
import { agreedByFirms } from './trigger-kinds.js';
import { unknownHolders } from './unknown-names.js';

const PREVIOUS_BEFORE =
  /(?:\b(?:from|up from|down from|compared with|versus|vs\.?)\s+(?:(?:just|roughly|about|around|some|over|more than|nearly|almost|approximately|an estimated|the|its)\s+){0,3}|[由从较]\s*(?:(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份|底|初|末|中|上旬|中旬|下旬)?|年初|年底|月初|月底|月中|月末|上月|上周|去年|此前|早前|先前)的?)?\s*(?:约|逾|超过|近|将近|大约)?\s*|(?:低于|高于|少于|不及)?[^，。；]{0,6}?(?:此前|早前|先前|之前|上月)[^，。；]{0,8}?的\s*(?:约|逾|超过|近|将近|大约)?\s*)$/i;

// 较一月下旬减少约7万颗: by how much a figure changed is no figure of the goods.
// (比1月底的说法多出约40万颗: how much more than the earlier word.)
const CHANGE_BEFORE = /(?:减少|增加|下降|上升|回落|增长|缩减|多出|高出|少了|多了)了?\s*(?:约|近|逾|超过|大约)?\s*$/u;
// "about 600,000 more than the number circulating in January": by how much a figure changed, told after it.
const CHANGE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:more|fewer|less|higher|lower|above|below)\s+than\b/iu;
// 1月底时约为70万颗: a figure as it stood at a time the item names as then, not now.
const THEN_BEFORE =
  /(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份|底|初|末|中|上旬|中旬|下旬)?时\s*(?:约为|为|约|还有|尚有|仍有)?\s*(?:约|逾|超过|近|将近|大约)?\s*$/u;

// (Module level rather than a closure: tsx keeps function names, at a call per closure made.)
function extraction(notes: string[], language: ItemExtraction['language'], candidates: CandidateEvent[], about: Span[] = []): ItemExtraction {
  return { candidates, about, notes, language };
}

/** Extracts the candidate events of one news item against the ledger's names. */
export function extractCandidates(input: ExtractInput, state: LedgerState): ItemExtraction {
  const joined = itemText(input);
  const text = joined.text;
  const titleEnd = joined.titleEnd;
  const language = languageOf(text);
  const notes: string[] = [];

  const names = scanNames(state, text);
  notes.push(...names.notes);
  const docItem = names.items[0];
  if (!docItem) {
    if (!notes.length) notes.push(names.parties.length ? 'no tracked item named' : 'nothing tracked named');
    return extraction(notes, language, []);
  }
  const genre = genreNotes(text, titleEnd);
  const unrelated = genre.length ? undefined : unrelatedPermissionNote(text, titleEnd, names.items, names.otherChips);
  if (genre.length || unrelated) {
    notes.push(...genre, ...(unrelated ? [unrelated] : []));
    const essay = unrelated ? undefined : essayOnRule(text, titleEnd, genre, names, state);
    return extraction(notes, language, essay ? [essay] : []);
  }

  const sellers = sellersOf(state);
  const ranges = answeredHeadline(text, titleEnd, sentences(text));
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
  // "Cosco Shipping Energy seeks approval": a trigger word inside an untracked firm's name is part of the name.
  // (Not one opening it: a name read from 撤销…有限公司 may carry the verb before it.)
  const triggers = readTriggers(text, sents, official, titleEnd, input.publishedAt, notes).filter(
    (t) => !names.parties.some((p) => !p.tracked && p.index < t.index && t.end <= p.end),
  );
  agreedByFirms(triggers, text, names.parties);
  // "燧原获腾讯S60订单，性能对标H200": an item that names the tracked item only as a benchmark is about something else.
  if (names.items.every((i) => BENCHMARKED_BEFORE.test(text.slice(Math.max(0, i.index - 40), i.index)) || benchmarkRatio(text, i))) {
    // (Items a look-alike word already set aside, "对标H200", are comparisons too.)
    notes.push(`"${docItem.words}" named only as a comparison`);
    return extraction(notes, language, []);
  }
  if (names.items.every((i) => setApart(text, i))) {
    notes.push(`"${docItem.words}" named only to say the news is not about it`);
    return extraction(notes, language, []);
  }
  const elsewhere = otherSubjectNote(text, titleEnd, names, triggers);
  if (elsewhere) {
    notes.push(elsewhere);
    return extraction(notes, language, []);
  }
  // (Only the named items' units are looked up, so only theirs are read.)
  const itemUnits: Record<string, string> = {};
  for (const i of names.items) {
    const unit = state.item[i.id]?.unit;
    if (unit !== undefined) itemUnits[i.id] = unit;
  }
  const found = findQuantities(
    text,
    names.items.map((i) => ({ kind: 'item', id: i.id, name: i.id, text: i.words, index: i.index, end: i.end })),
    itemUnits,
  );
  const licences = licenceCounts(text);
  // "24 H200 export licences" counts licences: the same number is not also a count of chips.
  // "raised to 600,000 from more than 400,000", 由逾40万颗上调至, 由一月底约60万颗, 低于市场此前流传的约70万颗: the old
  // figure is not news.
  const goods = chipsInMachines(text, found).filter(
    (q) =>
      !licences.some((l) => l.index < q.end && q.index < l.end) &&
      !PREVIOUS_BEFORE.test(text.slice(Math.max(0, q.index - 16), q.index)) &&
      !CHANGE_BEFORE.test(text.slice(Math.max(0, q.index - 12), q.index)) &&
      !THEN_BEFORE.test(text.slice(Math.max(0, q.index - 14), q.index)) &&
      !CHANGE_AFTER.test(text.slice(q.end, q.end + 40)) &&
      !comparedWithPermit(text, q),
  );
  const reading: ItemReading = {
    input,
    state,
    text,
    titleEnd,
    official,
    names,
    docItem,
    ranges,
    sents,
    triggers,
    sellers,
    // A sentence naming a tracked buyer (not the seller, nor "other Chinese firms" waiting) tells news of it.
    waitingParty: waitingPartyOf(state),
    goods,
    licences,
    groupQuota: goods.some((q) => q.aggregate),
    dates: readDates(text, input.publishedAt),
    countries: countryHits(text),
    otherGoodsHits: otherGoodsOf(text, names.parties),
    notes,
  };
  const tally: SentenceTally = {
    candidates: [],
    foreignBuyers: new Set(),
    datedBefore: new Map(),
    pendingTold: new Set(),
    stillHeld: new Set(),
    otherProductTold: false,
    ledeAboutOther: undefined,
  };
  for (const s of sents) readSentence(reading, tally, s);
  const candidates = tally.candidates;
  // A holder-less telling folds into the telling that names the holders.
  const folded = candidates.filter(
    (c, i) => !(c.holders.length === 0 && candidates.some((o, j) => j !== i && o.holders.length > 0 && compatible(o, c) && (merge(o, c), true))),
  );
  // A buyer the item places in another country makes its telling that deal.
  for (let i = folded.length - 1; i >= 0; i--) {
    const c = folded[i]!;
    if (c.holders.length && c.holders.every((h) => tally.foreignBuyers.has(h.value))) folded.splice(i, 1);
  }
  runPasses(folded, reading, tally);
  const final = closeReading(folded, reading);
  if (!final.length && !notes.length) notes.push(triggers.length ? 'no event about a tracked record' : 'no event words');
  if (final.some((c) => c.kind === 'restatement')) notes.push('old news restated');
  const about: Span[] = [];
  for (const c of final) {
    if (c.kind === 'restatement') continue;
    for (const s of [c.item, c.authority, c.seller, ...c.holders]) if (s && !about.some((a) => a.value === s.value)) about.push(s);
  }
  return extraction(notes, language, final, about);
}
