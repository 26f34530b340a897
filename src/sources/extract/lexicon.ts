/**
 * The extraction lexicons (lexicon/*.json), loaded and compiled once per process. Words
 * live in data so they can be reviewed and extended without touching the rules that use
 * them; this file only knows the phrase syntax:
 * - words separated by spaces match any run of whitespace;
 * - a trailing `*` continues the word ("approv*" = approve, approved, approval);
 * - `~` stands for up to three other words ("gave ~ go-ahead");
 * - Latin phrases match whole words, Chinese ones anywhere (Chinese has no spaces).
 */
import { readFileSync } from 'node:fs';

/** Words by language. */
export interface Bilingual {
  en: string[];
  zh: string[];
}

function load<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./lexicon/${name}`, import.meta.url), 'utf8')) as T;
}

const LATIN_EDGE = /[\p{Script=Latin}\p{N}]/u;
const BEFORE = String.raw`(?<![\p{Script=Latin}\p{N}_])`;
const AFTER = String.raw`(?![\p{Script=Latin}\p{N}_])`;

function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** The regular-expression source of one phrase. */
export function phraseSource(phrase: string): string {
  const words = phrase.trim().split(/\s+/);
  const parts = words.map((w) => {
    if (w === '~') return String.raw`(?:[\p{L}\p{N}'’-]+\s+){0,3}?`;
    const stem = w.endsWith('*') && w.length > 1;
    const body = escapeRegex(stem ? w.slice(0, -1) : w).replace(/\*/g, '\\*');
    return stem ? `${body}[\\p{L}-]*` : body;
  });
  let source = '';
  parts.forEach((p, i) => {
    source += p;
    if (i < parts.length - 1 && words[i] !== '~') source += String.raw`\s+`;
  });
  const first = phrase.trim()[0] ?? '';
  const last = phrase.trim().replace(/\*$/, '').slice(-1);
  return `${LATIN_EDGE.test(first) ? BEFORE : ''}${source}${LATIN_EDGE.test(last) || phrase.trim().endsWith('*') ? AFTER : ''}`;
}

/** One global, case-insensitive pattern for many phrases, longest first. */
export function phrasePattern(phrases: readonly string[]): RegExp | null {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (!unique.length) return null;
  return new RegExp(unique.map((p) => `(?:${phraseSource(p)})`).join('|'), 'giu');
}

/** A phrase found in text. */
export interface Hit {
  index: number;
  end: number;
  words: string;
}

/** Every match of a compiled pattern. */
export function hits(pattern: RegExp | null, text: string): Hit[] {
  if (!pattern) return [];
  const out: Hit[] = [];
  // Overlapping matches are all wanted ("has asked for approval" holds "asked for approval"),
  // so the search resumes one character after each match start, not after its end.
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length > 0 && !out.some((o) => o.index === m!.index)) out.push({ index: m.index, end: m.index + m[0].length, words: m[0] });
    pattern.lastIndex = m.index + 1;
  }
  return out;
}

const both = (b: Bilingual): string[] => [...b.en, ...b.zh];

type KindsFile = Record<string, Bilingual | string>;
type CertaintyFile = Record<'hedge' | 'negation' | 'denial_of_report' | 'official', Bilingual>;
interface NearMissFile {
  opinion: { title_start: string[]; anywhere: string[] };
  restatement: Bilingual;
  item_lookalike: { after: string[]; before: string[] };
  other_chips: string[];
  other_countries: string[];
  china_words: string[];
  mention_only: Bilingual;
  not_order: string[];
}
type RolesFile = Record<'order' | 'inventory' | 'delivery' | 'licence_units' | 'group' | 'allocation', Bilingual>;
interface PartiesFile {
  subsidiaries: Record<string, string>;
  authorities: Record<string, string[]>;
  reporting: Bilingual;
  untracked_companies: { names: Record<string, string>; chip_makers: string[] };
}
type ConditionsFile = Record<string, Bilingual | string>;

function bilingualEntries(file: Record<string, Bilingual | string>): [string, Bilingual][] {
  return Object.entries(file).filter((e): e is [string, Bilingual] => !e[0].startsWith('_') && typeof e[1] === 'object');
}

function anchored(phrases: string[]): RegExp {
  return new RegExp(`^(?:${phrases.map(phraseSource).join('|')})`, 'iu');
}

function build() {
  const kinds = bilingualEntries(load<KindsFile>('kinds.json')).map(([kind, words]) => ({ kind, pattern: phrasePattern(both(words))! }));
  const certainty = load<CertaintyFile>('certainty.json');
  const near = load<NearMissFile>('near-miss.json');
  const roles = load<RolesFile>('roles.json');
  const parties = load<PartiesFile>('parties.json');
  const conditions = bilingualEntries(load<ConditionsFile>('conditions.json')).map(([kind, words]) => ({ kind, pattern: phrasePattern(both(words))! }));
  return {
    kinds,
    hedge: phrasePattern(both(certainty.hedge)),
    negation: phrasePattern(both(certainty.negation)),
    denialOfReport: phrasePattern(both(certainty.denial_of_report)),
    official: phrasePattern(both(certainty.official)),
    opinionStart: anchored(near.opinion.title_start.map((p) => p.trim())),
    opinionAnywhere: phrasePattern(near.opinion.anywhere),
    restatement: phrasePattern(both(near.restatement)),
    lookalikeAfter: anchored(near.item_lookalike.after),
    lookalikeBefore: new RegExp(`(?:${near.item_lookalike.before.map(phraseSource).join('|')})\\s*$`, 'iu'),
    otherChips: phrasePattern(near.other_chips),
    otherCountries: phrasePattern(near.other_countries),
    chinaWords: phrasePattern(near.china_words),
    mentionOnly: phrasePattern(both(near.mention_only)),
    notOrder: phrasePattern(near.not_order),
    roles: {
      order: phrasePattern(both(roles.order)),
      inventory: phrasePattern(both(roles.inventory)),
      delivery: phrasePattern(both(roles.delivery)),
      licenceUnits: anchored(both(roles.licence_units)),
      group: phrasePattern(both(roles.group)),
      allocation: phrasePattern(both(roles.allocation)),
    },
    subsidiaries: Object.entries(parties.subsidiaries),
    subsidiaryPattern: phrasePattern(Object.keys(parties.subsidiaries)),
    authorityCues: Object.entries(parties.authorities).flatMap(([country, names]) => names.map((n) => [n, country] as const)),
    authorityPattern: phrasePattern(Object.values(parties.authorities).flat()),
    reportingAfter: anchored(both(parties.reporting).map((p) => p)),
    untracked: parties.untracked_companies.names,
    untrackedPattern: phrasePattern(Object.keys(parties.untracked_companies.names)),
    chipMakers: new Set(parties.untracked_companies.chip_makers),
    conditions,
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
