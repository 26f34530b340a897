/**
 * Firms an item names where no buyer's verb stands beside them: the firm a ministry's answer
 * is about (关于X进口…一事, 对X提交的申请, "the application submitted by X", "Question on X's
 * Import"), and a firm named right after what it is ("Shenzhen compute renter Lingyun",
 * "the Fuzhou-based lender Industrial Bank"). Each becomes an untracked party.
 */
import type { Named } from './named.js';
import type { Range } from './text-units.js';
import { latinParty, zhParty } from './untracked-party.js';
import { covered } from './hit-ranges.js';
import { allMatches } from './all-matches.js';

// ("Lu'an": an apostrophe inside a word, not a possessive's, is part of the name.)
const LATIN_WORD = String.raw`[A-Z](?!\d)(?:[\p{L}\p{N}&.-]|['’](?!s\b)(?=\p{Ll}))*`;
const LATIN_NAME = String.raw`(?:${LATIN_WORD})(?:\s+(?:${LATIN_WORD}|AI)){0,4}?`;
// 关于中国邮政储蓄银行进口H200芯片一事, 对中国建设银行提交的相关物项进口申请.
const ZH_MATTER = /关于([\p{Script=Han}A-Za-z]{2,20}?)进口[^，。,;；]{0,20}?一事|对([\p{Script=Han}A-Za-z]{2,20}?)提交的/gu;
// "approved the import application submitted by China Resources Digital Technology Co., Ltd."
const EN_SUBMITTED = new RegExp(
  String.raw`\b(?:application|request)s?\s+(?:submitted|filed|lodged)\s+by\s+(${LATIN_NAME})(?=\s*(?:Co\.|Ltd\.?|Inc\.?|Corp\.?|$|[,.;:]|\s+(?:to|for|in|on)\b))|\bapplication\s+of\s+(${LATIN_NAME})(?=\s*(?:Co\.|Ltd\.?|Inc\.?|Corp\.?|$|[,.;:]|\s+to\s+import\b))`,
  'gu',
);
// "revoked the approval it gave Shenzhen Qianhai Lingyun Computing Co": the firm a permission was given to.
const EN_GIVEN = new RegExp(
  String.raw`\b(?:approvals?|licen[cs]es?|permits?|permission)\s+(?:it\s+|they\s+)?(?:had\s+)?(?:gave|given|granted|issued)(?:\s+to)?\s+(${LATIN_NAME})(?=\s*(?:Co\.?|Ltd\.?|Inc\.?|Corp\.?|$|[,.;:]|\s+(?:to|for|in)\b))`,
  'gu',
);
// "suspends the H200 import permit of Wuxi-based Taihu Lingxi Computing" (also in a capitals flash), "licence of engineering
// contractor CAMC", "licence of Shanxi Lu'an Environmental Energy unit - sources" (a unit's licence is its parent's).
const EN_PERMIT_OF = new RegExp(
  String.raw`\b(?:permit|licen[cs]e|approval|PERMIT|LICEN[CS]E|APPROVAL)S?\s+(?:of|OF)\s+(?:the\s+)?(?:[A-Z][\p{L}]*-(?:based|BASED)\s+)?(?:[a-z][a-z-]*\s+){0,2}(${LATIN_NAME})(?:\s+(?:unit|arm|subsidiary))?(?=\s*(?:$|[,.;:]|\s[-–—]\s|\s+(?:to|for|in|after|over|TO|FOR|IN|AFTER|OVER)\b))`,
  'gu',
);
// "a data-centre subsidiary of Henan steelmaker Anyang Iron & Steel has received", "a data technology company controlled by
// Shandong's Rizhao Port": the firm a unit belongs to.
const EN_UNIT_OF = new RegExp(
  String.raw`\b(?:subsidiary|unit|arm|affiliate|division|company)\s+(?:of|controlled by|owned by)\s+(?:[A-Z][\p{L}]+(?:'s|’s)\s+)?(?:[A-Z][\p{L}]+\s+(?=[a-z]))?(?:[a-z][a-z-]*\s+){0,3}(${LATIN_NAME}(?:\s+&\s+${LATIN_WORD})?)(?=\s*(?:$|[,.;:]|\s+(?:has|have|had|was|is|said|says|to|for|in|won|wins|received|secured)\b))`,
  'gu',
);
// "MOFCOM Spokesperson Answers Question on China FAW Group's Import of …"
const EN_QUESTION = new RegExp(String.raw`\bQuestions?\s+(?:on|about|regarding)\s+(${LATIN_NAME})(?:'s|’s)\s+(?:Import|Application|Purchase|Approval)`, 'u');
// "strips Shenzhen compute renter Lingyun of …", "lender Industrial Bank", "utility Jiangxi Hongcheng loses", "from Shandong
// investor Luxin, sources say": the name after what it is.
const EN_DESCRIBED = new RegExp(
  String.raw`\b(?:renter|operator|maker|firm|company|start-?up|provider|developer|landlord|lender|insurer|carmaker|automaker|unicorn|upstart|brokerage|utility|contractor|investor|packager|supplier|manufacturer|producer|retailer|conglomerate|refiner|smelter|builder|designer)\s+(${LATIN_NAME})(?=\s+(?:wins?|won|gets?|got|secures?|secured|receives?|received|obtains?|obtained|loses|lost|of|is|has|had|was|said|says|files|filed|applies|applied|orders|ordered|confirms|confirmed|to\s+(?:import|buy|purchase|bring\s+in))\b|(?:'s|’s)\s|\s*,\s*(?:sources|people|according)\b)`,
  'gu',
);
// (In lower case, as EN_DESCRIBED reads them: a capitalised "Firm" alone gives it nothing to find.)
const DESCRIBER =
  /renter|operator|maker|firm|company|start-?up|provider|developer|landlord|lender|insurer|unicorn|upstart|brokerage|utility|contractor|investor|packager|supplier|manufacturer|producer|retailer|conglomerate|refiner|smelter|builder|designer/u;
