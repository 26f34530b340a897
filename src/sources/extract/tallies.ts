/**
 * An authority's tally of decisions: "Commerce granted 12 Nvidia H200 licences in November and
 * turned two away, with nine still under review", 商务部：批准申请七件 另有两件不予许可. Each count is
 * a decision of its own kind (grant, denial, application) on the same record, counted in licences.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent, CandidateKind, CandidateQuantity } from './candidate.js';
import { qualifierBefore } from './quantities.js';
import { ZH_DIGIT } from './text-units.js';

const EN_WORDS: Record<string, number> = {
  'a single': 1,
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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  'two dozen': 24,
};
const EN_NUM = String.raw`(\d{1,4}|a single|one|two dozen|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|fifteen|twenty|thirty|forty|fifty)`;
// 12, 七, 十一, 七十余, 逾百: a count of licences or applications.
// (又一家, 另一家, 第一家, 首批三家: "another", "the first", "the first three", not a count.)
// (目前52家 is "now 52"; a count never starts inside a longer number.)
const ZH_NUM = String.raw`(?<![又另第这那哪每其单同首\d])(?<!首批|头批|(?<![目此之日提当])前)((?:逾|超过|超(?=\d)|近|约|至少|不少于|不低于)?(?:\d{1,4}|[一二两三四五六七八九十百]{1,4})[余多]?)`;
// Applications and licences (件, 份, 张, 项); firms (家) are counted in tallies the labels leave uncounted.
const COUNTED = String.raw`(?:件|份|张|项)`;

/**
 * Each kind a tally counts, with the words that count it (the number in group 1, 2 or 3). A
 * count before a refusal is the refused one only when the refusal has no count of its own
 * ("批准申请51件 不予许可6件": 6, not 51).
 */
