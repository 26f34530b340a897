/**
 * What happened and how sure: trigger words per kind, then each trigger's certainty from
 * the words around it in its sentence (negation just before it, a denial of the report,
 * hedges, an official statement) and whether it is old news restated.
 */
import type { CandidateKind, Certainty } from './candidate.js';
import { lexicon, officialHits } from './lexicon.js';
import { hits, type Hit } from './phrase-index.js';
import { answerStart, type Range } from './text-units.js';
import { nearestTrigger, pastMonths, restatedNear } from './old-news.js';
import { comesAfter, notYetDecided, TALLY_AFTER } from './trigger-context.js';

import {
  BACKGROUND_BEFORE,
  GRANT_NOUN,
  REPORT_OBJECT,
  AUTHORITY_SUBJECT,
  REPORT_NOUN,
  POSTPOSITIVE_DENIAL,
  REJECTED_BEFORE,
  QUESTION_START,
  REPORTED_CONTENT_BEFORE,
  FINAL_RULE,
  PROPOSED_RULE,
  REQUIRE_WORD,
  PERMISSION_STANDS,
} from './told-patterns.js';
import { withConditionVerbs } from './condition-verbs.js';
import { toldHere } from './told-here.js';
import { answeredClaim } from './answered-claim.js';
import { inHedgeScope } from './hedge-scope.js';
import { itemWide } from './item-wide.js';
import type { Trigger } from './trigger.js';
import { overlaps, within } from './hit-ranges.js';
import { findTriggers } from './find-triggers.js';
import { outsideWaitingFirms } from './waiting-firms-phrases.js';
import { consideration, hedgeHits } from './hedge-hits.js';
import { negationOf, reportDenialOf } from './trigger-denials.js';

// Delivery words that say the chips are in use (投入使用, "switched on"): their negation leaves the delivery standing.
const IN_USE = /投入使用|交付使用|上线|点亮|投运|投入运行|上架|\b(?:switch|power|brought\s+online|bring|went\s+live|goes\s+live|go\s+live|install)/iu;
// Words of a requirement still being weighed ("considering a requirement that …").
const DELIBERATING = /\b(?:weigh|mull|consider|debat|discuss)/i;
// "As previously disclosed, ...", 如前所述: a sentence that opens by saying it repeats an earlier disclosure.
const RETOLD_SENTENCE =
  /^\s*(?:as\s+(?:(?:previously|earlier|already)\s+)?(?:disclosed|announced|reported|stated|noted)\b|如前所述|正如此前(?:披露|公告|报道)|此前已(?:披露|公告))/i;

// 优信本月早些时候还披露，…获商务部许可: a firm's earlier disclosure, retold beside a headline about its other news.
const EARLIER_DISCLOSED =
  /^\s*[\p{Script=Han}A-Za-z]{0,10}?(?:本月早些时候|本月初|月初|上月|此前|早前|本月刚|上周|前不久)(?:还|曾|已|刚)?(?:披露|公告|确认|宣布|表示|透露)(?:称|过)?/u;

const ANSWERED_NEVER = /^\s*[\p{Script=Han}A-Za-z]{0,8}?(?:回应|回复|表示|澄清|称)\s*[：:]?\s*(从未|从来没有|并未|不存在)/u;

// An answer to a headline's question that says neither yes nor no (以公告为准, 不予置评, 正在核实); an answer by sources that
// explains it (知情人士称系…) confirms it, hedged.
const ANSWER_GIVEN =
  /^\s*[^，。；？?]{0,12}?[：:]?\s*[^，。；？?]{0,6}?(?:以(?:公司)?(?:公告|披露|官方信息|正式公告|官方公告)为准|不予置评|不作评论|无可奉告|暂不回应|未予回应|不便透露|不便回应|不方便透露|正在核实|暂无(?:可以)?(?:披露|发布|透露)的信息)/u;

// An answer that gives nothing: 我目前没有可以发布的信息, 无可奉告, 不作评论.
const NO_INFORMATION = /没有(?:可以|可)?(?:发布|提供|透露)的信息|暂无(?:可以)?(?:发布|提供)的信息|无可奉告|不作评论|不予置评|暂不评论/u;

