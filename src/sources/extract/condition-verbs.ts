/**
 * Conditions told by a verb rather than a condition word: "accepted Beijing's requirement",
 * "wants buyers to match each chip", and which of an agreeing and a proposing verb governs.
 */
import type { CandidateKind } from './candidate.js';
import { lexicon } from './lexicon.js';
import { hits, type Hit } from './phrase-index.js';
import { answerStart, breaksBetween, type Range } from './text-units.js';
import { PROPOSAL_WORD } from './told-patterns.js';
import { overlaps, within } from './hit-ranges.js';
import { buysCountOfChips } from './trigger-kinds.js';
import { conditionFramed } from './condition-frame.js';

// 承诺在进口…的同时，按…比例采购国产芯片: a comma closing a "while…" phrase does not end the verb's clause.
const WHILE_PHRASE_END = /(?:的同时|之余|前提下)[，,]/gu;
function clauseBreaks(text: string, from: number, to: number): number {
  return breaksBetween(text, from, to) - (text.slice(from, to).match(WHILE_PHRASE_END)?.length ?? 0);
}

const ON_CONDITION_BEFORE = /\b(?:on\s+(?:the\s+)?conditions?|provided|providing|so\s+long\s+as|as\s+long\s+as)\b[^.;]*$|(?:条件是|前提是)[^。；]*$/iu;

/**
 * "accepted Beijing's requirement to pair purchases with domestic chips", "wants buyers to
 * match each chip with a local one": an agreeing or proposing verb whose clause names a
 * condition is a condition event, when the sentence has no condition trigger of its own.
 * A request it overlaps ("has asked ... to buy domestic chips") is the demand, not an application.
 */
export function withConditionVerbs(text: string, s: Range, inS: { kind: CandidateKind; hit: Hit }[]): { kind: CandidateKind; hit: Hit }[] {
  return conditionFramed(text, s, byConditionVerbs(text, s, inS));
}