const TALLY: { kind: CandidateKind; pattern: RegExp }[] = [
  {
    kind: 'grant',
    pattern: new RegExp(
      String.raw`\b(?:granted|approved|issued|signed off on|cleared)\s+(?:a total of\s+|another\s+|a further\s+)?${EN_NUM}\s+(?:new\s+|more\s+)?(?:[\w-]+\s+){0,3}?(?:licen[cs]es|permits|applications|requests)\b` +
        // "approved 9 and rejected 3", "approving nine and turning down three": the count beside a refusal's.
        String.raw`|\b(?:approved|approving|cleared|clearing|granted|granting)\s+${EN_NUM}(?=\s+and\s+(?:rejected|rejecting|denied|denying|refused|refusing|turned down|turning down|declined|declining)\s)` +
        String.raw`|(?:批准|核准|准予)(?!数量)[^，。；,;：:]{0,14}?${ZH_NUM}${COUNTED}|${ZH_NUM}${COUNTED}[^，。；,;\d一二两三四五六七八九十]{0,16}?(?:获批|获准|已获批准|获(?:商务部)?(?:批准|核准))|${ZH_NUM}${COUNTED}(?:予以|准予)(?:许可|批准)`,
      'iu',
    ),
  },
  {
    kind: 'denial',
    pattern: new RegExp(
      String.raw`\b(?:reject(?:s|ed)?|den(?:y|ies|ied)|refus(?:e|es|ed)|turn(?:s|ed)?\s+down|declin(?:e|es|ed)|rebuff(?:s|ed)?)\s+(?:another\s+|a further\s+)?(?:(?:some|about|around|roughly|nearly|more than|over|at least)\s+)?${EN_NUM}(?=\s+(?:more\s+|other\s+|further\s+)?(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|applications?|requests?|permits?|bids?)\b|\s*(?:[,.;]|$)|\s+(?:others|of them|outright)\b)|\bturned\s+${EN_NUM}\s+(?:\w+\s+)?away\b` +
        String.raw`|(?:不予许可|不予批准|驳回|未予批准|否决)[^，。；,;]{0,4}?${ZH_NUM}${COUNTED}|${ZH_NUM}${COUNTED}(?:[^，。；,;\d一二两三四五六七八九十]|H\d{2,3}){0,16}?(?:不予|驳回|未予|被拒|未获批准|未获许可|未获核准)(?![^，。；,;\d]{0,6}\d)`,
      'iu',
    ),
  },
  {
    kind: 'application',
    pattern: new RegExp(
      String.raw`\b(?:with\s+)?${EN_NUM}\s+(?:more\s+|further\s+|other\s+)?(?:[\w-]+\s+){0,2}?(?:applications?\s+|requests?\s+)?(?:(?:were|are|was|is)\s+)?still\s+(?:in the queue|pending|under review|awaiting)` +
        // "has received 47 H200 import applications": the requests counted in.
        String.raw`|\b(?:has|have|had)\s+received\s+${EN_NUM}\s+(?:[\w-]+\s+){0,3}?(?:applications|requests)\b` +
        String.raw`|受理[^，。；,;]{0,16}?${ZH_NUM}${COUNTED}|${ZH_NUM}${COUNTED}[^，。；,;\d一二两三四五六七八九十]{0,8}(?:正在审查|仍在审|待审|审查中|审核中|尚未办结)`,
      'iu',
    ),
  },
  {
    // 暂停2家企业许可, "suspended the licences of two firms", "freezes four companies' approvals": suspensions are counted by the
    // firms (or licences) they stop.
    kind: 'suspension',
    pattern: new RegExp(
      String.raw`\b(?:suspend(?:s|ed|ing)?|freez(?:es|ing)|froze|halt(?:s|ed|ing)?|pause[sd]?|pausing)\s+(?:the\s+)?(?:(?:H\d{2,3}\s+)?(?:import\s+|export\s+)?(?:licen[cs]es|permits|approvals|rights)\s+(?:of|held by)\s+)?${EN_NUM}\s+(?:more\s+)?(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|permits?|firms?['’]?|compan(?:y|ies)['’]?|importers?['’]?)(?!\w)` +
        // (4家企业未按期报送… H200进口许可被商务部暂停, 有4家…的企业未按规定报送…，商务部已暂停其进口许可: the firms counted, then their permits stopped.)
        String.raw`|暂停[^，。；,;]{0,4}?${ZH_NUM}(?:家|件|份|张)(?!以外|之外)|${ZH_NUM}(?:家|件|份|张)(?:[^，。；,;\d]|H\d{2,3}){0,24}?(?:被|遭)(?:商务部)?暂停|${ZH_NUM}家[^。；;]{0,60}?暂停(?:其|了其|上述企业|这些企业)` +
        // (3家企业H200进口许可暂停执行: the firms' permits, then the pause.)
        String.raw`|${ZH_NUM}家(?:企业|公司)(?:[^，。；,;\d]|H\d{2,3}){0,16}?(?:许可|资格|额度)(?:被|遭)?(?:依规|依法)?暂停`,
      'iu',
    ),
  },
  {
    // 撤销两家企业H200进口许可, 收回三家企业…许可, 两家企业…进口许可被依法撤销, "revoked the licences of two firms", "strips three
    // companies of …": revocations counted by the firms (or licences) they undo.
    kind: 'revocation',
    pattern: new RegExp(
      String.raw`\b(?:revok(?:es|ed|ing)|rescind(?:s|ed|ing)?|cancel(?:s|led|ed|ling)|withdr(?:ew|awn|aws))\s+(?:the\s+)?(?:(?:H\d{2,3}\s+)?(?:import\s+|export\s+)?(?:licen[cs]es|permits|approvals|rights)\s+(?:of|held by)\s+)?${EN_NUM}\s+(?:more\s+)?(?:[\w-]+\s+){0,3}?(?:licen[cs]es|permits|approvals|firms|companies|importers)\b` +
        // ("strips three companies of H200 import permits": the firms counted, then what they lose.)
        String.raw`|\bstrip(?:s|ped|ping)?\s+${EN_NUM}\s+(?:more\s+)?(?:[\w-]+\s+){0,2}?(?:firms|companies|importers)\s+of\b` +
        // ("pulls H200 permits from about seven importers", "Three firms from the second batch lose import permits", "cost four
        // Chinese firms their import permits": the firms counted that lose them.)
        String.raw`|\bpull(?:s|ed|ing)?\s+(?:the\s+)?(?:H\d{2,3}\s+)?(?:import\s+|export\s+)?(?:licen[cs]es|permits|approvals)\s+(?:from|of)\s+(?:(?:some|about|around|roughly|nearly|more than|over)\s+)?${EN_NUM}\s+(?:more\s+|other\s+)?(?:[\w-]+\s+){0,2}?(?:firms|companies|importers)\b` +
        String.raw`|\b${EN_NUM}\s+(?:more\s+|other\s+)?(?:Chinese\s+)?(?:firms|companies|importers)\s+(?:[\w'’-]+\s+){0,5}?(?:lose|lost|losing)\s+(?:their\s+)?(?:[\w-]+\s+){0,2}?(?:licen[cs]es|permits|approvals)\b` +
        String.raw`|\bcost(?:s)?\s+${EN_NUM}\s+(?:more\s+|other\s+)?(?:Chinese\s+)?(?:firms|companies|importers)\s+their\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]es|permits|approvals)\b` +
        // (撤销英伟达向四家中国买家出口H200的19张许可证: the licences counted outright, not the buyers they were for.)
        String.raw`|(?:撤销|收回|吊销|撤回)[^，。；,;]{0,30}?${ZH_NUM}(?:张|份)(?:出口|进口)?许可|(?:撤销|收回|吊销|撤回)[^，。；,;]{0,4}?${ZH_NUM}(?:家|件|份|张)(?!以外|之外)|${ZH_NUM}家(?:企业|公司)(?:[^，。；,;\d]|H\d{2,3}){0,24}?(?:被|遭)?(?:依法)?(?:撤销|收回|吊销|撤回)`,
      'iu',
    ),
  },
];

