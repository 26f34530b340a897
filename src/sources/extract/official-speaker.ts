/**
 * Whose words an official cue is. "Official" certainty means an authority said it (a ministry,
 * a department, the Federal Register); a company announcing, confirming or filing a notice
 * about its own permit (物产中大：…暂停事项公告, 网宿科技晚间公告称, "Tongwei confirms the ministry
 * cleared…", "NVIDIA Corporation received notice from the Department") is the company's report.
 */
import type { Hit } from './phrase-index.js';
import type { Range } from './text-units.js';

// Cues only an authority gives: a spokesperson's answer, a rule or its draft, "the ministry said".
const AUTHORITY_CUE =
  /新闻发言人|发言人|答记者问|新闻发布会|发布会|征求意见稿|部表示|部称|部指出|部回应|局表示|federal register|rule|request for comments|ministry|department|spokes(?:person|man|woman)/i;

// Who may stand before the cue as its speaker: an authority...
const AUTHORITY_WORDS = String.raw`商务部|外交部|工信部|发改委|海关|国务院|政府|主管部门|监管部门|有关部门|商务厅|商务局|对外贸易司|[安制]局|发言人|白宫|中方|美方|\b(?:ministry|department|commerce|mofcom|bis|bureau|government|beijing|china|washington|white house|regulators?|officials?|agency|administration|customs|spokes(?:person|man|woman))\b`;
const AUTHORITY_ACTOR = new RegExp(AUTHORITY_WORDS, 'giu');
const AUTHORITY_NAME = new RegExp(AUTHORITY_WORDS, 'iu');
// ...or a company: its own words for itself, its stock code, how filings are dated (晚间公告), a notice received.
const FIRM_ACTOR =
  /公司|集团|本行|该行|[（(]\d{4,6}(?:\.HK)?[)）]|晚间|[发發](?:布)?(?:自愿|自願)|自愿|自願|提示性|投资者|\b(?:company|firm|group|inc|corp|corporation|ltd|limited|holdings|we)\b/giu;
// A company's disclosure opening the sentence (罗牛山股份有限公司披露，…, 公司公告称：…).
const FIRM_DISCLOSES = /(?:公司|集团|本行|[（(]\d{4,6}(?:\.HK)?[)）])(?:在公告中|于公告中)?(?:披露|公告称|表示|宣布|透露|证实|确认)[，,：:]/u;
// 收到商务部书面通知: the authority a notice came from does not speak it.
const RECEIVED_FROM = /(?:收到|接到|取得|获得)了?$/u;
// "Tongwei confirms", "UnionPay has confirmed": a name right before the cue's verb.
const NAME_BEFORE = /([A-Z][\p{L}&.'-]*(?:\s+[A-Z][\p{L}&.'-]*)*)\s+(?:has\s+|had\s+|also\s+)?$/u;

/** Where the last match of `pattern` in `text` ends, or -1; `skip` passes over matches it rejects. */
function lastEnd(pattern: RegExp, text: string, skip?: (index: number) => boolean): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) if (!skip?.(m.index)) last = m.index + m[0].length;
  return last;
}

/**
 * True when the official cue `hit` in sentence `s` is a company's: the nearest speaker before
 * it is a firm (a name in `firms`, a capitalised name right before the verb, or a company's own
 * words) rather than an authority.
 */
export function firmSpeaks(text: string, s: Range, hit: Hit, firms: readonly { index: number; end: number }[]): boolean {
  if (AUTHORITY_CUE.test(hit.words)) return false;
  const before = text.slice(s.start, hit.index);
  // 公司披露，商务部已书面通知暂停…: the company telling what the authority notified it of is the company's report.
  if (FIRM_DISCLOSES.test(before)) return true;
  const authority = lastEnd(AUTHORITY_ACTOR, before, (i) => RECEIVED_FROM.test(before.slice(0, i)));
  const named = firms.filter((f) => f.index >= s.start && f.end <= hit.index).reduce((m, f) => Math.max(m, f.end - s.start), -1);
  const own = lastEnd(FIRM_ACTOR, before);
  const name = NAME_BEFORE.exec(before)?.[1];
  // ("China UnionPay has confirmed": a country opening a firm's name does not make the firm an authority.)
  const capitalised = name && !AUTHORITY_NAME.test(name.replace(/^(?:China|Chinese)\s+(?=[A-Z])/u, '')) ? before.length : -1;
  return Math.max(named, own, capitalised) > authority;
}
