/**
 * Finds counts of goods in headlines: "more than 400,000 Nvidia H200 chips", "40k",
 * "two million", "超过40万". Everything else that looks like a number is rejected on
 * purpose: percentages, money, years, dates, model numbers (H200) and references
 * (Section 232, FR 2026-00789), because a wrong quota is worse than a missing one.
 */
import type { Qualifier, Quantity } from '../../core/model.js';
import { NUMBER_CORE_SOURCE, QUALIFIER_SOURCES, numberValue } from '../../core/parse-quantity.js';
import type { Mention } from './gazetteer.js';

/** A quantity found in text, with its span. */
export interface FoundQuantity {
  quantity: Quantity;
  /** The words it was read from, qualifier and unit included ("more than 400,000 Nvidia H200 chips"). */
  text: string;
  index: number;
  end: number;
  /** True when "in total", "combined" etc. make it one figure for a group. */
  aggregate: boolean;
}

// Not glued to a Latin letter or digit (H200, B30A, 2026-00789, 10:30), nor after a currency
// sign or a decimal point. CJK letters may touch: 购买40万颗 is normal Chinese, and so may a headline's
// colon after them (明星电力回复投资者：50颗H200已到位, the full-width colon normalised).
const NUMBER = new RegExp(
  String.raw`(?<![\p{Script=Latin}\p{N}_.,/#$¥€£₩])(?<![\p{Script=Latin}\p{N}][-:])${NUMBER_CORE_SOURCE}` +
    String.raw`(?:(?<=[万亿千])|(?![\p{Script=Latin}\p{N}_]))`,
  'giu',
);
const SMALL_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SMALL_WORD_BEFORE = new RegExp(`\\b(${SMALL_WORDS.join('|')})[\\s-]+$`, 'iu');
const WORD_MAGNITUDES = new Set(['thousand', 'million', 'billion', 'mn', 'bn', 'mln', '万', '亿', '千']);

// ("orders climb past 2.8 million": a figure a count moves past is one it is now over; "Pipeline Passes 380,000 Delivered",
// "shipments topped 380,000": so is one it passes.)
const MOVED_PAST = String.raw`(?:(?:climb(?:s|ed)?|r(?:ise|ises|ose|isen)|jump(?:s|ed)?|surge(?:s|d)?|push(?:es|ed)?|gr(?:ow|ows|ew|own)|swell(?:s|ed)?)\s+past|pass(?:es|ed)?|surpass(?:es|ed)?|cross(?:es|ed)?|top(?:s|ped)?|exceeded)`;
// (A Chinese qualifier needs no break before it: 采购H200约5万颗, 订单H200逾5万颗 put it right after the item's name.)
// "order book nears 2.5 million", "approaching 700,000": close to the figure, below it.
const NEARING = String.raw`(?:nears|neared|nearing|approach(?:es|ed|ing))`;
const QUALIFIERS_BEFORE = [...QUALIFIER_SOURCES, [MOVED_PAST, 'over'] as const, [NEARING, 'about'] as const].map(
  ([source, q]) => [new RegExp(`(?:^|[^\\p{Script=Latin}\\p{N}_]|(?=\\p{Script=Han}))((?:${source})\\s*)$`, 'iu'), q] as const,
);
const CURRENCY_BEFORE = /(?:[$¥€£₩]|\b(?:USD|RMB|CNY|EUR|HKD|JPY|yuan|dollars?|euros?)|人民币|美元)\s*$/i;
const REFERENCE_BEFORE =
  /\b(?:section|sec\.|article|art\.|rule|no\.|number|part|title|chapter|form|item|page|docket|rin|fr|vol\.|volume|phase|version|step|round|rank(?:ed)?|gen(?:eration)?)\s*$|#\s*$|第\s*$|\b(?:stock\s+)?code\s*[:：]?\s*$|代码\s*[:：]?\s*$/i;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\.?\s*$`, 'u');
const MONTH_AFTER = new RegExp(String.raw`^\s*(?:of\s+)?${MONTH}\b`, 'u');
const MONEY_OR_PERCENT_AFTER = /^\s*(?:%|percent\b|per\s*cent\b|pct\b|percentage|dollars?\b|usd\b|yuan\b|rmb\b|euros?\b|yen\b|won\b|元|美元|人民币|港元)/i;
// Dates, times, ranges of references: "2026-01-15", "10:30", "2025/26", "0694-AK43".
const GLUED_AFTER = /^(?:[-/:.]\d|-[\p{L}\p{N}]*\d)/u;
const PLUS_AFTER = /^(?:\s*\+|-plus\b|\s+or\s+more\b|[余多](?=[颗片块枚台张套个]))/i;