function zhValue(raw: string): { value: number; qualifier: CandidateQuantity['qualifier'] } | undefined {
  const qualifier: CandidateQuantity['qualifier'] = /^(?:逾|超)|[余多]$/u.test(raw)
    ? 'over'
    : /^(?:近|约)/u.test(raw)
      ? 'about'
      : /^(?:至少|不少于|不低于)/u.test(raw)
        ? 'at_least'
        : 'exact';
  const body = raw.replace(/^(?:逾|超过|超|近|约|至少|不少于|不低于)|[余多]$/gu, '');
  if (/^\d+$/u.test(body)) return { value: Number(body), qualifier };
  if (body === '百') return { value: 100, qualifier };
  // 一百, 三百, 两百: hundreds.
  const hundreds = /^([一二两三四五六七八九])百$/u.exec(body);
  if (hundreds) return { value: ZH_DIGIT[hundreds[1]!]! * 100, qualifier };
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(body);
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  const value = m[2] ? (m[1] ? ZH_DIGIT[m[1]]! : 1) * 10 + (m[3] ? ZH_DIGIT[m[3]]! : 0) : ZH_DIGIT[m[1]!]!;
  return { value, qualifier };
}

function countOf(m: RegExpExecArray): CandidateQuantity | undefined {
  const raw = m.slice(1).find((g) => g !== undefined);
  if (!raw) return undefined;
  const lower = raw.toLowerCase();
  const en = EN_WORDS[lower] ?? (/^\d+$/u.test(raw) && !/[\p{Script=Han}]/u.test(m[0]) ? Number(raw) : undefined);
  // ("rejected some 30 bids": the words before an English count qualify it.)
  const read = en !== undefined ? { value: en, qualifier: qualifierBefore(m[0].slice(0, m[0].indexOf(raw))).qualifier } : zhValue(raw);
  if (!read || read.value <= 0 || read.value >= 10_000) return undefined;
  return { ...read, unit: 'licences', role: 'licence_count', words: m[0] };
}

/**
 * Adds the decisions an authority's tally counts: when an item tells decisions on an
 * authorization by count in more than one kind (granted N and refused M, approved N with M
 * still pending), each count becomes that kind's decision on the same record, carrying its count.
 */
