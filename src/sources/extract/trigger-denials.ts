/**
 * What denies a trigger: a negation close before it (or in the gap of its own words), or a
 * denial of the report around it ("reports that … are inaccurate", 有关…的传言不实).
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';
import type { Range } from './text-units.js';
import { NO_SUBJECT_PASSIVE, OBTAINED_BETWEEN, POSTPOSITIVE_DENIAL, REPORT_OPENER } from './told-patterns.js';

const NEGATED_ARRIVAL = /^(?:到货|到港|运抵|交付|发货)/u;
// A passive's participle ends the trigger: "revoked", and "withdrawn", "frozen", "taken back" too.
const PARTICIPLE_END = /(?:ed|en|wn|\bback)$/i;

/** The negation that denies the trigger at `hit`, if any: the first in reach, in its sentence. */
export function negationOf(text: string, s: Range, hit: Hit, kind: CandidateKind, negations: readonly Hit[]): Hit | undefined {
  return negations
    .filter(
      (n) =>
        // ("permit has not been withdrawn": a negation in the gap of a trigger's own words negates it too.)
        ((n.index < hit.index && n.end <= hit.end) || (kind !== 'denial' && n.index > hit.index && n.end < hit.end)) &&
        // "has not told firms to stop buying": a negation reaches over a short command, not a clause.
        hit.index - n.end <=
          (/^\s*(?:\w+\s+){0,1}(?:told|asked|instructed|ordered|directed|required)\b/i.test(text.slice(n.end, hit.index)) ||
          OBTAINED_BETWEEN.test(text.slice(n.end, hit.index)) ||
          /(?:获得|取得|拿到|得到)[^，。,;；]{0,20}$/u.test(text.slice(n.end, hit.index)) ||
          // 从未就引进英伟达H200向商务部报送申请: a negation reaches over what a request was about and to whom.
          // (从未向商务部提出英伟达H200进口申请: the goods may be named between the verb and the request.)
          /^(?:就|向|为)[^，。,;；]{0,40}(?:报送|提交|递交|提出|上报)(?:过|了)?(?:任何)?(?:此类|相关)?(?:英伟达|H\d{2,3}|芯片|的)*(?:进口|购买|采购)?(?:许可)?$/u.test(
            text.slice(n.end, hit.index),
          ) ||
          (/^(?:no|none of)$/i.test(n.words) && PARTICIPLE_END.test(hit.words) && NO_SUBJECT_PASSIVE.test(text.slice(n.end, hit.index)))
            ? 90
            : 14) &&
        n.index >= s.start &&
        // "on a no-resale pledge": "no" opening a compound names a term, it negates nothing.
        !(/^no$/i.test(n.words) && text[n.end] === '-') &&
        // "no fewer than 150,000", "not more than 5,000": a bound on a figure, not a negation of the event.
        !(/^(?:no|not)$/i.test(n.words) && /^\s+(?:fewer|less|more|greater|later|earlier|sooner)\s+than\b/i.test(text.slice(n.end, n.end + 16))) &&
        // "none of its approval had been suspended": "none of" denies the verb it is the subject of, not a noun.
        !(/^none of$/i.test(n.words) && !PARTICIPLE_END.test(hit.words)) &&
        !/[,;.:，。；]/u.test(text.slice(n.end, hit.index)) &&
        // 因买家未交审计报告 美国冻结…, 中国买家未按时提交用途报告 美方暂停…: a headline's space between Chinese clauses
        // closes the clause the negation is in; it negates what that clause says (a reason, a lapse), not the next one.
        // (北漪数据实控人变更未报备 H200进口许可…被收回: the next clause may open with the item's model; 能耗未达标 14家企业…被拒: or a count.)
        !/\p{Script=Han}\s+(?:\p{Script=Han}|H\d|\d)/u.test(text.slice(n.index, hit.index + 1)) &&
        // 申请未通过最终用户核查 依法不予许可: a check not passed is the grounds of a refusal, it does not negate it.
        !(kind === 'denial' && /^(?:能)?(?:通过|满足|符合)/u.test(text.slice(n.end, n.end + 3))) &&
        // 未到货H200额度, 未到货部分依规收回: the negation is the goods' own, not the quota's or its taking back.
        !(kind !== 'delivery' && NEGATED_ARRIVAL.test(text.slice(n.end, hit.index))),
    )
    .sort((a, b) => a.index - b.index)[0];
}