// Words EN_UNIT_OF, EN_SUBMITTED, EN_GIVEN and EN_PERMIT_OF cannot match without.
const UNIT_WORDS = /subsidiary|unit|arm|affiliate|division|company/u;
const ASKED_WORDS = /application|request/u;
const GIVEN_WORDS = /gave|given|granted|issued/u;
const OF_WORDS = /of|OF/u;
// Words that start a capitalised run without naming a firm ("company Tuesday said", "firm The").
const NOT_A_NAME =
  /^(?:The|A|An|It|Its|This|That|Company|Group|Board|Issuer|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Nvidia|China|Chinese|Beijing|US|U\.S\.|Washington|MOFCOM|Commerce)$/u;
const LEGAL_TAIL = /(?:\s+(?:Co\.?|Ltd\.?|Inc\.?|Corp\.?|Corporation|Limited))+\.?$/u;

type Span = { index: number; end: number };

/** Adds the firm `name` at `index` to `out` unless it is known, found already, or no name (a module function: a closure per call costs more). */
function take(text: string, known: readonly Span[], out: Named[], name: string | undefined, index: number, zh: boolean): void {
  if (!name) return;
  const words = zh ? name : name.replace(LEGAL_TAIL, '').replace(/^(?:China|Chinese)\s+(?=[A-Z]{2,}\b)/u, '');
  const at = zh ? index : text.indexOf(words, index);
  if (at < 0 || covered(at, at + words.length, known) || covered(at, at + words.length, out)) return;
  // "China Resources Digital Technology": a country word opens a longer name; alone it names no firm.
  const first = words.split(/\s+/);
  if (!zh && (words.length < 2 || (NOT_A_NAME.test(first[0]!) && (first.length === 1 || !/^(?:China|Chinese)$/u.test(first[0]!))))) return;
  out.push(zh ? zhParty(words, at) : latinParty(words, at));
}

/** Untracked firms a ministry's answer is about, or named after what they are, not already known. */
export function answerFirms(text: string, sentences: readonly Range[], known: readonly { index: number; end: number }[]): Named[] {
  const out: Named[] = [];
  // Each pattern runs only when a word it needs is in the text: most items hold none of them.
  const zh = text.includes('一事') || text.includes('提交的');
  if (zh)
    for (const m of allMatches(ZH_MATTER, text)) {
      const name = m[1] ?? m[2];
      if (name && !/^(?:该|其|此|本|相关|有关|上述|这些|部分|多家|第|企业|公司)|批|企业$/u.test(name))
        take(text, known, out, name, m.index + m[0].indexOf(name), true);
    }
  const latin = /[A-Za-z]{4}/u.test(text);
  const permits = latin && /permi|licen|approv|PERMI|LICEN|APPROV/u.test(text);
  const units = latin && /\b(?:of|by)\b/u.test(text) && UNIT_WORDS.test(text) ? allMatches(EN_UNIT_OF, text) : [];
  // (Each permission pattern needs a word of its own besides: what was asked, given, or whose permit it is.)
  const submitted = permits && ASKED_WORDS.test(text) ? allMatches(EN_SUBMITTED, text) : [];
  const given = permits && GIVEN_WORDS.test(text) ? allMatches(EN_GIVEN, text) : [];
  const permitOf = permits && OF_WORDS.test(text) ? allMatches(EN_PERMIT_OF, text) : [];
  const found = [...submitted, ...given, ...permitOf, ...units];
  for (const m of found) {
    const name = m[1] ?? m[2];
    if (name) take(text, known, out, name, m.index + m[0].indexOf(name), false);
  }
  const question = latin && text.includes('Question') ? EN_QUESTION.exec(text) : null;
  if (question) take(text, known, out, question[1], question.index, false);
  if (latin && DESCRIBER.test(text))
    for (const s of sentences)
      for (const m of allMatches(EN_DESCRIBED, text.slice(s.start, s.end))) take(text, known, out, m[1], s.start + m.index + m[0].indexOf(m[1]!), false);
  return out;
}