export function tallyDecisions(cands: CandidateEvent[], text: string, state: LedgerState, waitingParty: string | undefined): void {
  const decisions = cands.filter(
    (c) =>
      (c.kind === 'grant' || c.kind === 'denial' || c.kind === 'application' || c.kind === 'suspension' || c.kind === 'revocation') &&
      c.certainty !== 'denied' &&
      c.item &&
      c.authority,
  );
  const base = decisions[0];
  // No decision to count against: the tally patterns need not run (most items).
  if (!base) return;
  const counts = TALLY.map(({ kind, pattern }) => {
    const m = pattern.exec(text);
    return { kind, quantity: m ? countOf(m) : undefined };
  }).filter((x): x is { kind: CandidateKind; quantity: CandidateQuantity } => !!x.quantity);
  if (!counts.length) return;
  const authority = base.authority!.value;
  // A ministry's count of firms it does not name is about the firms still waiting; a US count, about the exporter named.
  const named = decisions.find((c) => c.authority!.value === authority && c.holders.length)?.holders;
  const china = state.authority[authority]?.country === 'CN';
  const holders = named ?? (china ? (waitingParty ? [{ value: waitingParty, words: base.trigger }] : []) : base.seller ? [base.seller] : []);
  for (const { kind, quantity } of counts) {
    const same = decisions.find((c) => c.kind === kind && c.authority!.value === authority);
    if (same) {
      // A count of chips the decision carries ("获准七千余颗") is not replaced by a count of licences; the same number
      // read as chips ("30 H200 import bids") is the count of licences.
      if (!same.quantity || same.quantity.role === 'licence_count' || same.quantity.value === quantity.value) same.quantity = quantity;
      if (!same.holders.length) same.holders = [...holders];
    } else if (counts.length > 1) {
      // One count alone is the decision told; a second kind counted beside it is a decision of its own.
      cands.push({ ...base, kind, holders: [...holders], quantity, conditions: [], dates: [...base.dates], trigger: quantity.words });
    }
  }
}

// Firms counted: 家 in Chinese (or the requests 受理 counts), companies, firms or applicants in English.
const COUNTS_FIRMS = /家|受理|收到|待审|候审|在审|待批|compan|firm|applicant|requests|applications/i;