const UNIT_AT =
  /^[\s-]*(?:(chips?|gpus?|units?|servers?|machines?|systems?|processors?|accelerators?|cards?|boards?)(?![\p{Script=Latin}])|(片|颗|块|枚|台))/iu;
const UNIT_NAMES: Record<string, string> = {
  chip: 'chips',
  chips: 'chips',
  gpu: 'GPUs',
  gpus: 'GPUs',
  unit: 'units',
  units: 'units',
  server: 'servers',
  servers: 'servers',
  machine: 'servers',
  machines: 'servers',
  system: 'servers',
  systems: 'servers',
  processor: 'processors',
  processors: 'processors',
  accelerator: 'accelerators',
  accelerators: 'accelerators',
  card: 'cards',
  cards: 'cards',
  board: 'boards',
  boards: 'boards',
  片: 'chips',
  颗: 'chips',
  块: 'chips',
  枚: 'chips',
  台: 'units',
};
// Counts of something that is not goods ("3万吨" of sugar, "14 routes").
const NOT_GOODS =
  /^[\s-]*(?:people|persons?|employees|workers|staff|jobs|firms|companies|customers|shares|stocks?|years?|months?|weeks?|days?|hours?|minutes?|times|points?|bps|basis|votes|pages|words|users|visitors|tons?|tonnes|km|miles|kg|kilograms?|litres?|liters?|barrels?|hectares?|acres?|routes?|flights?|vehicles?|cars?|stores?|branches|outlets?|人|家|名|年|月|日|天|元|倍|吨|公斤|千克|斤|升|平方米|亩|公里|千米|条|辆|架|艘|瓶|箱|头|户|次|股|项)(?![\p{Script=Latin}])/iu;
// Words a count may have between it and its unit ("400,000 Nvidia H200 chips").
const FILLER =
  /^[\s-]*(more|additional|new|advanced|high-end|ai|nvidia(?:'s)?|its|the|of|for|orders?|such|top-end|cutting-edge|h-series|finished|packaged|unsold|spare|completed|boxed|ready-to-ship|licensed|approved|authori[sz]ed|imported|cleared)(?![\p{Script=Latin}\p{N}])/iu;
// Words after which a bare count ends ("about 700,000 in stock").
const CONTINUES_BARE =
  /^(?:\s*$|\s*[,;.!?)"'|]|\s+(?:in|at|as|to|and|or|against|while|but|after|before|since|by|from|on|than|this|that|with|so|last|next|already|now|more|held|sitting|remaining|left|between|together|combined|altogether|collectively|jointly|each|units?|worth|of)\b|\s*[\p{Script=Han}])/iu;
const AGGREGATE_AFTER =
  /^[^,;.!?|]{0,25}?(?:\bin total\b|\bcombined\b|\baltogether\b|\bcollectively\b|\bbetween them\b|\bin aggregate\b|\bin all\b|总计|共计|合计|总共)/i;
// Before the number, in the same clause: "a combined 400,000", "collectively to buy 400,000".
const AGGREGATE_BEFORE =
  /(?:\bcombined|\ba total of|\btotal of|\bin total|\baltogether|\bcollectively|\bjointly|\btogether|总计|共计|合计|总共)[^,;.!?|]{0,25}$/i;

const ZH_QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:大约为|约为|约有|约达|大约|左右为|\ban estimated)\s*$/iu, 'about'],
  [/(?:不超过|最多|多达|至多)\s*$/u, 'up_to'],
  [/(?:至少|不少于|不低于)\s*$/u, 'at_least'],
  [/(?:不到|不足|少于|低于)\s*$/u, 'under'],
  [/(?:超过了|超出|高达|超|突破了?)\s*$/u, 'over'],
];
const RATIO = /每|\bper\b|\bfor (?:each|every)\b|\d\s*:\s*\d|\d\s*比\s*\d|\bratio\b|比例/i;

/** The qualifier the words just before a number give it ("more than", "about", 逾), the longest match winning, and their length. */
export function qualifierBefore(before: string): { qualifier: Qualifier; length: number } {
  let best = { qualifier: 'exact' as Qualifier, length: 0 };
  // The longest wins: "no more than" (up to) must beat "more than" (over).
  for (const [pattern, qualifier] of QUALIFIERS_BEFORE) {
    const m = pattern.exec(before);
    if (m && m[1]!.length > best.length) best = { qualifier, length: m[1]!.length };
  }
  return best;
}

