/**
 * The extraction lexicons (lexicon/*.json), loaded and compiled once per process. Words
 * live in data so they can be reviewed and extended without touching the rules that use
 * them; this file only knows the phrase syntax:
 * - words separated by spaces match any run of whitespace;
 * - a trailing `*` continues the word ("approv*" = approve, approved, approval);
 * - `~` stands for up to five other words ("gave ~ go-ahead"); `～` for up to twelve Chinese characters;
 * - Latin phrases match whole words, Chinese ones anywhere (Chinese has no spaces).
 */
import { readFileSync } from 'node:fs';
import { phraseSource } from './phrase-match.js';
import { anchoredSet, type AnchoredSet } from './anchored-set.js';
import { hits, phrasePattern, type Hit } from './phrase-index.js';

/** Words by language. */
export interface Bilingual {
  en: string[];
  zh: string[];
}

function load<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./lexicon/${name}`, import.meta.url), 'utf8')) as T;
}

const both = (b: Bilingual): string[] => [...b.en, ...b.zh];

type KindsFile = Record<string, Bilingual | string>;
type CertaintyFile = Record<'hedge' | 'negation' | 'denial_of_report' | 'official' | 'intent', Bilingual>;
interface NearMissFile {
  opinion: { title_start: string[]; anywhere: string[]; body?: string[]; body_start?: string[] };
  restatement: Bilingual & { title_start: string[]; title_anywhere?: string[]; body_anywhere?: string[] };
  item_lookalike: { after: string[]; before: string[] };
  other_chips: string[];
  other_goods?: string[];
  other_countries: string[];
  legislators?: { phrases: string[] };
  court_cases?: { phrases: string[] };
  country_lookalikes?: { phrases: string[] };
  china_words: string[];
  mention_only: Bilingual & { zh_title?: string[] };
  not_order: string[];
}
type RolesFile = Record<'order' | 'inventory' | 'delivery' | 'group' | 'allocation', Bilingual>;
interface PartiesFile {
  subsidiaries: Record<string, string>;
  authorities: Record<string, string[]>;
  reporting: Bilingual;
  untracked_companies: { names: Record<string, string>; chip_makers: string[]; chip_units?: string[]; foreign?: string[] };
  collective: { phrases: string[] };
  group_phrases?: { phrases: string[] };
}
type ConditionsFile = Record<string, Bilingual | string> & { _verbs?: { agreed: Bilingual; proposed: Bilingual } };

function bilingualEntries(file: Record<string, Bilingual | string>): [string, Bilingual][] {
  return Object.entries(file).filter((e): e is [string, Bilingual] => !e[0].startsWith('_') && typeof e[1] === 'object');
}

// "SINGAPORE, March 5 (Reuters) -", "HONG KONG/SHANGHAI, Jan 8 (Reuters) -": where the reporter files from, not a place in the story.
const DATELINE = /(?<=^|[.!?]\s)[A-Z][A-Z .'/-]{1,40}(?:,\s*[A-Z][\p{L} .]{1,25})?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^)]{1,30}\)\s*[-–—]{1,2}/gu;

// 英国《金融时报》, "Japan's Nikkei": the country only says where the outlet that tells the news is from.
const OUTLET_ORIGIN =
  /\p{Script=Han}{2,3}《[^》]{1,24}》|\b[A-Z][\p{L}.]+(?:'s|’s)\s+(?:Financial Times|Nikkei(?: Asia)?|Straits Times|Economic Daily News|Yonhap|Guardian|Telegraph|Times|Asahi|Yomiuri|Commercial Times)\b/gu;

// "stock stands at about 610,000", "backlog now stands above three million": a figure given as it stands now is today's
// figure, not old news retold.
const FIGURE_STANDS =
  /\b(?:stands?|remains?)\s+(?:at|above|below|near|over|under|around|beyond)\s+(?:(?:about|around|roughly|some|nearly|just|over|under|more than|less than|an estimated)\s+)?(?:[$\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half a)\s+(?:hundred|thousand|million)\b)/gi;

// Both screens of the country list as one pattern: a hit inside either is no other country.
const NOT_A_COUNTRY = new RegExp(`${DATELINE.source}|${OUTLET_ORIGIN.source}`, 'gu');

/** Each entry's value by its name in lower case; of names equal but for case, the first listed wins. */
function byLowerName(entries: readonly (readonly [string, string])[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [name, value] of entries) if (!map.has(name.toLowerCase())) map.set(name.toLowerCase(), value);
  return map;
}

function anchored(phrases: string[]): AnchoredSet {
  return anchoredSet(phrases);
}

function build() {
  const kinds = bilingualEntries(load<KindsFile>('kinds.json')).map(([kind, words]) => ({ kind, pattern: phrasePattern(both(words))! }));
  const certainty = load<CertaintyFile>('certainty.json');
  const near = load<NearMissFile>('near-miss.json');
  const roles = load<RolesFile>('roles.json');
  const parties = load<PartiesFile>('parties.json');
  const conditionsFile = load<ConditionsFile>('conditions.json');
  const conditions = bilingualEntries(conditionsFile).map(([kind, words]) => ({ kind, pattern: phrasePattern(both(words))! }));
  return {
    kinds,
    hedge: phrasePattern(both(certainty.hedge)),
    // (未来, "the future", and 未知, "unknown", hold 未 without negating anything.)
    negation: { ...phrasePattern(both(certainty.negation))!, notInsidePattern: /未来|未知/gu },
    denialOfReport: phrasePattern(both(certainty.denial_of_report)),
    official: phrasePattern(both(certainty.official)),
    intent: phrasePattern(both(certainty.intent)),
    opinionStart: anchored(near.opinion.title_start.map((p) => p.trim())),
    opinionAnywhere: phrasePattern(near.opinion.anywhere),
    /** An author arguing, anywhere in the item ("the author argues", 笔者认为): a column. */
    opinionBody: phrasePattern(near.opinion.body ?? []),
    /** A genre label opening the summary ("Column: …", "Opinion: …"): the outlet filing the item as a column. */
    opinionBodyStart: anchored(near.opinion.body_start ?? []),
    restatement: { ...phrasePattern(both(near.restatement))!, notInsidePattern: FIGURE_STANDS },
    restatementStart: anchored(near.restatement.title_start),
    /** A headline that calls itself a recap anywhere ("…: where things stand", …，一次讲清). */
    restatementTitle: phrasePattern(near.restatement.title_anywhere ?? []),
    /** An item saying of itself that it looks back (本文回顾, "we look back at"), anywhere. */
    restatementBody: phrasePattern(near.restatement.body_anywhere ?? []),
    collective: phrasePattern(parties.collective.phrases),
    /** "its three internet giants", 大三家: the tracked group's holders together. */
    groupPhrases: phrasePattern(parties.group_phrases?.phrases ?? []),
    lookalikeAfter: anchored(near.item_lookalike.after),
    // "rivals Nvidia's H200", 可与英伟达H200相当: the maker's name may stand between the cue and the model.
    lookalikeBefore: new RegExp(`(?:${near.item_lookalike.before.map(phraseSource).join('|')})\\s*(?:Nvidia(?:'s|’s)?|英伟达|輝達|辉达)?\\s*$`, 'iu'),
    // "H20s", "B30As": a Latin model name counts in the plural too.
    /** A legislator's proposal in the headline (a House bill, 人大代表建议). */
    legislators: phrasePattern(near.legislators?.phrases ?? []),
    /** A court or smuggling case in the headline. */
    courtCases: phrasePattern(near.court_cases?.phrases ?? []),
    otherChips: phrasePattern(near.other_chips.flatMap((c) => (/^[A-Za-z0-9 ]*\d[A-Za-z]?$/u.test(c) ? [c, `${c}s`] : [c]))),
    otherGoods: phrasePattern(near.other_goods ?? []),
    otherCountries: {
      ...phrasePattern(near.other_countries)!,
      notInside: phrasePattern(near.country_lookalikes?.phrases ?? []),
      notInsidePattern: NOT_A_COUNTRY,
    },
    chinaWords: phrasePattern(near.china_words),
    mentionOnly: phrasePattern(both(near.mention_only)),
    mentionTitle: phrasePattern(near.mention_only.zh_title ?? []),
    notOrder: phrasePattern(near.not_order),
    roles: {
      order: phrasePattern(both(roles.order)),
      inventory: phrasePattern(both(roles.inventory)),
      delivery: phrasePattern(both(roles.delivery)),
      group: phrasePattern(both(roles.group)),
      allocation: phrasePattern(both(roles.allocation)),
    },
    /** A subsidiary's parent, by the subsidiary's name in lower case with single spaces (a hit of subsidiaryPattern). */
    subsidiaryParent: byLowerName(Object.entries(parties.subsidiaries)),
    subsidiaryPattern: phrasePattern(Object.keys(parties.subsidiaries)),
    /** The country an authority cue stands for, by the cue in lower case with single spaces (a hit of authorityPattern). */
    authorityCountry: byLowerName(Object.entries(parties.authorities).flatMap(([country, names]) => names.map((n) => [n, country] as const))),
    authorityPattern: phrasePattern(Object.values(parties.authorities).flat()),
    reportingAfter: anchored(both(parties.reporting).map((p) => p)),
    /** An untracked company's id, by its name in lower case (a hit of untrackedPattern). */
    untrackedId: byLowerName(Object.entries(parties.untracked_companies.names)),
    /** Ids of the firms the lexicon knows as Chinese: all of its firms but the foreign list (a US cloud, a Gulf buyer). */
    chineseFirms: new Set(Object.values(parties.untracked_companies.names).filter((id) => !(parties.untracked_companies.foreign ?? []).includes(id))),
    untrackedPattern: phrasePattern(Object.keys(parties.untracked_companies.names)),
    chipMakers: new Set(parties.untracked_companies.chip_makers),
    chipUnits: new Set((parties.untracked_companies.chip_units ?? []).map((n) => n.toLowerCase())),
    conditions,
    /** Any condition word, for the verb rule ("accepted Beijing's domestic-chip requirement"). */
    conditionWords: phrasePattern(bilingualEntries(conditionsFile).flatMap(([, words]) => both(words))),
    conditionAgreed: phrasePattern(conditionsFile._verbs ? both(conditionsFile._verbs.agreed) : []),
    conditionProposed: phrasePattern(conditionsFile._verbs ? both(conditionsFile._verbs.proposed) : []),
  };
}