const EN_ABOUT = String.raw`(more than|over|at least|about|around|roughly|nearly|some|almost|upwards? of)?\s*`;
// The verb a count of firms is reached with: 已达, 增至, 超过….
const REACHED = '(?:已达|已有|达到|已增至|增至|已扩至|扩至|扩大至|升至|增加到|增加至|已超过|超过|已经达到|已)';
// 逾20家企业已向商务部递交申请, 至少15家企业已向商务部申请进口, 十余家企业在排队, 排队企业已达三十余家,
// "more than 20 other Chinese companies have applied", "More Than 50 Chinese Firms Are Said to Await": firms counted waiting.
const FIRMS_WAITING = new RegExp(
  String.raw`${ZH_NUM}家(?:国内|中国|其他|其余)?(?:企业|公司|机构)?(?!以外|之外)(?:[^，。；,;\d]|H\d{2,3}){0,18}?(?:(?:递交|提交|提出|报送|上报)[^，。；,;]{0,20}?申请|向[^，。；,;\d]{2,8}?申请)|${ZH_NUM}家(?:企业|公司|机构)?[^，。；,;\d]{0,6}?(?:排队|等待|在等|候审)` +
    // 另有40余家企业的申请正在审查: the firms whose requests are still being reviewed.
    String.raw`|${ZH_NUM}家(?:企业|公司|机构)的?(?:[^，。；,;\d]|H\d{2,3}){0,12}?申请(?:正在|仍在|尚在|还在|仍|正)(?:审查|审核|审批|评估|办理)` +
    // 逾30家企业H200进口申请已获受理, 受理的…进口申请已涉及逾30家企业: the firms whose requests the ministry has taken in.
    String.raw`|${ZH_NUM}家(?:企业|公司|机构)的?(?:[^，。；,;\d]|H\d{2,3}){0,12}?申请(?:已经?)?(?:获|被)?受理` +
    String.raw`|受理的?(?:[^，。；,;\d]|H\d{2,3}){0,14}?申请(?:已经?)?(?:涉及|覆盖|来自)${ZH_NUM}家` +
    // (排队等H200批文的企业据悉约265家, 候批名单据悉约163家, 候批队伍据悉扩至约193家: a hedge may stand between the firms, or their list, and their count.)
    String.raw`|(?:排队|申请|候审|候批|等待|在审)(?:[^，。；,;\d]|H\d{2,3}){0,14}?(?:企业|公司|机构|名单|队伍)(?:数量)?(?:据悉|据称|据传|或已|或)?${REACHED}?(?:约有|有)?${ZH_NUM}家` +
    // (新增约176家H200申请者: the applicants counted new to the queue.)
    String.raw`|(?:新增|又有|再添|增加了?)${ZH_NUM}家(?:[^，。；,;\d]|H\d{2,3}){0,8}?申请(?:者|人|企业|方)` +
    // H200进口申请已超40家: the requests counted by the firms that made them.
    String.raw`|申请(?:数量|数)?(?:${REACHED}|已经超过)${ZH_NUM}家` +
    // 商务部共受理企业…的申请四十余份, 共收到…许可申请112件, 已受理一百多家企业关于…的申请, 申请累计受理逾百家企业, 申请已受理逾三百件: the requests the
    // ministry counts in are the firms waiting on it.
    String.raw`|(?:受理|收到)了?(?:[^，。；,;\d]|H\d{2,3}){0,16}?申请(?:共|合计|总计|累计)?${ZH_NUM}(?:份|件)|受理(?:了|数|数量)?(?:已经?)?(?:达到|达)?${ZH_NUM}(?:家|份|件)` +
    // 112件待审: requests counted waiting.
    String.raw`|${ZH_NUM}(?:份|件)(?:申请)?(?:待审|候审|在审|待批)` +
    // 在审H200芯片进口申请超过80件, 待审申请已超150件, 新增…申请逾60件: the same, counted after the requests.
    String.raw`|(?:待审|候审|在审|待批|排队中?的?|新增|新提交)(?:[^，。；,;\d]|H\d{2,3}){0,14}?申请(?:已|共|合计|总计|累计|数量)*${ZH_NUM}(?:份|件)` +
    String.raw`|\b${EN_ABOUT}${EN_NUM}\s+(?:more\s+|other\s+|further\s+|additional\s+)?(?:Chinese\s+|mainland\s+|domestic\s+)?(?:companies|firms|applicants)(?:,\s+(?:from|including|among\s+them|mostly)\s+[^,.;]{1,60},)?\s+(?:(?:(?:have|had)\s+(?:already\s+|now\s+|so\s+far\s+)?)?(?:appl(?:y|ied)|file[sd]?|submit(?:ted)?|lodge[sd]?|seek|sought|line[sd]?\s+up|lining\s+up|queue[sd]?|queuing|join(?:s|ed|ing)?\s+(?:the\s+)?(?:queue|line))\b|(?:are|were)\s+(?:still\s+|now\s+)?(?:waiting|queuing|in the queue|awaiting)|(?:are|were)\s+(?:said|reported|believed|understood)\s+to\s+(?:be\s+)?(?:still\s+)?(?:await|waiting|queuing|in the queue))` +
    // ("More than 30 Chinese companies, from computing platforms to automakers, have filed": an aside may stand before the verb.)
    // "Applications from over 30 companies are now before the ministry": the firms counted by their requests (not those a
    // decision acts on: "rejected applications from 17 firms").
    String.raw`|\b(?<!\b(?:reject\w*|den(?:y|ies|ied)|refus\w*|approv\w*|clear\w*|grant\w*|turn\w*\s+down)\s+)(?:applications|requests|bids)\s+from\s+${EN_ABOUT}${EN_NUM}\s+(?:more\s+|other\s+|further\s+)?(?:Chinese\s+)?(?:companies|firms|applicants)\b`,
  'iu',
);

// "Beijing has logged 112 requests to import": the requests an authority counts in (its qualifier and count last, as above).
const REQUESTS_LOGGED = new RegExp(
  String.raw`\b(?:has|have|had)\s+(?:received|logged|accepted|taken in|registered)\s+${EN_ABOUT}${EN_NUM}\s+(?:[\w-]+\s+){0,3}?(?:applications|requests)\b`,
  'iu',
);

