/**
 * What each number counts. A number is read once (quantities.ts) and then given a role
 * from the cue words nearest to it in its clause: ordered → order, in stock → inventory,
 * delivered → delivery, licences → a count of licences; next to a decision it is a quota,
 * for the group when "in total" or several holders share it, or one holder's share when
 * the clause ties it to one of them.
 */
import type { Qualifier } from '../../core/model.js';
import { QUALIFIER_SOURCES } from '../../core/parse-quantity.js';
import type { CandidateKind, QuantityRole } from './candidate.js';
import { lexicon } from './lexicon.js';
import { heldNotStock } from './held-not-stock.js';
import { hits, type Hit, type PhraseSet } from './phrase-index.js';
import type { Named } from './named.js';
import type { FoundQuantity } from './quantities.js';
import { breaksBetween, type Range } from './text-units.js';
import { CAP_BEFORE, deliveryNamedOnly, FIRM_KIND_AFTER, FUTURE_BEFORE, receivesPermission, undeliveredPart } from './told-patterns.js';

/** A number with the role it plays. */
export interface RoledQuantity {
  value: number;
  qualifier: Qualifier;
  unit: string;
  role: QuantityRole;
  holder?: Named;
  words: string;
  index: number;
  end: number;
  /** The words that gave the role. */
  cue?: string;
}

/** The candidate kind a role belongs to. */
export function kindForRole(role: QuantityRole): CandidateKind | undefined {
  return role === 'order' ? 'order' : role === 'inventory' ? 'supply' : role === 'delivery' ? 'delivery' : undefined;
}

const ROLE_OF_KIND: Partial<Record<CandidateKind, QuantityRole>> = {
  grant: 'quota',
  application: 'quota',
  denial: 'quota',
  suspension: 'quota',
  revocation: 'quota',
  order: 'order',
  delivery: 'delivery',
  supply: 'inventory',
  restatement: 'quota',
};