/** The compiled lexicons. */
export type Lexicon = ReturnType<typeof build>;

let compiled: Lexicon | undefined;

/** The lexicons, compiled on first use. */
export function lexicon(): Lexicon {
  compiled ??= build();
  return compiled;
}

/**
 * The official words of a text ("notice", 公告, "the department said"), without a document
 * the outlet only read ("a notice seen by Reuters"): that is the outlet's report.
 */
export function officialHits(text: string): Hit[] {
  return hits(lexicon().official, text).filter(
    (h) =>
      !/^\s+(?:seen|reviewed|obtained|viewed)\s+by\b/i.test(text.slice(h.end, h.end + 20)) &&
      // "…, notice shows", "according to a notice", 外媒…通知: an outlet telling what a notice it saw says.
      !(/^(?:notices?|documents?|filings?|通知|文件)$/i.test(h.words) && /^\s*(?:shows?|showed|says|said)\b/i.test(text.slice(h.end, h.end + 12))) &&
      !(
        /^(?:notices?|documents?)$/i.test(h.words) &&
        /\b(?:according\s+to|per|citing)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, h.index - 40), h.index))
      ) &&
      // 一切以公司公告为准, 请以公告为准: a firm pointing to its future notices, not a notice.
      !/^为准/u.test(text.slice(h.end, h.end + 2)),
  );
}