function byConditionVerbs(text: string, s: Range, inS: { kind: CandidateKind; hit: Hit }[]): { kind: CandidateKind; hit: Hit }[] {
  const lex = lexicon();
  if (inS.some((t) => t.kind.startsWith('condition_'))) {
    // 已就国产芯片搭配采购比例达成一致, "agreed to the bundling ratio": a neutral condition word an agreeing verb governs is agreed.
    const neutral = inS.filter((t) => t.kind === 'condition_proposed' && !PROPOSAL_WORD.test(t.hit.words));
    const agreeing = hits(lex.conditionAgreed, text).find(
      (v) =>
        within(v, s) &&
        neutral.some((c) => Math.abs(c.hit.index - v.end) <= 60 && breaksBetween(text, Math.min(v.end, c.hit.end), Math.max(v.index, c.hit.index)) <= 1),
    );
    // "leaning toward requiring that each lot pass third-party testing": terms met only in what is asked are still asked.
    const asking = hits(lex.conditionProposed, text).filter((v) => within(v, s));
    const askedToMeet = (t: { kind: CandidateKind; hit: Hit }) =>
      t.kind === 'condition_agreed' &&
      COMPLIANCE.test(t.hit.words) &&
      asking.some((v) => v.end <= t.hit.index && t.hit.index - v.end <= 80 && breaksBetween(text, v.end, t.hit.index) === 0);
    const met = inS.map((t) => (askedToMeet(t) ? { ...t, kind: 'condition_proposed' as const } : t));
    if (!agreeing || asking.some((v) => v.end <= agreeing.index)) return met;
    return met.map((t) => (neutral.includes(t) ? { ...t, kind: 'condition_agreed' as const } : t));
  }
  const words = hits(lex.conditionWords, text).filter((h) => within(h, s));
  if (!words.length) return inS;
  const agreed: CandidateKind = 'condition_agreed';
  const proposed: CandidateKind = 'condition_proposed';
  const verbs = [
    // 获批企业须承诺不对外出租: a pledge that must be given is a term asked for, not one agreed.
    ...hits(lex.conditionAgreed, text).map((hit) => ({
      kind: DUTY_BEFORE.test(text.slice(Math.max(0, hit.index - 3), hit.index)) && /^(?:承诺|同意|接受)$/u.test(hit.words) ? proposed : agreed,
      hit,
    })),
    // 将按要求把芯片部署在…: a firm acting as required complies with the terms, so agrees to them.
    ...hits(lex.conditionProposed, text).map((hit) => ({
      // (Only a firm saying it will or does act so: 许可条件包括…按要求报送 lists a term.)
      kind:
        /^要求$/u.test(hit.words) &&
        (/(?:将|会|已|正在?|均|一直|严格)(?:按|按照|遵照|依照)$/u.test(text.slice(Math.max(0, hit.index - 4), hit.index)) ||
          // (…证实，按照主管部门的审批要求，公司…: a firm's statement opening with the body's requirement it follows.)
          /(?:^|[，,：:])\s*(?:按照|依照|遵照)[^，。；,;：:]{2,10}$/u.test(text.slice(Math.max(0, hit.index - 14), hit.index)))
          ? agreed
          : proposed,
      hit,
    })),
  ]
    .filter(
      (v) =>
        within(v.hit, s) &&
        !words.some((w) => overlaps(w, v.hit)) &&
        !BREACH_BEFORE.test(text.slice(Math.max(s.start, v.hit.index - 10), v.hit.index)) &&
        // "granted … a licence …, on condition the chips are tested first and the buyer accepts site visits": what the
        // permission's condition says the buyer does is the condition's content, not terms agreed now.
        !(v.kind === agreed && ON_CONDITION_BEFORE.test(text.slice(Math.max(s.start, v.hit.index - 90), v.hit.index))) &&
        // 申请最终未获同意: consent obtained (or not) is an approval, not terms agreed.
        !(/^同意$/u.test(v.hit.words) && text[v.hit.index - 1] === '获') &&
        // 申请已经商务部点头: the ministry nodding grants the request; only a firm nodding agrees to terms.
        !(
          v.kind === agreed &&
          /(?<![向与和同跟对就](?:美国|中国)?)(?:商务部|主管部门|有关部门|监管部门|监管层|官方)(?:已经?|也)?$/u.test(
            text.slice(Math.max(0, v.hit.index - 9), v.hit.index),
          )
        ) &&
        // "Commits to 47,000-Plus H200s", "agreed to buy more than 47,000 of Nvidia's H200s": binding itself to buy the chips is
        // an order (trigger-kinds.ts), not terms agreed.
        !(
          v.kind === agreed &&
          (buysCountOfChips(text, v.hit) || (/^agree/i.test(v.hit.words) && inS.some((t) => t.kind === 'order' && overlaps(t.hit, v.hit))))
        ) &&
        // "signed off on 14 licences", "sign-off": an approval given, not terms signed.
        // ("showed signs of tampering": the noun, not a signature.)
        !(v.kind === agreed && /^[\s-]*off\b|^\s+of\b/i.test(text.slice(v.hit.end, v.hit.end + 5))) &&
        !(v.kind === proposed && WEIGHED_COST_AFTER.test(text.slice(v.hit.end, v.hit.end + 30))) &&
        // (须待核查完成后再恢复: when a suspension lifts is no term proposed.)
        !(/^须$/u.test(v.hit.words) && /^(?:待|等待|等到)/u.test(text.slice(v.hit.end, v.hit.end + 2))),
    )
    .map((v) => ({
      v,
      d: Math.min(
        ...words
          .filter((w) => {
            const breaks = clauseBreaks(text, Math.min(w.end, v.hit.end), Math.max(w.index, v.hit.index));
            // 出具书面承诺，相关芯片仅用于…: an undertaking's content follows it in the next clause.
            // (要求企业作出书面承诺，…: an undertaking the clause requires is asked for; its content is no agreement.)
            return (
              breaks === 0 ||
              (breaks === 1 &&
                v.kind === agreed &&
                w.index >= v.hit.end &&
                UNDERTAKING_ENDS.test(text.slice(v.hit.index, w.index)) &&
                !REQUIRED_IN_CLAUSE.test(text.slice(s.start, v.hit.index)))
            );
          })
          .map((w) => (w.index >= v.hit.end ? w.index - v.hit.end : Math.max(0, v.hit.index - w.end))),
      ),
    }))
    .filter((x) => x.d <= 120)
    .sort((a, b) => a.d - b.d);
  // 问：…作出承诺，有何回应？答：…已承诺…: in a question and its answer, the answer's verb is what is told.
  const answerAt = answerStart(text, s);
  if (answerAt >= 0 && verbs.some((x) => x.v.hit.index > s.start + answerAt))
    verbs.splice(0, verbs.length, ...verbs.filter((x) => x.v.hit.index > s.start + answerAt));
  // "accepted a Commerce Department demand that ..." agrees to a proposal; "is considering requiring
  // buyers to accept inspections" proposes an acceptance: the first verb governs the second.
  const governing = verbs
    .filter((x) => verbs.some((y) => y.v.kind !== x.v.kind && y.v.hit.index > x.v.hit.end && y.v.hit.index - x.v.hit.end <= 60))
    .sort((a, b) => a.v.hit.index - b.v.hit.index)[0];
  const best = governing?.v ?? verbs[0]?.v;
  if (!best) return inS;
  return [...inS.filter((t) => !(overlaps(t.hit, best.hit) && (t.kind === 'application' || t.kind === 'grant'))), best].sort(
    (a, b) => a.hit.index - b.hit.index,
  );
}