// "Beijing's H200 waiting list has swollen to roughly 310 firms", "Some 165 Chinese firms now stand in line for": the queue
// counted by the firms in it (the qualifier and count pairs last, as above).
const QUEUE_COUNTED = new RegExp(
  String.raw`\b(?:waiting list|queue|line)\s+(?:(?:in|at|for)\s+(?:[\w'’-]+\s+){1,2}?)?(?:has\s+|had\s+|have\s+)?(?:now\s+)?(?:(?:is\s+|was\s+)?(?:said|reported|believed)\s+to\s+(?:have\s+)?)?(?:grown|grow|swollen|swelled|swell|risen|rise|climbed|climb|reached|reach|lengthened|lengthen|stretched|stretch|hit|passed|pass|topped|top|exceeded|exceed|stands at|numbers|counts)\s+(?:to\s+|at\s+)?${EN_ABOUT}${EN_NUM}\s+(?:Chinese\s+)?(?:companies|firms|applicants)\b` +
    String.raw`|\b${EN_ABOUT}${EN_NUM}\s+(?:more\s+|other\s+)?(?:Chinese\s+)?(?:companies|firms|applicants)\s+(?:now\s+|still\s+)?(?:stand|are standing|are|wait|are waiting)\s+in\s+(?:the\s+)?(?:line|queue)\b`,
  'iu',
);

/** The count of firms a sentence tells waiting on a decision (applied, in the queue), in licences, if it tells one. */
export function firmsWaiting(sentence: string): CandidateQuantity | undefined {
  const m = COUNTS_FIRMS.test(sentence) ? (FIRMS_WAITING.exec(sentence) ?? REQUESTS_LOGGED.exec(sentence) ?? QUEUE_COUNTED.exec(sentence)) : null;
  if (!m) return undefined;
  // The Chinese counts come first, each in its own group; the English qualifier and count pairs are the last four
  // (firms counted waiting, then firms counted by their requests).
  const groups = m.slice(1);
  const [about1, en1, about2, en2] = groups.slice(-4);
  const en = en2 ?? en1;
  const about = en2 !== undefined ? about2 : about1;
  if (en === undefined) {
    const read = zhValue(groups.slice(0, -4).find((g) => g !== undefined)!);
    // (公司参股的一家算力企业已提出申请: "a firm" is one firm spoken of, not the firms waiting counted.)
    return read && read.value > 1 ? { ...read, unit: 'licences', role: 'licence_count', words: m[0] } : undefined;
  }
  const value = EN_WORDS[en.toLowerCase()] ?? (/^\d+$/u.test(en) ? Number(en) : undefined);
  // "more than 20 other Chinese companies": the words before the count qualify it, as for any quantity.
  return value === undefined ? undefined : { value, qualifier: qualifierBefore(about ?? '').qualifier, unit: 'licences', role: 'licence_count', words: m[0] };
}

