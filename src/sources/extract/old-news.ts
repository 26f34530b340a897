/**
 * Old news told again: the past perfect ("had approved"), a since-clause, the restatement
 * words of the lexicon ("earlier this month", 此前), and a month before the item's own
 * ("in January", "January's orders", 1月) dating the event nearest to it.
 */
import { lexicon } from './lexicon.js';
import { hits, type Hit } from './phrase-index.js';
import { HAN_CLAUSE_SPACE, type Range } from './text-units.js';
import { overlaps, within } from './hit-ranges.js';

// "had been waiting for approval", "had approved": the past perfect tells background.
const HAD_BEFORE = /\bhad\s+(?:(?:been|already|previously|earlier|first|long)\s+){0,2}$/i;
// "the first delivery since Beijing allowed purchases": a since-clause dates what it names.
const SINCE_BEFORE =
  /\b(?:since|ever since)\s+(?:[\p{L}'-]+\s+){0,3}$|\b(?:weeks?|days?|months?|years?|hours?|shortly|soon|just)\s+after\s+(?:(?:it|they|the company|the firm|\p{Lu}[\p{L}'-]*)\s+(?:had\s+)?)?$/iu;

/**
 * "Earlier this month, Chinese firms ordered ...", 此前，商务部批准: a time adverbial put first in
 * its sentence dates the clause after its comma.
 */
function fronted(text: string, s: Range, r: Hit, t: Hit): boolean {
  return (
    r.end <= t.index &&
    !text.slice(s.start, r.index).trim() &&
    !/[;:；]/u.test(text.slice(r.end, t.index)) &&
    (text.slice(r.end, t.index).match(/[,，]/gu) ?? []).length === 1
  );
}

/** A span with the commas of a list of names ("ByteDance, Alibaba and Tencent") and of numbers ("700,000") taken out. */
function listJoined(span: string): string {
  return span.replace(/,\s+(?=(?:and\s+)?\p{Lu})|(?<=\d),(?=\d{3})/gu, ' ');
}

// 已于近期, 已于上周, 已于春节后, 已于5月上旬: "has, on <a date>," dates the event; how old a named month is, pastMonths decides.
const RECENT_AFTER =
  /^(?:近期|近日|日前|本周|本月|今日|今天|昨日|昨天|当天|当日|上周|周[一二三四五六日]|春节后|节后|年后|\d{1,2}\s*月(?:\s*\d{1,2}\s*日|上旬|中旬|下旬|初|底|末))/u;

const STANDS_AT_FIGURE = /^\s+(?:at|near|around|about|close to|roughly)\s+(?:(?:about|around|roughly|some|nearly|just)\s+)?\d/i;
const CHANGED_AFTER = /^[^，。,;；]{0,6}?(?:下调|上调|削减|缩减|追加|提高|降低|压缩|压|减|增|调整|提升|扩大|砍)(?:至|到|为)/u;

// A headline's next clause, after a space, opening with someone saying or denying something (公司否认称…, 腾讯回应…).
const SPEAKER_CLAUSE_BETWEEN = /\p{Script=Han}\s+[^，,。；;\s]{0,6}?(?:否认|回应|表示|澄清|称)/u;