// (The claim's clause ends; the next opens on whoever answers, ≤ 12 characters, then 对此/对该说法 and 予以 or 作出.)
const NEXT_CLAUSE_SPEAKER = String.raw`^[^，,。；;]{0,16}[，,]\s*[^，,。；;\s]{1,12}`;
const DENIED_IN_NEXT_CLAUSE = new RegExp(
  String.raw`${NEXT_CLAUSE_SPEAKER}?(?:对此|对该(?:说法|消息|传闻|报道|传言))(?:予以|作出|进行|明确)?$|${NEXT_CLAUSE_SPEAKER}?予以$`,
  'u',
);

const SPEAKER_IN_NEXT_CLAUSE = new RegExp(`${NEXT_CLAUSE_SPEAKER}$`, 'u');
const THIS_REPORT_AFTER = /^了?(?:这一|这个|该|此|上述|这种|这些|相关)(?:说法|消息|传闻|报道|传言)/u;

/** The denial of the report the trigger at `hit` tells, if any. */
export function reportDenialOf(text: string, s: Range, hit: Hit, reportDenials: readonly Hit[]): Hit | undefined {
  // "reports that the licences had been suspended are inaccurate", 有关…被暂停的消息不实: the claim
  // opened before the trigger, its denial after it.
  return (
    reportDenials.find((d) => d.end <= hit.index) ??
    reportDenials.find(
      (d) =>
        d.index >= hit.end &&
        POSTPOSITIVE_DENIAL.test(d.words) &&
        (REPORT_OPENER.test(text.slice(Math.max(s.start, hit.index - 60), hit.index)) ||
          // 字节获批追加额度？公司：消息不实: a headline's question answered by a denial.
          /[？?]/u.test(text.slice(hit.end, d.index)) ||
          // 关于…许可被叫停的传言不实: the report named right after the claim is what the denial answers.
          // (撤销…许可一说毫无根据: 一说, "the claim", names it without 的.)
          // (…被暂停传闻：与事实不符: a headline's colon may stand between the report and its denial.)
          /^[^，,。；;]{0,24}?(?:的?(?:有关|相关)?(?:传言|传闻|消息|报道|说法)|一说)(?:均|纯属|系|是|为|并|完全)?\s*[：:]?\s*$/u.test(
            text.slice(hit.end, d.index),
          ) ||
          // (…被撤销的说法并不正确: or the report is named in the denial's own words.)
          (/^(?:说法|报道|消息|传闻)/u.test(d.words) && /^[^，,。；;]{0,24}$/u.test(text.slice(hit.end, d.index))) ||
          // 许可被暂停系不实消息: a copula makes the denial the predicate of the claim just told.
          (/(?:系|是|为|属|纯属|均为)\s*$/u.test(text.slice(Math.max(hit.end, d.index - 3), d.index)) && !/[，,]/u.test(text.slice(hit.end, d.index)))) &&
        !/[;；。]/u.test(text.slice(hit.end, d.index)),
    ) ??
    // 网传腾讯接受…条款 公司否认称仍在沟通: a headline telling what is said, then, in its next clause, whoever denies it.
    reportDenials.find(
      (d) =>
        d.index >= hit.end &&
        /^(?:否认|辟谣|驳斥)$/u.test(d.words) &&
        REPORT_OPENER.test(text.slice(Math.max(s.start, hit.index - 30), hit.index)) &&
        (/\p{Script=Han}\s+[^，,。；;\s]{0,8}$/u.test(text.slice(hit.end - 1, d.index)) ||
          // 市场传闻商务部已叫停H200进口，商务部新闻发言人对此予以否认: or in the next clause, whose speaker answers "this".
          DENIED_IN_NEXT_CLAUSE.test(text.slice(hit.end, d.index)) ||
          // (…被暂停，腾讯否认了这一说法: or whose denial names the report after it.)
          (SPEAKER_IN_NEXT_CLAUSE.test(text.slice(hit.end, d.index)) && THIS_REPORT_AFTER.test(text.slice(d.end, d.end + 8)))) &&
        !/[;；。]/u.test(text.slice(hit.end, d.index)),
    )
  );
}