const DUTY_BEFORE = /(?:须|必须|需要?|应当?)$/u;
// A requirement earlier in the verb's clause (要求企业作出书面承诺); 按要求 complies with one.
// (按商务部要求作出书面承诺: acting per a body's requirement is complying, not being asked.)
const REQUIRED_IN_CLAUSE = /(?:(?<!(?:按|按照|依照|根据|遵照)[^，。；,;]{0,8})要求|须|必须|应当?|需要?)[^，。；,;]*$/u;
// The undertaking a firm gave, closing its clause: 出具书面承诺，…, 已承诺，….
const UNDERTAKING_ENDS = /^(?:出具|签署|作出|提交|递交)?(?:了)?(?:书面|相关)?承诺(?:书|函)?[，,]/u;

// Terms met, not agreed: a test passed or cleared, testing begun.
const COMPLIANCE = /^(?:pass|passed|passes|clear|cleared|clears|go through|start|starts|started|begun|began)\b/i;

// "as the company weighs the cost of pairing imports with domestic chips": weighing what terms cost proposes none.
const WEIGHED_COST_AFTER = /^\s+(?:the\s+|its\s+)?(?:costs?|price|impact|economics|trade-?offs?|benefits?|risks?|pros and cons|options)\b/i;

// 未按许可要求报送…, "failed to meet the licence's requirements": a breach of terms, given as a decision's reason, proposes none.
const BREACH_BEFORE =
  /(?:未按|未按照|未依照|未遵守|违反|不符合|未满足|未履行)[^，。；,;]{0,10}$|\b(?:failed to (?:meet|comply with|follow)|in breach of|breach(?:ed|ing)?|violat(?:ed|ing))\s+(?:[\w-]+\s+){0,3}$/i;

// 3件因…存在转租风险未予许可, "refused two over resale concerns": a reason given for a refusal is not a grant's condition.
const REASON_BEFORE = /(?:因|由于|因为|鉴于)[^，。；,;]{0,30}$|\b(?:because of|due to|over|citing)\s+(?:[\w-]+\s+){0,4}$/i;
// 经商务部核查后, 整改通过商务部核查, "after a ministry review": the check the decision followed is its process, not a term it sets.
const PROCESS_BEFORE = /(?<![未已曾])(?:经过?|通过)(?:商务部|主管部门|有关部门|相关部门|监管部门)?\s*$|\bafter\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$/i;

// "GPU rental platform PPIO", 算力租赁服务商: the business a firm is in, told before its name, is no term.
const DESCRIBES_FIRM_AFTER = /^\s*(?:platform|provider|firm|company|operator|start-?up|specialist|business|group)s?\b|^(?:服务商|平台|企业|公司|厂商|运营商)/i;

// A term on renting the chips out is always a bar ("may not be leased", "no rental", 不得出租); renting named with no
// bar is the firm's business ("for a GPU rental service", "pivoted to renting out computing power").
const RENTING = /rent|leas|出租|租赁|外租|转租/i;
const BARRED_BEFORE =
  /\b(?:not|no|never|nor|bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prohibit\w*|forbid\w*|without|against|from)\b[^.;。；]{0,40}$|no-$|(?:不得|禁止|严禁|不准|不可|不能|不允许|限制|不)[^，。；,;]{0,12}$/i;
// In a grant's sentence: 报送的进口材料 submits the request (a duty to report names what is reported, 报送使用情况); 数量不超过3,000颗
// is the quota's bound; 将部署在…算力中心 is where the firm plans to put the chips; 通过商务部核查 is the process followed.
const SUBMITTED_REQUEST = /^报送$/u;
const REPORTED_WHAT_AFTER = /^[^，。；,;]{0,6}(?:使用|用途|最终|情况|报告|数据|去向|部署)/u;
// (数量上限为100颗, 上限为1200颗, "capped at 800", "capped at up to 120,000": the bound the quota itself is told with.)
const QUOTA_BOUND_AFTER =
  /^\s*(?:为|是|达|设为|定为|[:：])?\s*(?:约|逾|最多|至多)?\s*[\d,，.]+\s*万?\s*(?:颗|片|枚)|^\s+(?:(?:up to|about|roughly|some|around)\s+)?\d[\d,.]*(?:\s+(?:chips|processors|units|H\d{3}s?)|\b(?!\s*%|\s*percent))/u;