/** Whether the trigger is told in reported speech, or as a tally sourced or dated after it (see restatedNear). */
function reportedSpeech(text: string, s: Range, t: Hit): boolean {
  return (
    /\b(?:said|says|told|confirmed|announced|stated|added)\b/i.test(text.slice(s.start, t.index)) ||
    /^[^.;]*?\baccording to\b|^[^.;]{0,60}?\bby\s+(?:the\s+(?:end|middle|close)\s+of\s+|late\s+|mid-?)(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i.test(
      text.slice(t.end, s.end),
    )
  );
}

/** The old-news words that make a trigger a restatement, if any. */
export function restatedNear(text: string, s: Range, t: Hit, restatements?: readonly Hit[]): string | undefined {
  const before = text.slice(Math.max(s.start, t.index - 40), t.index);
  // "the ministry said Alibaba had been approved": reported speech shifts the tense back, it does not date the event.
  // (So does "…had taken in 120,000 chips by the end of September, according to people at its suppliers": the sourcing
  // after it, or a "by" naming the point the count runs to, makes it a tally up to then, not background.)
  // (Asked only where a "had" is found: most triggers have none.)
  const hadBefore = HAD_BEFORE.exec(before);
  const had = (hadBefore && !reportedSpeech(text, s, t) ? hadBefore : null) ?? SINCE_BEFORE.exec(before);
  if (had) return had[0].trim();
  return (restatements ?? hits(lexicon().restatement, text)).find(
    (r) =>
      within(r, s) &&
      // 已于近期下单: "has, recently," dates the event now, not before.
      !(r.words === '已于' && RECENT_AFTER.test(text.slice(r.end, r.end + 6))) &&
      // "inventory stands near 600,000": a figure standing at a level is today's figure, not terms standing.
      // ("165 firms now stand in line for permits": standing in a queue is the wait told, not terms standing.)
      !(
        /^stands?$/i.test(r.words) &&
        (STANDS_AT_FIGURE.test(text.slice(r.end, r.end + 30)) || /^\s+in\s+(?:the\s+)?(?:line|queue)\b/i.test(text.slice(r.end, r.end + 14)))
      ) &&
      // 此前提交的申请已被驳回: the marker dates the relative clause before 的, not the predicate after 已/被 (此前获得的进口资格已被
      // 撤销: the trigger may hold the 已/被 itself).
      !(r.end <= t.index && /的[^，。,;；]*(?:已经?|被)[^，。,;；]*$/u.test(text.slice(r.end, t.end))) &&
      // (此前提交的进口申请确未获得许可: so does a predicate the trigger itself opens, right after the request.)
      !(r.end <= t.index && /的[^，。,;；]*(?:申请|请求)$/u.test(text.slice(r.end, t.index)) && /^(?:确|已|被|未|没有|并未|获)/u.test(t.words)) &&
      // 将此前下达的订单下调至20万颗: the marker dates the noun's relative clause; the change after it is news.
      !(r.end <= t.index && /的[^，。,;；]{0,8}$/u.test(text.slice(r.end, t.index)) && CHANGED_AFTER.test(text.slice(t.end, t.end + 12))) &&
      !(/^had\b/i.test(r.words) && reportedSpeech(text, s, t)) &&
      // "applies to import H200s after ruling it out last month": the marker dates the earlier act an after-clause names.
      !(r.index >= t.end && /\b(?:after|since)\s+\w+ing\b/i.test(text.slice(t.end, r.index))) &&
      // "have shipped 330,000 H200s into China since the approvals": a since-phrase after the event dates the start of a
      // span running to now, so what it tells is today's tally, not old news.
      !(r.index >= t.end && /^since\b/i.test(r.words)) &&
      // 自上月获批以来，腾讯陆续收到…: a marker inside a "since…" clause dates its start; what follows the clause is now.
      !(r.end <= t.index && /^自/u.test(r.words) && /以来$/u.test(r.words)) &&
      // "submitted a new application after its earlier licence was withdrawn": "its earlier" dates the noun it opens, not a
      // trigger told before it.
      !(r.index >= t.end && /\bearlier$/iu.test(r.words)) &&
      // "accepting a licence condition officials floated last month": the marker dates the other verb that comes before it.
      !(r.index >= t.end && /\S\s+(?:[a-z]+\s+)?(?!(?:need|seed|feed|speed|bleed|breed|shed|red|bed)\s)[a-z]{2,}ed\s+$/u.test(text.slice(t.end, r.index))) &&
      // 网传腾讯接受…条款 公司否认称仍在沟通: a marker in a later clause of a headline, told by someone answering after the
      // space that closes this one, tells of what they say ("still talking"), not of this event.
      !(r.index >= t.end && SPEAKER_CLAUSE_BETWEEN.test(text.slice(t.end - 1, r.index))) &&
      (overlaps(r, t) || (r.end <= t.index ? t.index - r.end : r.index - t.end) <= 50) &&
      (!/[,;:，；]/u.test(listJoined(text.slice(Math.min(r.end, t.end), Math.max(r.index, t.index)))) || fronted(text, s, r, t)) &&
      // (高于此前市场估计, 低于早前的预期: an earlier estimate the figure is compared with is no event restated.)
      !(/^(?:此前|早前|先前)$/u.test(r.words) && EARLIER_ESTIMATE_AFTER.test(text.slice(r.end, r.end + 8))) &&
      // 节前到港H200合计约6.3万颗 多数仍在海关查验, 配额合共逾40萬顆 比例仍在磋商: "still" opening a headline's later clause, after
      // the space, says where the goods or the terms stand now; it does not restate the event the first clause tells (其余企业仍在
      // 排队, a clause of other firms, still tells of them).
      !(r.words === '仍在' && r.index >= t.end && STILL_CLAUSE.test(text.slice(t.end, r.index))),
  )?.words;
}

const EARLIER_ESTIMATE_AFTER = /^的?(?:市场|外界|业界|机构|分析师)?的?(?:估计|预期|预估|估算|测算|传闻|说法|统计)/u;
const STILL_CLAUSE = new RegExp(String.raw`${HAN_CLAUSE_SPACE}(?:(?!企业|公司|厂商|平台|巨头|大厂)[^，。；,;\s]){0,10}$`, 'u');

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "since July", 7月以来: a span up to now, so what it counts is today's figure, not old news.
const MONTH_MARK =
  /\b(?:[Ii]n|[Dd]uring)\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|\b(January|February|March|April|June|July|August|September|October|November|December)'s\b|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(January|February|March|April|June|July|August|September|October|November|December)\b(?!\s+\d)|\b(January|February|March|April|June|July|August|September|October|November|December)\s+(?=(?:nod|approvals?|decision|grant|quota|orders?|licen[cs]es?|clearance|go-ahead|numbers|figures|deal|terms)\b)|(?<!\d)(\d{1,2})\s*月(?!\s*\d{1,2}\s*日|以来|起)|(?<![明后])(年初)/gu;
// "不到1月水平的三成", "below January levels": a month named as the level compared with.
const LEVEL_AFTER = /^\s*(?:'s\s+)?(?:的)?(?:水平|levels?\b)/i;
const RULE_AFTER = /^\s*(?:rule|rules|policy|policies|regulation|review|framework|guidance|deal|pledge|规则|政策|规定|新规|审查)/i;

/**
 * Months before the item's own month named in a sentence ("in January", "January's orders",
 * 1月): what is dated then is old news. "the January rule" names a rule, not a date.
 */
export function pastMonths(text: string, s: Range, publishedAt: string | undefined): (Hit & { back: number })[] {
  const pub = Number((publishedAt ?? '').slice(5, 7));
  if (!pub) return [];
  const out: (Hit & { back: number })[] = [];
  MONTH_MARK.lastIndex = s.start;
  for (let m = MONTH_MARK.exec(text); m && m.index < s.end; m = MONTH_MARK.exec(text)) {
    const end = m.index + m[0].length;
    // "较1月有所减少", "compared with January": a comparison, not a date of the event.
    if (
      end > s.end ||
      RULE_AFTER.test(text.slice(end)) ||
      LEVEL_AFTER.test(text.slice(end, end + 12)) ||
      /(?:较|比|相比|[由从]|高于|低于|多于|少于|超过|约为|为|相当于|compared (?:with|to)|versus|vs\.?|above|below|(?:up |down )?from(?: just| roughly| about| over)?)\s*$/i.test(
        text.slice(Math.max(s.start, m.index - 14), m.index),
      ) ||
      // "more than 2.8 million, against roughly 2 million in January": the month dates the figure compared with.
      /\b(?:against|compared (?:with|to)|versus|vs\.?|(?:up |down )?from)\s+(?:(?:roughly|about|around|some|nearly|just|over|more than)\s+)?[\d.,]+(?:\s*(?:million|thousand|m|k))?(?:\s+(?:chips|units|H200s?))?\s*$/i.test(
        text.slice(Math.max(s.start, m.index - 48), m.index),
      )
    )
      continue;
    const month = m[6] ? 1 : m[5] ? Number(m[5]) : MONTH_NAMES.indexOf((m[1] ?? m[2] ?? m[3] ?? m[4])!.slice(0, 3).toLowerCase()) + 1;
    const back = (pub - month + 12) % 12;
    // "January's orders", "the January nod", 年初: a month named as the event's own is behind
    // the item however far back; "in March" may still be ahead, so only the last half-year counts.
    const pastVerb =
      !!m[1] &&
      /\b(?:[a-z]+ed|decision|approval|nod|move|ruling|go-ahead)\s+$/u.test(text.slice(Math.max(s.start, m.index - 20), m.index)) &&
      !/\b(?:will|to|would|shall)\s+be\s+[a-z]+ed\s+$/i.test(text.slice(Math.max(s.start, m.index - 30), m.index)) &&
      // "more shipments expected in March": a participle that looks ahead names a month to come.
      !/\b(?:expected|scheduled|planned|slated|projected|forecast|anticipated|pencilled|penciled|targeted)\s+$/i.test(
        text.slice(Math.max(s.start, m.index - 20), m.index),
      );
    const furthest = m[2] || m[3] || m[4] || m[6] || pastVerb ? 11 : 6;
    // "1月底", "late January": the end of last month is recent news, not a restatement.
    const late =
      back === 1 &&
      (/^\s*(?:底|末|下旬)/u.test(text.slice(end, end + 3)) || /\b(?:late|end of)\s+$/i.test(text.slice(Math.max(s.start, m.index - 8), m.index + 3)));
    if (month >= 1 && month <= 12 && back >= 1 && back <= furthest && !late) out.push({ index: m.index, end, words: m[0], back });
  }
  return out;
}

export function nearestTrigger(triggers: { hit: Hit }[], m: Hit): Hit | undefined {
  return triggers
    .map(({ hit }) => ({ hit, d: hit.end <= m.index ? m.index - hit.end : hit.index >= m.end ? hit.index - m.end : 0 }))
    .filter((x) => x.d <= 50)
    .sort((a, b) => a.d - b.d)[0]?.hit;
}