const RANGE_END = new RegExp(String.raw`^${NUMBER_CORE_SOURCE}(?![\p{Script=Latin}\p{N}_])`, 'iu');
const RANGE_AFTER = /^\s*(至|到|-|–|~|to|and)\s*/i;
const TITLE_WORD_BEFORE =
  /\b(?:First|Initial|Another|Additional|More|Its|Their|Over|About|Around|Nearly|Almost|Some|Roughly|Final|Last|Remaining|Further|Latest|Extra|New|Next|All|Of|For|To|Up|On|In|With|By|Gets|Buys|Orders|Receives|Installs|Adds|Books|Wins|Secures)\s$/u;
const PART_OF_BEFORE = /\b(?:half|part|some|most|the rest|the remainder|a third|a quarter|two thirds|three quarters)\s+of\s+(?:the|its|their|those)\s+$/i;
const FRACTION_BEFORE = /\b(?:half|(?:a|one|three)[\s-]+quarters?\s+of)\s+$/i;
// "orders six H200 servers": a count spelled out as a word, told of goods named right after it (its value: its place + 1).
const SMALL_COUNTS = [...SMALL_WORDS, 'ten'];
// "the first four of its 12 H200 servers": a part told of a whole counts the whole's goods; the whole is no news.
const PART_OF_AFTER = /\s+of\s+(?:the|its|their|those)\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s)/iy;
// What may follow an item counted without a unit word before the sentence moves on ("orders six H200s for its lab").
const ITEM_COUNT_ENDS = /^(?:\s*$|\s*[,;.!?)"'|:]|\s+(?:for|to|in|at|from|and|as|with|this|on|by|worth|under|after|before|over|via|through)\b)/i;

/** Where the unit of a count ends, and which unit; null when a non-goods noun follows. */
function unitAfter(text: string, from: number, items: Mention[]): { unit?: string; end: number } | null {
  let pos = from;
  for (let step = 0; step < 4; step++) {
    const rest = text.slice(pos);
    if (step === 0 && NOT_GOODS.test(rest)) return null;
    const unit = UNIT_AT.exec(rest);
    if (unit) return { unit: UNIT_NAMES[(unit[1] ?? unit[2])!.toLowerCase()] ?? 'units', end: pos + unit[0].length };
    const skip = rest.length - rest.replace(/^[\s-]+/, '').length;
    const item = items.find((m) => m.index === pos + skip);
    if (item) {
      const after = UNIT_AT.exec(text.slice(item.end));
      // Without a unit word the item's own unit applies (the caller knows it).
      return after ? { unit: UNIT_NAMES[(after[1] ?? after[2])!.toLowerCase()] ?? 'units', end: item.end + after[0].length } : { end: item.end };
    }
    const filler = FILLER.exec(rest);
    if (!filler) break;
    pos += filler[0].length;
  }
  // No unit: a bare count is only trusted when the sentence moves on right after it.
  return CONTINUES_BARE.test(text.slice(from)) ? { end: from } : null;
}

/** Whether goods follow a spelled-out count with nothing between but words describing them ("six Nvidia H200 servers"). */
function goodsNamedAfter(text: string, from: number, items: Mention[], one: boolean): boolean {
  // ("eight-GPU servers" is a kind of server; "every two H200s" a ratio.)
  if (text[from] === '-' || /\bevery\s+\S+$/i.test(text.slice(Math.max(0, from - 12), from))) return false;
  const unit = unitAfter(text, from, items);
  if (!unit || unit.end === from || /\b(?:of|the|its|their|for|orders?|such)\b/i.test(text.slice(from, unit.end))) return false;
  // "two server makers": past one, goods are counted in the plural.
  if (!one && !/s$/i.test(text.slice(from, unit.end))) return false;
  if (unit.unit) return true;
  const item = items.find((i) => i.end === unit.end);
  return !!item && ITEM_COUNT_ENDS.test(text.slice(item.end));
}

/**
 * The unit a count from `from` to its unit word is in: "300,000 units" of a named item
 * counts the item in its own unit; undefined when nothing names one.
 */
function countedUnit(from: number, unit: { unit?: string; end: number }, items: Mention[], itemUnits: Record<string, string>): string | undefined {
  const itemOf = items.find((i) => i.index >= from && i.end <= unit.end) ?? (unit.unit ? items[0] : undefined);
  const generic = unit.unit === undefined || unit.unit === 'units';
  return generic ? ((itemOf ? itemUnits[itemOf.id] : undefined) ?? unit.unit) : unit.unit;
}

/** The unit of a bare count: that of the item the text is about ("a combined quota of 150,000"), else units. */
function defaultUnit(items: Mention[], itemUnits: Record<string, string>): string {
  return (items[0] ? itemUnits[items[0].id] : undefined) ?? 'units';
}

function isYear(digits: string): boolean {
  return /^(?:19|20)\d{2}$/.test(digits) || /^2100$/.test(digits);
}

/**
 * Every quantity of goods in the text. `items` are the item mentions in the same text;
 * a count followed by an item ("2 million H200s") takes that item's unit (`itemUnits`).
 */
export function findQuantities(text: string, items: Mention[], itemUnits: Record<string, string>): FoundQuantity[] {
  const out: FoundQuantity[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(NUMBER)) {
    if (m.index < lastEnd) continue; // inside the unit words of the previous quantity
    const digits = m[1]!;
    const magnitude = m[2];
    let start = m.index;
    const numberEnd = start + m[0].length;
    const isWord = /^[a-z]+$/i.test(digits);
    PART_OF_AFTER.lastIndex = numberEnd;
    const part = PART_OF_AFTER.exec(text);
    // "a m" in "10 am" is not a million: number words need a spelled-out magnitude after a space,
    // or to be a small count of goods named right after it ("six H200 servers", "four of its 12 servers").
    if (isWord && (!magnitude || !WORD_MAGNITUDES.has(magnitude.toLowerCase()) || !/\s/.test(m[0])))
      if (magnitude || !SMALL_COUNTS.includes(digits.toLowerCase()) || !(part || goodsNamedAfter(text, numberEnd, items, /^one$/i.test(digits)))) continue;
    // (numberValue reads no number word without a magnitude: only the small counts of goods let through above are.)
    let value = isWord && !magnitude ? SMALL_COUNTS.indexOf(digits.toLowerCase()) + 1 || null : numberValue(digits, magnitude);
    if (value === null) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    // "half a million", "a quarter of a million", "three quarters (three-quarters) of a million".
    const fraction = digits.toLowerCase() === 'a' ? FRACTION_BEFORE.exec(before) : null;
    if (fraction) {
      const share = /half/i.test(fraction[0]) ? 0.5 : /three/i.test(fraction[0]) ? 0.75 : 0.25;
      value = Math.round(value * share);
      start -= fraction[0].length;
    }
    // "four hundred thousand": the spelled-out multiplier before "hundred".
    const times = digits.toLowerCase() === 'hundred' ? SMALL_WORD_BEFORE.exec(before) : null;
    if (times) {
      value *= SMALL_WORDS.indexOf(times[1]!.toLowerCase()) + 1;
      start -= times[0].length;
    }
    if (!magnitude && digits.includes('.')) continue; // "1.5" alone is a version or a ratio
    // "Gaudi 3 chips", "Ascend 910 processors": a model number after a product name, not a count.
    // ("Takes Delivery of First 96 H200s": a headline's capitals on an ordinal or a bound are no product name.)
    if (!magnitude && value < 1000 && /\b\p{Lu}[\p{L}-]*\s$/u.test(before) && !TITLE_WORD_BEFORE.test(before)) continue;
    const after = text.slice(numberEnd);
    if (CURRENCY_BEFORE.test(before) || MONEY_OR_PERCENT_AFTER.test(after)) continue;
    if (REFERENCE_BEFORE.test(before) || GLUED_AFTER.test(after)) continue;
    // "top 10 buyers" ranks; "orders top 2 million" passes a figure (a qualifier, read below).
    if (!magnitude && value < 1000 && /\btop\s*$/i.test(before)) continue;
    if (!magnitude && value <= 31 && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) continue;

    // "half of the 192 chips it was cleared to import have arrived": the whole a part is told of, not the count told.
    if (PART_OF_BEFORE.test(before)) continue;
    // 上百万颗, 数十万, "hundreds of thousands": an order of magnitude, not a count.
    if (/(?:上|数|几)$/u.test(before) || /\b(?:hundreds|tens)\s+of\s+$/i.test(before)) continue;
    // "between 20,000 and 30,000", 三万至五万颗: a range reads as its lower bound, in the second number's unit.
    const range = RANGE_AFTER.exec(after);
    const ranged = range && (range[1] !== 'and' || /\bbetween\s+$/i.test(before)) && !/\bfrom\s+$/i.test(before) ? range : null;
    if (ranged) {
      const second = RANGE_END.exec(text.slice(numberEnd + ranged[0].length));
      if (second) {
        const secondEnd = numberEnd + ranged[0].length + second[0].length;
        const unit = unitAfter(text, secondEnd, items);
        if (unit) {
          const unitName = countedUnit(secondEnd, unit, items, itemUnits) ?? defaultUnit(items, itemUnits);
          const lead = /\bbetween\s+$/i.exec(before)?.[0].length ?? 0;
          out.push({
            quantity: { value, qualifier: 'at_least', unit: unitName },
            text: text.slice(start - lead, unit.end).trim(),
            index: start - lead,
            end: unit.end,
            aggregate: AGGREGATE_AFTER.test(text.slice(unit.end)) || AGGREGATE_BEFORE.test(text.slice(Math.max(0, start - 45), start)),
          });
          lastEnd = unit.end;
          continue;
        }
      }
    }
    // "400,000+ chips", "400,000 or more", 2100余颗: a lower bound written after the number.
    const plus = PLUS_AFTER.exec(after);
    // (A whole told in another magnitude, "400,000 of the 2 million chips", leaves the part a count of its own.)
    const unit = (part && !plus ? unitAfter(text, numberEnd + part[0].length, items) : null) ?? unitAfter(text, numberEnd + (plus?.[0].length ?? 0), items);
    if (!unit) continue;
    const unitName = countedUnit(numberEnd, unit, items, itemUnits);
    const counted = unitName !== undefined;
    const q = qualifierBefore(before.slice(0, before.length - (m.index - start)));
    let qualifier = q.qualifier;
    if (qualifier === 'exact') {
      // Chinese qualifiers the shared list leaves out: 约为, 超, 多达, 不到... ("an estimated 650,000" is about that many.)
      const zh = ZH_QUALIFIERS.find(([re]) => re.test(before));
      if (zh) {
        qualifier = zh[1];
        q.length = zh[0].exec(before)![0].length;
      }
    }
    // "每采购1颗须搭配2颗", "one domestic chip for each H200": a ratio, not a count.
    if (!magnitude && value < 100 && RATIO.test(text.slice(Math.max(0, start - 30), Math.min(text.length, numberEnd + 30)))) continue;
    // A bare four-digit year-like number is a year unless it clearly counts goods.
    // A measure word glued to it (2000台, 2000 servers) makes a count, never a year (年).
    const glued = unit.unit !== undefined && /^\s?[\p{Script=Han}A-Za-z]/u.test(after) && UNIT_AT.test(after);
    // (2100余颗, "2,100+ chips": a bound written after it counts goods too.)
    if (!magnitude && isYear(digits) && !(unit.unit && (qualifier !== 'exact' || glued || plus))) continue;
    // "(03888.HK)", 第四范式（06682）: a stock code is not a count.
    if (
      /^\.(?:HK|SZ|SH|SS)\b/i.test(text.slice(numberEnd, numberEnd + 4)) ||
      (/[(（]\s*$/u.test(text.slice(Math.max(0, start - 2), start)) && /^\s*(?:\.[A-Z]{1,2})?[)）]/u.test(text.slice(numberEnd, numberEnd + 5)))
    )
      continue;
    // Small bare numbers ("3 firms", "top 10") are noise unless they count goods.
    if (!magnitude && !counted && value < 1000) continue;
    // ("400,000 or more" counts the number itself: at least that many; "400,000+", 2100余颗: more than it.)
    if (plus && qualifier === 'exact') qualifier = /or\s+more/i.test(plus[0]) ? 'at_least' : 'over';
    let end = Math.max(unit.end, numberEnd + (plus?.[0].length ?? 0));
    // 3500颗左右, 规模在3500颗上下: "or so"; 40万颗以上 "or more", 5万颗以内 "or fewer": written after the count.
    const written = qualifier === 'exact' ? /^\s*(?:(左右|上下)|(以上)|(以内))/u.exec(text.slice(end)) : null;
    if (written) {
      qualifier = written[1] ? 'about' : written[2] ? 'over' : 'up_to';
      end += written[0].length;
    }
    // "its first 20,000 or so H200s", "5,000 or more", "1,000 or fewer": the same bounds in English.
    const spelled = qualifier === 'exact' ? /^\s+or\s+(?:(so|thereabouts)|(more)|(fewer|less))\b/i.exec(text.slice(end)) : null;
    if (spelled) {
      qualifier = spelled[1] ? 'about' : spelled[2] ? 'at_least' : 'up_to';
      end += spelled[0].length;
    }
    start -= q.length;
    const aggregate = AGGREGATE_AFTER.test(text.slice(end)) || AGGREGATE_BEFORE.test(text.slice(Math.max(0, start - 45), start));
    out.push({
      // "a combined quota of 150,000": a bare count of the item the text is about is in its unit.
      quantity: { value, qualifier, unit: unitName ?? defaultUnit(items, itemUnits) },
      text: text.slice(start, end).trim(),
      index: start,
      end,
      aggregate,
    });
    lastEnd = end;
  }
  return out;
}