// 又有15家左右企业获准进口, 又有约30家中企…获批, 又有十余家企业的H200芯片进口申请获附条件许可, 又让约25家业者取得…进口许可,
// "clears about 15 more companies": firms counted approved.
// (A permission held named with its model or terms between: 逾80家企业已获H200进口附条件许可, 拿到…附条件进口许可的企业已超过80家.)
const HELD = String.raw`(?:获准|获批|获发(?:[^，。；,;\d]|H\d{2,3}){0,8}?(?:许可|批文|批复)|作出(?:批准|准予许可)决定|(?<![未没])过审|获得许可|获附条件(?:许可|批准)|附条件获(?:批|准)|获得批准|取得许可|(?<![未没])(?:获得?|拿到|取得)(?:[^，。；,;\d]|H\d{2,3}){1,14}?(?:许可|批准|批复))`;
const FIRMS_APPROVED = new RegExp(
  // (与另外两家企业一同获得批准: "with two others", the firm's own group told again, counts no firms.)
  String.raw`(?<!另外)${ZH_NUM}家(左右)?(?:其他|其余|国内|中国|候批|排队|待批|在审)?(?:企业|公司|机构|中企|业者|厂商)的?(?:[^，。；,;\d]|H\d{2,3}){0,20}?${HELD}` +
    String.raw`|\b(?:clear(?:s|ed)?|approv(?:es|ed)|licens(?:es|ed)|let(?:s|ting)?|allow(?:s|ed)?)\s+(?:an?\s+(?:second|third|fourth|new|fresh|further)\s+(?:wave|batch|round|group)\s+of\s+)?${EN_ABOUT}${EN_NUM}\s+(?:more\s+|other\s+)?(?:Chinese\s+)?(?:companies|firms)\b` +
    // 获附条件许可的企业共计48家, 附条件许可企业已达48家: the firms approved, counted after they are named.
    String.raw`|(?:${HELD}|附条件许可)的?(?:[^，。；,;\d]|H\d{2,3}){0,12}?(?:企业|公司|机构)(?:数量|总数)?(?:目前|截至目前)?(?:已达到|已达|已有|达到|已增至|增至|共计|共有|合计|共)?已?${ZH_NUM}家` +
    // 已向八十余家企业发放了附带条件的…进口许可, 向80余家企业核发许可: the permits issued, counted by the firms they went to
    // (向约58家排队企业发出了…批复, 约58家候批企业获准, 对54家企业的…申请作出批准决定: the firms from the queue too).
    String.raw`|向${ZH_NUM}家(?:其他|其余|国内|中国|候批|排队|待批|在审)?(?:企业|公司|机构)(?:[^，。；,;\d]|H\d{2,3}){0,6}?(?:发放|核发|颁发|签发|发出)(?:[^，。；,;\d]|H\d{2,3}){0,20}?(?:许可|批准|批复|批文)` +
    // 附条件许可已发放给百余家企业: the permits issued, the firms they went to counted after the verb.
    String.raw`|(?:许可|批准|批复|批文)(?:[^，。；,;\d]|H\d{2,3}){0,4}?(?:发放|核发|颁发|签发)给${ZH_NUM}家(?:其他|其余|国内|中国)?(?:企业|公司|机构)` +
    // 再批约20家企业进口, 再核准约25家企业: the firms a new round approves, counted after the verb.
    String.raw`|(?:再|又|新)(?:批准?|核准|准许)${ZH_NUM}家` +
    // 第三批进口许可名单 共38家企业, 许可名单…43家企业在列: the firms a published list of those approved counts.
    String.raw`|(?:许可|获批|获准|批准)名单(?:[^，。；,;\d]|H\d{2,3}){0,8}?(?:共|共有|共计|涉及|包括)?${ZH_NUM}家`,
  'iu',
);

const OTHER_FIRMS = /其他|其余|另有|又有|新增|再有|第二批|新一批/u;

/** The count of firms a sentence tells approved (又有15家左右企业获准进口, "clears about 15 more companies"), in licences, if it tells one. */
export function firmsApproved(sentence: string): CandidateQuantity | undefined {
  // (Only a sentence that counts firms can match; most do not, and the pattern is costly to run.)
  const m = COUNTS_FIRMS.test(sentence) ? FIRMS_APPROVED.exec(sentence) : null;
  if (!m) return undefined;
  const [, zhBefore, around, about, en, zhAfter, zhTo, zhGiven, zhRound, zhListed] = m;
  const zh = zhBefore ?? zhAfter ?? zhTo ?? zhGiven ?? zhRound ?? zhListed;
  if (zh !== undefined) {
    const read = zhValue(zh);
    // 三家企业拿到H200进口许可: exactly three firms, with no "other" or "more", are the first approval's three told again.
    if (read?.value === 3 && read.qualifier === 'exact' && !OTHER_FIRMS.test(sentence)) return undefined;
    return read ? { ...read, ...(around ? { qualifier: 'about' as const } : {}), unit: 'licences', role: 'licence_count', words: m[0] } : undefined;
  }
  const value = EN_WORDS[en!.toLowerCase()] ?? (/^\d+$/u.test(en!) ? Number(en) : undefined);
  return value === undefined ? undefined : { value, qualifier: qualifierBefore(about ?? '').qualifier, unit: 'licences', role: 'licence_count', words: m[0] };
}