// An answer that confirms what was asked: 答：属实, 答：是的, 答：确有此事.
const ANSWER_CONFIRMS = /^[?？]\s*答\s*[:：]\s*(?:[^，。]{0,8}(?:属实|确有|是的|确实|没错|正确|准确))/u;

// (A research house's estimate under its name, 分析师：…, "TrendForce: …", is hedged the same way.)
const OUTLET_LEAD =
  /^\s*(外媒|外电|彭博社?|路透社?|英媒|美媒|日媒|港媒|台媒|日经|分析师|法人|集邦(?:咨询)?|TrendForce|Counterpoint|消息|市场消息)(?:称)?\s*[：:]/u;

// 问：…？答：…: a trigger inside the journalist's question, before the answer.
function inQuestion(text: string, s: Range, answerAt: number, t: { hit: Hit }): boolean {
  return answerAt >= 0 && t.hit.index < s.start + answerAt && /(?<!答记者)问\s*[:：]/u.test(text.slice(s.start, t.hit.index));
}

/**
 * The triggers of each sentence with their certainty. `official` marks an item from an
 * official source: firm statements in it are official.
 */
export function readTriggers(text: string, sentences: Range[], official: boolean, titleEnd?: number, publishedAt?: string, notes?: string[]): Trigger[] {
  const lex = lexicon();
  const found = findTriggers(text, sentences);
  const hedges = hedgeHits(text);
  // (尚未获批的企业: the negation names the firms still waiting; it negates nothing told.)
  const negations = outsideWaitingFirms(text, hits(lex.negation, text));
  // ("the presumption of denial" names a licensing policy; it denies no report.)
  // (因用途不实不予许可: what was untrue is the reason for a refusal, not a report denied.)
  const denials = hits(lex.denialOfReport, text).filter(
    (d) =>
      !/\bpresumption\s+of\s+$/i.test(text.slice(Math.max(0, d.index - 16), d.index)) &&
      !/(?:因|由于)[^，。；,;]{0,8}$/u.test(text.slice(Math.max(0, d.index - 10), d.index)) &&
      // (阔沅科技申报用途不实: what a firm declared being untrue is the finding against it, not a report denied.)
      !(/^(?:不实|虚假|失实)$/u.test(d.words) && /(?:申报|填报|报送|提交|用途|材料)[^，。；,;]{0,3}$/u.test(text.slice(Math.max(0, d.index - 8), d.index))),
  );
  // "a notice seen by Reuters": the outlet read a document; it is its report, not the authority's statement.
  const officials = officialHits(text);
  // 未曾提交 ("never filed") denies; its 曾 tells no earlier event.
  const restatements = hits(lex.restatement, text).filter((h) => !(h.words === '曾' && /[未不]$/u.test(text.slice(Math.max(0, h.index - 1), h.index))));
  const intents = hits(lex.intent, text).filter((h) => !consideration(text, h));
  const out: Trigger[] = [];
  // A headline naming no chip model is about something else; the body's chip news may be retold.
  // 路透：…, 外媒：…: a Chinese headline led by another outlet's name retells that outlet's report, hedged as such.
  const outletLead = titleEnd === undefined ? null : OUTLET_LEAD.exec(text.slice(0, titleEnd));
  const otherHeadline = titleEnd !== undefined && !/H\d{2,3}|芯片|chips?\b|Nvidia|英伟达|輝達/i.test(text.slice(0, titleEnd));
  for (const s of sentences) {
    const inS = withConditionVerbs(
      text,
      s,
      found.filter((t) => within(t.hit, s)),
    );
    // "Nvidia denies that China approved": a denial of the report, not a denial by an authority.
    const reportDenials: Hit[] = denials.filter((d) => within(d, s) && !inS.some((t) => overlaps(t.hit, d)));
    const triggers = inS.filter((t) => {
      if (t.kind !== 'denial') return true;
      // "rejecting a report that a first batch had arrived": the report is what is rejected.
      if (!/^den/i.test(t.hit.words)) {
        if (!REPORT_NOUN.test(text.slice(t.hit.end, s.end))) return true;
        reportDenials.push(t.hit);
        return false;
      }
      const later = inS.some((o) => o.hit.index >= t.hit.end);
      const rest = text.slice(t.hit.end, s.end);
      // "Tencent denies H200 approval was suspended": only an authority refuses; anyone else denying a told event denies the report.
      const byAuthority = AUTHORITY_SUBJECT.test(text.slice(s.start, t.hit.index));
      const asked = REPORT_OBJECT.test(rest) || !byAuthority || (later && inS.some((o) => o.hit.index >= t.hit.end && o.hit.index - t.hit.end <= 2));
      // "denying a media report that it had joined the queue": whoever denies a report denies the report, not a request.
      // ("Xinguodu denies buying H200 chips": a firm denying what it is said to have done.)
      // ("Tencent denies customs delay": a firm that denies, in the present, denies what is said; it refuses nothing.)
      if ((later && asked) || REPORT_NOUN.test(rest) || (!byAuthority && (/^\s+[a-z]+ing\b/u.test(rest) || /^den(?:y|ies)$/i.test(t.hit.words)))) {
        reportDenials.push(t.hit);
        return false;
      }
      return true;
    });
    // 问：外媒称中方已放行部分企业…，有何回应？答：我目前没有可以发布的信息: a journalist's question answered with no
    // information reports nothing. An answer that opens by denying it (答：有关传言不实) denies what was asked.
    const answerAt = answerStart(text, s);
    const answeredNo = answerAt >= 0 ? denials.find((d) => d.index > s.start + answerAt && d.index < s.start + answerAt + 24)?.words : undefined;
    const noInformation = answerAt >= 0 && NO_INFORMATION.test(text.slice(s.start + answerAt, s.end));
    // A question the answer neither confirms nor tells again (答：…依法依规审查) is only a question.
    const confirmed = answerAt >= 0 && ANSWER_CONFIRMS.test(text.slice(s.start + answerAt, s.end));
    const answered =
      answeredNo || (!noInformation && (confirmed || answerAt < 0))
        ? triggers
        : triggers.filter(
            (t) => !inQuestion(text, s, answerAt, t) || (!noInformation && found.some((o) => o.kind === t.kind && o.hit.index > s.start + answerAt)),
          );
    if (answered.length < triggers.length && notes && !notes.includes('a question, not a report')) notes.push('a question, not a report');
    const kept = toldHere(text, s, answered);
    const sHedgesAll = hedges.filter((h) => within(h, s));
    const months = pastMonths(text, s, publishedAt);
    const leadHedge = /^\s*传(?![统输播递])/u.exec(text.slice(s.start, s.end));
    const sOfficial = officials.find((h) => within(h, s));
    for (const t of kept) {
      const conditional = notYetDecided(text, s, t.hit, t.kind, intents, sHedgesAll);
      if (conditional) {
        const note = `not a decision yet ("${conditional.words}")`;
        if (notes && !notes.includes(note)) notes.push(note);
        continue;
      }
      let certainty: Certainty = 'reported';
      let certaintyWords: string | undefined;
      // "Has China approved more H200 buyers?", 字节获批追加额度？: a question reports nothing, unless
      // the answer right after it denies it (？公司：消息不实).
      if (
        /[?？]\s*$/u.test(text.slice(s.start, s.end)) &&
        (/[\p{Script=Han}]/u.test(text.slice(s.start, s.end)) || QUESTION_START.test(text.slice(s.start, s.end)))
      ) {
        const denied = denials.find(
          (d) => d.index >= s.end && d.index < s.end + 24 && (POSTPOSITIVE_DENIAL.test(d.words) || /^(?:否认|辟谣|deny|denies|denied)$/i.test(d.words)),
        )?.words;
        if (!denied) {
          const note = 'a question, not a report';
          if (notes && !notes.includes(note)) notes.push(note);
          continue;
        }
        certainty = 'denied';
        certaintyWords = denied;
      }
      if (answeredNo && inQuestion(text, s, answerAt, t)) {
        certainty = 'denied';
        certaintyWords = answeredNo;
      }
      // 网传东软获批进口H200？公司回应：从未提交申请: a question inside the sentence, answered "never".
      const asked = /^[^?？。]*?[?？]/u.exec(text.slice(t.hit.end, s.end));
      const never = asked && /[\p{Script=Han}]/u.test(t.hit.words) ? ANSWERED_NEVER.exec(text.slice(t.hit.end + asked[0].length, s.end)) : null;
      const sHedges = sHedgesAll.filter((h) => inHedgeScope(text, h, t.hit));
      const negation = negationOf(text, s, t.hit, t.kind, negations);
      // 芯片迟迟未投入使用, "the chips have not been switched on": chips not yet in use were delivered; the negation denies no delivery.
      if (negation && t.kind === 'delivery' && IN_USE.test(t.hit.words)) continue;
      const denial = reportDenialOf(text, s, t.hit, reportDenials);
      // 阿里巴巴回应“H200进口许可被撤销”：从未收到撤销通知, 针对…被驳回的传闻，公司称尚未收到…: a claim told to answer it, then denied.
      const claimDenied = answeredClaim(text, s, t.hit);
      // 否认采购, 从未采购: a trigger that carries its own denial.
      // 许可未被撤销: a gap trigger with the negation inside it.
      const ownDenial = /^(?:否认|从未|并未|没有)|(?:未|没有|并未|尚未)(?=被)/u.exec(t.hit.words)?.[0];
      if (never) {
        certainty = 'denied';
        certaintyWords = never[1]!;
      } else if (negation) {
        certainty = 'denied';
        certaintyWords = negation.words;
      } else if (ownDenial) {
        certainty = 'denied';
        certaintyWords = ownDenial;
      } else if (denial) {
        certainty = 'denied';
        certaintyWords = denial.words;
      } else if (claimDenied) {
        certainty = 'denied';
        certaintyWords = claimDenied;
      } else if ((t.kind === 'revocation' || t.kind === 'suspension') && PERMISSION_STANDS.test(text.slice(s.start, s.end))) {
        certainty = 'denied';
        certaintyWords = PERMISSION_STANDS.exec(text.slice(s.start, s.end))![0];
      } else if (
        REPORTED_CONTENT_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 40), t.hit.index)) &&
        /^[^，。,;；]{0,24}的(?:媒体)?(?:报道|消息|传闻|传言|说法)/u.test(text.slice(t.hit.end, t.hit.end + 30))
      ) {
        // 有关本集团已获准进口…的媒体报道, 有关…已获准进口…的说法: what the reports say, not what the item says.
        certainty = 'hedged';
        certaintyWords = '报道';
      } else if (sHedges.length || leadHedge || outletLead) {
        certainty = 'hedged';
        certaintyWords = sHedges.map((h) => h.words).join(', ') || (leadHedge ? '传' : outletLead![1]!);
      } else if (/^或(?:将|需|须|被)/u.test(t.hit.words)) {
        // 或被要求, 或须: a trigger that carries its own "may" is hedged by it.
        certainty = 'hedged';
        certaintyWords = '或';
      } else if (official || sOfficial) {
        certainty = 'official';
        if (sOfficial) certaintyWords = sOfficial.words;
      }
      // 百度获批进口H200？公司回应：以公告为准: a headline's question, answered with neither yes nor no, reports nothing.
      if (asked && certainty !== 'denied' && /[\p{Script=Han}]/u.test(t.hit.words) && ANSWER_GIVEN.test(text.slice(t.hit.end + asked[0].length, s.end))) {
        const note = 'a question, not a report';
        if (notes && !notes.includes(note)) notes.push(note);
        continue;
      }
      // A past month binds to the trigger nearest to it ("revoked the approval it gave in January": the approval).
      // "shipments near 150,000 in April", told in May: last month's delivery or stock figure is this month's news.
      // 已于5月下旬递交了…申请, "filed in May": an application made earlier is still pending now (as datedOld holds).
      // 7月批准…申请12件, "approved 12 licences in July", told in August: last month's tally is this month's bulletin.
      const month =
        t.kind === 'application'
          ? undefined
          : months.find(
              (m) =>
                nearestTrigger(inS, m) === t.hit &&
                !(m.back === 1 && (t.kind === 'delivery' || t.kind === 'supply' || TALLY_AFTER.test(text.slice(t.hit.end, t.hit.end + 24)))),
            );
      // ("among last month's inbound shipments": last month's delivery figure is this month's news, as above.)
      const nearWords = restatedNear(text, s, t.hit, restatements);
      // (该条款仍在征求意见: a term still out for comment is the proposal as it stands now, not old news of it.)
      const near =
        nearWords &&
        (((t.kind === 'delivery' || t.kind === 'supply') && /^(?:last month['’]?s?|上月|上个月)$/iu.test(nearWords)) ||
          (t.kind === 'condition_proposed' && nearWords === '仍在' && text.slice(t.hit.index - 2, t.hit.index) === '仍在') ||
          // (同意…，这是此前酝酿中的附加条件之一: "earlier" inside the frame dates the proposal, not the agreement.)
          (t.kind === 'condition_agreed' && t.hit.words.includes(nearWords)))
          ? undefined
          : nearWords;
      const restated =
        // (已于春节前运抵: goods that arrived on a date are news of the arrival, as a request filed on one is.)
        // 尚未收到任何H200芯片…仍在租用算力: goods denied arriving are not old news told again; nor is a pause denied
        // ("called claims that regulators had paused its purchases groundless").
        (((t.kind === 'application' || t.kind === 'delivery') && near === '已于') ||
        (certainty === 'denied' && (t.kind === 'delivery' || t.kind === 'order' || t.kind === 'suspension' || t.kind === 'revocation'))
          ? undefined
          : near) ??
        month?.words ??
        RETOLD_SENTENCE.exec(text.slice(s.start, t.hit.index))?.[0].trim() ??
        (otherHeadline ? EARLIER_DISCLOSED.exec(text.slice(s.start, t.hit.index))?.[0].trim() : undefined) ??
        // "The approval comes a month after the ministry withdrew its permit": what it came after is older news.
        comesAfter(text.slice(s.start, t.hit.index)) ??
        // "after this year's approvals", "the move follows Beijing's approvals": a permission named as what came before.
        (t.kind === 'grant' && GRANT_NOUN.test(t.hit.words)
          ? BACKGROUND_BEFORE.exec(text.slice(Math.max(s.start, t.hit.index - 30), t.hit.index))?.[0].trim()
          : undefined);
      // 申请未获通过, "its application was not approved": a request turned down is a denial, not a negated grant
      // ("尚未获批", "not yet approved" stays pending).
      const rejected =
        t.kind === 'grant' &&
        certainty === 'denied' &&
        !!negation &&
        (REJECTED_BEFORE.test(text.slice(Math.max(s.start, t.hit.index - 24), t.hit.index)) ||
          // 商务部未批准公司H200芯片进口申请: the request named after its refusal ("尚未批准" stays pending).
          (/(?<![尚仍还])(?:未(?:予)?|没有)$/u.test(text.slice(Math.max(s.start, t.hit.index - 3), t.hit.index)) &&
            /^[^，。；,;]{0,20}(?:申请|请求)/u.test(text.slice(t.hit.end, t.hit.end + 24))));
      if (rejected) {
        // (The refusal is as sure as the sentence tells it: 据悉…申请未获同意 is a hedged refusal.)
        const hedge = sHedges.map((h) => h.words).join(', ') || (leadHedge ? '传' : outletLead?.[1]);
        certainty = hedge ? 'hedged' : official || sOfficial ? 'official' : 'reported';
        certaintyWords = hedge ?? sOfficial?.words;
      }
      const kind: CandidateKind = rejected ? 'denial' : t.kind;
      // (Object.assign, not `{ ...t.hit, kind, … }`: V8 builds a spread followed by more properties many times slower. The
      // optional fields follow in the same order, rather than spreading an empty object for each absent one.)
      const read: Trigger = Object.assign({}, t.hit, { kind: restated ? ('restatement' as const) : kind, original: kind, certainty, sentence: s });
      if (certaintyWords) read.certaintyWords = certaintyWords;
      if (restated) read.restated = restated;
      if (month && restated === month.words) read.pastMonth = true;
      out.push(read);
    }
  }
  // A final rule in force makes what it requires a settled condition, not a proposal; a requirement still weighed stays one
  // ("considering a requirement that …", told beside when it would take effect).
  const binding = FINAL_RULE.test(text) && !PROPOSED_RULE.test(text);
  const settled = binding
    ? out.map((t) =>
        t.kind === 'condition_proposed' && REQUIRE_WORD.test(t.words) && !DELIBERATING.test(t.words)
          ? { ...t, kind: 'condition_agreed' as const, original: 'condition_agreed' as const }
          : t,
      )
    : out;
  return titleEnd === undefined ? settled : itemWide(text, settled, titleEnd, hedges, officials);
}