// (字节跳动分得…三家平台中占比最高: a holder's share among the three compared, not a cap on sales.)
const SHARE_COMPARED_AFTER = /^\s*(?:最高|最大|最低|最小|略高|略低|较高|较低|居首)/u;
const PLANNED_PLACE_BEFORE = /将[^，。；,;]{0,6}部署(?:在|于|到)?[^，。；,;]{0,16}$|\bwill be (?:deployed|installed|housed)\b[^.;]{0,40}$/i;
// 投向港航物流智能调度平台建设, 用于机场地面装备智能调度平台: the firm's own project the chips go to is its plan, not a term
// (须用于…, 只能投向…: a bound set on it is).
const PUT_TO_USE_BEFORE = /(?:投向|用于|用来|投入|服务于|搭建|建设|自建|打造)[^，。；,;]{0,16}$/u;
const BOUND_BEFORE = /(?:须|必须|应当?|只能|只可|仅可|仅能|仅限|限定|不得)[^，。；,;]{0,16}$/u;
const PASSED_CHECK_BEFORE = /通过[^，。；,;]{0,8}$/u;
const BARRED_IN = /不得|禁止|严禁|不准|不可|\b(?:not|no|ban|bar)\b/i;
// "the quarterly report it filed", "in its quarterly report": a filing that tells the news, not a duty to report.
const FILED_REPORT = /^\s+(?:it|that it|the company)\s+filed\b|^\s+filed\b/i;

/** Whether condition word `x` of `kind`, in a grant's own sentence `s`, names the firm's business, the news's source or the grant's process rather than a term. */
function noTermOfGrant(kind: string, x: Hit, text: string, s: Range): boolean {
  const before = (n: number) => text.slice(Math.max(s.start, x.index - n), x.index);
  const after = (n: number) => text.slice(x.end, x.end + n);
  return (
    (RENTING.test(x.words) && !BARRED_IN.test(x.words) && !BARRED_BEFORE.test(before(48))) ||
    (/quarterly report/i.test(x.words) && (FILED_REPORT.test(after(20)) || /\b(?:in|its)\s+(?:the\s+)?$/i.test(before(8)))) ||
    (SUBMITTED_REQUEST.test(x.words) && !REPORTED_WHAT_AFTER.test(after(12))) ||
    (kind === 'volume-cap' && (QUOTA_BOUND_AFTER.test(after(24)) || SHARE_COMPARED_AFTER.test(after(6)))) ||
    (kind === 'location' && (PLANNED_PLACE_BEFORE.test(before(60)) || (PUT_TO_USE_BEFORE.test(before(24)) && !BOUND_BEFORE.test(before(30))))) ||
    (kind === 'kyc' && PASSED_CHECK_BEFORE.test(before(12))) ||
    UNSETTLED_AFTER.test(after(50))
  );
}

// 国产芯片搭配比例尚无定论, "the domestic-chip ratio is still being negotiated": a term still open beside a grant is not yet
// one of its terms.
const UNSETTLED_AFTER =
  /^[^，。；,;.]{0,12}?(?:尚无定论|尚未谈妥|还没有?谈妥|没有谈妥|仍在(?:谈|磋商|商谈|谈判)|还在(?:谈|磋商)|尚未敲定|尚未确定|未有定论)|^[^.;,]{0,40}?\b(?:still (?:being )?(?:negotiated|discussed|under (?:negotiation|discussion))|not yet (?:settled|agreed|decided|final)|remains? (?:unsettled|open|under negotiation))/i;

/**
 * The first condition word of each kind within `s`, outside a clause giving a refusal's reason or the process a decision
 * followed. `ofGrant`: the words a grant's own sentence carries, less those that are no terms of it (see noTermOfGrant).
 */
export function conditionWordsIn(text: string, s: Range, ofGrant = false): { kind: string; hit: Hit }[] {
  const out: { kind: string; hit: Hit }[] = [];
  for (const { kind, pattern } of lexicon().conditions) {
    const hit = hits(pattern, text).find(
      (x) =>
        x.index >= s.start &&
        x.end <= s.end &&
        !REASON_BEFORE.test(text.slice(s.start, x.index)) &&
        !PROCESS_BEFORE.test(text.slice(s.start, x.index)) &&
        !DESCRIBES_FIRM_AFTER.test(text.slice(x.end, x.end + 24)) &&
        !(ofGrant && noTermOfGrant(kind, x, text, s)),
    );
    if (hit) out.push({ kind, hit });
  }
  return out;
}