const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const WORD_COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  'a dozen': 12,
  'half a dozen': 6,
  'two dozen': 24,
  'three dozen': 36,
  dozens: 24,
  several: 3,
};
const LICENCE_COUNT = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{N}])(?:(${QUALIFIER_SOURCES.map(([s]) => s).join('|')})\s*)?(\d[\d,]*|two dozen|three dozen|half a dozen|a dozen|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|several)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:licen[cs]es|approvals|permits|(?:licen[cs]e|export|import|permit)\s+(?:applications|requests)|(?:applications|requests)\s+for\s+(?:US\s+|U\.S\.\s+)?(?:export\s+|import\s+)?licen[cs]es)\b` +
    // "its first licences …, about a dozen of them", "Licences for China, About a Dozen in All": the count after the noun.
    String.raw`|(?<=\b(?:licen[cs]es|approvals|permits)\b[^.;:!?]{0,60}?,\s*)(?:(${QUALIFIER_SOURCES.map(([s]) => s).join('|')})\s*)?(\d{1,3}|two dozen|three dozen|half a dozen|a dozen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s+(?:of them|in all|in total|so far|altogether)\b)` +
    // 发放12份对阿里巴巴出口H200芯片的许可证: a measure word, then up to a clause of modifiers, then the noun.
    String.raw`|(\d+)\s*(?:份|张|个|项)[^，。；：,.;:\s]{0,16}?(?:许可证?|批文|牌照)(?:申请)?` +
    // 许可证12份: the count after the noun, as Chinese often writes it.
    String.raw`|(?:许可证?|批文|牌照)\s*(?:共|合计|总计)?\s*(\d+)\s*(?:份|张|个|项)` +
    // "rejected about 23 of Nvidia's applications to export", "29 of Nvidia's China H200 applications were turned down": a
    // count of the seller's requests or licences, picked out of them.
    String.raw`|(?<![\p{Script=Latin}\p{N}])(?:(${QUALIFIER_SOURCES.map(([s]) => s).join('|')})\s*)?(\d{1,4})\s+of\s+(?:its|their|the\s+firm['’]s|[\p{Lu}][\p{L}]*['’]s?)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:applications|requests|licen[cs]es|permits)\b`,
  'giu',
);

const LICENCE_NOUN = /licen[cs]es|approvals|permits|applications|requests|许可|批文|牌照/i;

// Compiled once: qualifierOf runs for every quantity of every item.
const WHOLE_QUALIFIERS = QUALIFIER_SOURCES.map(([source, q]) => [new RegExp(`^(?:${source})$`, 'i'), q] as const);

function qualifierOf(words: string | undefined): Qualifier {
  if (!words) return 'exact';
  const trimmed = words.trim();
  for (const [pattern, q] of WHOLE_QUALIFIERS) if (pattern.test(trimmed)) return q;
  return 'exact';
}

// 撤回约12份许可申请, 逾20张许可证: the Chinese qualifier written right before the count.
const ZH_QUALIFIERS: readonly [RegExp, Qualifier][] = [
  [/(?:大约|约|近|将近|接近)$/u, 'about'],
  [/(?:逾|超过|多于)$/u, 'over'],
  [/(?:至少|不少于|不低于)$/u, 'at_least'],
  [/(?:至多|最多|不超过)$/u, 'up_to'],
  [/(?:不到|不足|少于)$/u, 'under'],
];
function zhQualifierBefore(text: string, at: number): Qualifier {
  const before = text.slice(Math.max(0, at - 3), at);
  return ZH_QUALIFIERS.find(([pattern]) => pattern.test(before))?.[1] ?? 'exact';
}

/** Counts of licences or approvals ("12 licences", "3份许可证"): never counts of goods. */
const CLAUSE_WORD = /\s(?:if|when|as|after|before|unless|while|because|and|or|but|since|until|once|with|for)\s/i;

export function licenceCounts(text: string): RoledQuantity[] {
  const out: RoledQuantity[] = [];
  // Every shape above holds one of these nouns: most items name none, and the long pattern need not run on them.
  if (!LICENCE_NOUN.test(text)) return out;
  for (const m of text.matchAll(LICENCE_COUNT)) {
    const raw = (m[2] ?? m[4] ?? m[5] ?? m[6] ?? m[8])!.toLowerCase();
    let value = WORD_COUNTS[raw.replace(/ of$/, '')] ?? Number(raw.replace(/,/g, ''));
    // "Thirty-one licences": the tens word glued before the unit word.
    const tens = /(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-$/i.exec(text.slice(Math.max(0, m.index - 8), m.index));
    if (tens && !m[1]) value += TENS[tens[1]!.toLowerCase()]!;
    else if (/[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // Licences are counted in ones and tens; a big number next to "approvals" counts chips.
    if (!Number.isFinite(value) || value <= 0 || value >= 10_000 || raw === 'a' || raw === 'an') continue;
    // "one of the larger approvals granted": a member of a set, no count of one.
    if (raw === 'one' && /^\s*one\s+of\s/i.test(m[0].slice((m[1] ?? '').length))) continue;
    // "in 2026 if approvals widen": a year, and a clause boundary between the number and the noun.
    // ("applications for US export licences" is one noun phrase; its "for" parts no clause.)
    // ("as many as 60 licences": the qualifier's own "as" parts no clause either.)
    if (/^(?:19|20)\d\d$/.test(raw) || CLAUSE_WORD.test(m[0].slice((m[1] ?? '').length).replace(/\s(?:applications|requests)\s+for\s[^]*$/i, ''))) continue;
    out.push({
      value,
      qualifier: (m[1] ?? m[3] ?? m[7]) ? qualifierOf(m[1] ?? m[3] ?? m[7]) : zhQualifierBefore(text, m.index),
      unit: 'licences',
      role: 'licence_count',
      words: m[0],
      index: m.index,
      end: m.index + m[0].length,
      cue: m[0],
    });
  }
  return out;
}

const OWN_PORTION = /^(?:['’]s\s+(?:portion|share|slice)|portion comes to|所得)$/iu;
const ATTRIBUTIVE_GRANT = /^获(?:批|准)$/u;
// "to stock a Hebei site with…", "stocks up": "stock" as a verb (after "to", or before an object), not goods in stock.
function stockVerb(text: string, hit: { index: number; end: number }): boolean {
  const before = text.slice(Math.max(0, hit.index - 8), hit.index);
  return /\bto\s+$/i.test(before) || (!/\bin\s+$/i.test(before) && /^\s+(?:up|a|an|its|their)\s/i.test(text.slice(hit.end, hit.end + 8)));
}
const STOCK_MARKET_AFTER = /^\s+(?:exchanges?|markets?|prices?|index|indices|holders?|options?|splits?|codes?|connect)\b|^['’]s\b/i;
interface Cue {
  role: QuantityRole;
  hit: Hit;
}

// "inventory remains about 700,000", "库存约为60万": a noun cue linked to its number by a copula binds first.
const COPULA = /^\s*(?:is|was|are|were|remains?|remained|stands?\s+at|stood\s+at|totals?|totall?ed|of|at|estimated\s+at|put\s+at|:|为|达|仅|目前|有)*\s*$/i;

function cueDistance(text: string, q: Range, c: Hit): number {
  if (c.end <= q.start && COPULA.test(text.slice(c.end, q.start))) return 0;
  const gap = c.end <= q.start ? q.start - c.end : c.index >= q.end ? c.index - q.end : 0;
  // Cues after the number ("700,000 in stock") bind as tightly as cues before it.
  return gap + 60 * breaksBetween(text, Math.min(c.end, q.end), Math.max(c.index, q.start));
}

/**
 * Gives each quantity of a sentence its role. `kinds` are the sentence's triggers (kind
 * and span); `holders` the party names in the sentence; `groupQuota` whether the item
 * elsewhere gives one figure for a group.
 */
export function assignRoles(
  text: string,
  sentence: Range,
  found: readonly FoundQuantity[],
  triggers: { kind: CandidateKind; index: number; end: number; words: string }[],
  holders: Named[],
  groupQuota: boolean,
): RoledQuantity[] {
  const lex = lexicon();
  const slice = (pattern: PhraseSet | null, role: QuantityRole): Cue[] =>
    hits(pattern, text)
      // "supply-chain sources", "order-book": the first half of a compound is not the cue; nor is the second half of
      // one that names the kind of firm ("Power-supply maker Kstar").
      .filter(
        (h) =>
          h.index >= sentence.start &&
          h.end <= sentence.end &&
          !/^-\p{L}/u.test(text.slice(h.end, h.end + 2)) &&
          !(/\p{L}-$/u.test(text.slice(Math.max(0, h.index - 2), h.index)) && FIRM_KIND_AFTER.test(text.slice(h.end, h.end + 16))),
      )
      .map((hit) => ({ role, hit }));
  const notOrder = hits(lex.notOrder, text);
  const cues: Cue[] = [
    // 意向订单, "order book": words the trigger list sets aside as no order are no order cue either.
    ...slice(lex.roles.order, 'order').filter((c) => !notOrder.some((n) => n.index < c.hit.end && c.hit.index < n.end)),
    // "the import quota it holds jointly with ByteDance", 所持配额: a permission held is not stock.
    ...slice(lex.roles.inventory, 'inventory').filter(
      (c) =>
        // "the Shenzhen Stock Exchange", "stock price": a market, not goods in stock.
        !(/^stocks?$/i.test(c.hit.words) && STOCK_MARKET_AFTER.test(text.slice(c.hit.end, c.hit.end + 12))) &&
        // "to stock a Hebei site with 27,900 H200s": filling a site is goods delivered there, not stock held.
        !(/^stocks?$/i.test(c.hit.words) && stockVerb(text, c.hit)) &&
        // "Alibaba Group Holding Ltd.": a company's legal name, not goods held.
        !(/^holdings?$/i.test(c.hit.words) && /^\s*(?:Ltd|Limited|Inc|Co|Corp|Company|Group|PLC|AG|SE)\b/i.test(text.slice(c.hit.end, c.hit.end + 12))) &&
        // "Beisen Holding said 96 of…": a firm's name speaking, not goods held.
        !(
          /^Holdings?$/.test(c.hit.words) &&
          /^(?:\s+(?:said|says|told|announced|disclosed|stated|confirmed)\b|\s*\(|['’]s\b)/.test(text.slice(c.hit.end, c.hit.end + 12))
        ) &&
        // 交到国内云厂商和服务器厂商手中: goods handed into someone's hands are delivered, not stock held.
        !(c.hit.words === '手中' && /(?:交到|送到|运到|交付到|交至|送至)[^，。；,;]{0,20}$/u.test(text.slice(Math.max(0, c.hit.index - 22), c.hit.index))) &&
        // "the import quota it holds jointly", "Volcano Engine now holds 100,000": a permission or a buyer's chips, not stock.
        !heldNotStock(text, c.hit, sentence.start, holders),
    ),
    // "to be delivered next year": goods still to come name no delivery figure.
    ...slice(lex.roles.delivery, 'delivery').filter(
      (c) =>
        !receivesPermission(text, c.hit) &&
        !undeliveredPart(text, c.hit) &&
        !FUTURE_BEFORE.test(text.slice(Math.max(sentence.start, c.hit.index - 30), c.hit.index)) &&
        // ("limiting H200 shipments to any single customer to 100,000 units": the goods a cap bounds.)
        !CAP_BEFORE.test(text.slice(Math.max(sentence.start, c.hit.index - 30), c.hit.index)) &&
        // (交付将持续到二季度: deliveries that will run on are still to come.)
        !/^将/u.test(text.slice(c.hit.end, c.hit.end + 1)) &&
        // ("stolen from a delivery van", "for delivery over the spring": a vehicle, or when ordered goods are due.)
        !deliveryNamedOnly(text, c.hit, sentence.start),
    ),
    ...triggers.flatMap((t) => (ROLE_OF_KIND[t.kind] ? [{ role: ROLE_OF_KIND[t.kind]!, hit: { index: t.index, end: t.end, words: t.words } }] : [])),
  ];
  const groups = slice(lex.roles.group, 'quota');
  const allocations = slice(lex.roles.allocation, 'allocation');
  const out: RoledQuantity[] = [];
  for (const q of found) {
    if (q.index < sentence.start || q.end > sentence.end) continue;
    const span = { start: q.index, end: q.end };
    // A cue inside the number's own words ("orders for 2 million") is the closest of all.
    // "inventory fell to about 310,000 as shipments continue": a cue in a side clause after the number is further off.
    // (A space between Chinese words parts a headline's clauses: 总量逾四十万颗 订单与库存缺口仍大.)
    const side = (c: Cue) =>
      c.hit.index >= q.end && /\b(?:as|while|amid|after|since)\b|[,，]|[\p{Script=Han}]\s+[\p{Script=Han}]/iu.test(text.slice(q.end - 1, c.hit.index + 1))
        ? 50
        : 0;
    const best = cues.map((c) => ({ c, d: cueDistance(text, span, c.hit) + side(c) })).sort((a, b) => a.d - b.d || a.c.hit.index - b.c.hit.index)[0];
    // 获批的48颗H200芯片已全部到货, 获准进口的256颗…已到货: the approval names which goods arrived; the count is the delivery's.
    // (公司订购的8台H200服务器已全部运抵: the order names which goods arrived, too.)
    const arrivedLater =
      best &&
      ((best.c.role === 'quota' && ATTRIBUTIVE_GRANT.test(best.c.hit.words)) || best.c.role === 'order') &&
      best.c.hit.end <= q.index &&
      /^(?:进口|采购|引进|购买|购入)?的/u.test(text.slice(best.c.hit.end, best.c.hit.end + 3))
        ? cues.find((c) => c.role === 'delivery' && c.hit.index >= q.end && c.hit.index - q.end <= 30 && !/[，。；,;]/u.test(text.slice(q.end, c.hit.index)))
        : undefined;
    const chosen = arrivedLater ? { c: arrivedLater, d: 0 } : best;
    let role: QuantityRole = chosen && chosen.d <= 80 ? chosen.c.role : 'quota';
    const cue = chosen && chosen.d <= 80 ? chosen.c.hit.words : undefined;
    let holder: Named | undefined;
    if (role === 'quota') {
      const alloc = allocations.find((a) => cueDistance(text, span, a.hit) <= 40);
      // ("…to import jointly, Tencent's portion is close to 118,000": a holder's own portion nearer the figure than the word
      // for the group tells whose the figure is.)
      const ownPortion = alloc !== undefined && OWN_PORTION.test(alloc.hit.words);
      const grouped =
        q.aggregate ||
        groups.some((g) => cueDistance(text, span, g.hit) <= 30 && !(ownPortion && cueDistance(text, span, alloc.hit) < cueDistance(text, span, g.hit)));
      const near = holders
        .map((h) => ({ h, d: cueDistance(text, span, { index: h.index, end: h.end, words: h.words }) }))
        .filter((x) => x.d <= 45)
        .sort((a, b) => a.d - b.d);
      const sentenceHolders = new Set(holders.map((h) => h.id));
      // ("Alibaba's portion comes to 128,000", 阿里巴巴所得约为13.1万颗: a holder's own portion is a share of a quota held with
      // others, even when the others go unnamed.)
      if (!grouped && near.length && (alloc || (groupQuota && sentenceHolders.size === 1)) && (sentenceHolders.size >= 2 || groupQuota || ownPortion)) {
        role = 'allocation';
        holder = near[0]!.h;
      }
    }
    out.push({
      value: q.quantity.value,
      qualifier: q.quantity.qualifier,
      unit: q.quantity.unit,
      role,
      words: q.text,
      index: q.index,
      end: q.end,
      ...(holder ? { holder } : {}),
      ...(cue ? { cue } : {}),
    });
  }
  return out;
}
