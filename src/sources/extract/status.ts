/**
 * Reads what a headline says happened to an authorization: approved, denied, pending...
 * and how sure it is. Negations are matched as whole phrases first ("not permitted",
 * "has not approved", "in-principle approval") so that the positive word inside them
 * never counts on its own.
 */
import type { AuthStatus } from '../../core/model.js';

/** Whether the news is good, bad or undecided for the holder. */
export type Polarity = 'positive' | 'negative' | 'pending';

/** The status a text reports. */
export interface StatusFinding {
  status: AuthStatus;
  polarity: Polarity;
  /** True when hedging words (reportedly, considering, may...) apply. */
  hedged: boolean;
  /** The words the status was read from. */
  phrase: string;
}

/** A status phrase with its span. */
export interface StatusHit extends StatusFinding {
  index: number;
  end: number;
}

/** A hedging word or phrase and where it is. */
export interface Hedge {
  text: string;
  index: number;
}

/** Hedging found in the text, by kind: intent (may, considering) or source (reportedly). */
export interface Hedges {
  /** Future or intended: the event has not happened yet. */
  intent: Hedge[];
  /** Unnamed or second-hand sources: the event is claimed, not confirmed. */
  source: Hedge[];
}

type Rule = [RegExp, AuthStatus, Polarity];

const APPROVE_WORD = String.raw`(?:approv(?:e|es|ed|ing|al|als)|authori[sz](?:e|es|ed|ing|ation)|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|clear(?:s|ed|ing)?|green[- ]?light(?:s|ed)?|licen[cs]es?)`;
const NEG = String.raw`(?:not|n't|never|no|has not|have not|did not|does not|do not|hasn't|haven't|didn't|doesn't|won't|will not)`;

// Order matters only for equal spans; otherwise the longest phrase at a place wins.
const RULES: Rule[] = [
  // Explicit prohibitions first: "not permitted" is a denial, not a missing approval.
  [
    /\b(?:not|no longer|never) (?:be )?(?:permitted|allowed|authori[sz]ed)\b|\bnot to (?:be )?(?:permitted|allowed)\b|不允许|不得|不予批准|禁止进口|禁止/gi,
    'denied',
    'negative',
  ],
  [/\b(?:refuse[sd]?|refusing|decline[sd]?|declining) to (?:approve|allow|authori[sz]e|permit|grant)\b/gi, 'denied', 'negative'],
  [
    /\b(?:yet to|still awaiting|awaiting|awaits|await|pending|waiting for|waits for|wait for) (?:\w+ ){0,2}?(?:approv(?:e|al|als)|authori[sz]ation|licen[cs]es?|clearance|green light)\b|\bnot yet (?:\w+ )?approved\b/gi,
    'pending',
    'pending',
  ],
  [new RegExp(String.raw`\b${NEG} (?:yet |been |formally |officially |fully )*${APPROVE_WORD}\b`, 'giu'), 'pending', 'negative'],
  [/\b(?:in[- ]principle approvals?|approvals? in principle|preliminary approvals?|initial approvals?)\b|原则上(?:批准|同意)/gi, 'pending', 'pending'],
  [
    /\btold to (?:prepare|get ready|draw up|submit)\b[^.;]{0,30}?\borders?\b|\b(?:under|pending) review\b|\b(?:applied|applies|apply|applying) for\b|\bfiled (?:an? )?applications?\b|\bseek(?:s|ing)? (?:approval|a licen[cs]e|licen[cs]es|permission)\b|\bsubmitted applications?\b|审查中|审批中|正在审批/gi,
    'pending',
    'pending',
  ],
  [/\bpartial(?:ly)? approv(?:ed|al)\b|\bapproved in part\b/gi, 'partially_approved', 'positive'],
  [/\blift(?:s|ed|ing)? (?:the |its |a )?(?:\w+ ){0,2}?ban\b|\bban (?:is |was )?lifted\b|\bunblock(?:s|ed)?\b/gi, 'approved', 'positive'],
  [/\brevok(?:e|es|ed|ing)\b|\brevocation\b|\brescind(?:s|ed|ing)?\b|\bwithdraw(?:s|n)? (?:the |its )?licen[cs]es?\b|撤销|吊销/gi, 'revoked', 'negative'],
  [
    /\bstop(?:s|ped|ping)? (?:buying|purchasing|importing|selling|exporting|shipping|orders?)\b|\bsuspend(?:s|ed|ing)?\b|\bsuspension\b|\bhalt(?:s|ed|ing)?\b|\bpause[sd]?\b|暂停|叫停/gi,
    'suspended',
    'negative',
  ],
  [
    // ("presumption of denial" names a licensing policy, not a decision.)
    /\bden(?:y|ies|ied|ying)\b|(?<!\bpresumption of )\bdenial\b|\breject(?:s|ed|ing|ion)?\b|\bban(?:s|ned|ning)?\b|\bblock(?:s|ed|ing)?\b|\bbar(?:s|red|ring)?\b|\bprohibit(?:s|ed|ing)?\b|\bforbid(?:s|den)?\b|拒绝|否决/gi,
    'denied',
    'negative',
  ],
  [
    /\blicen[cs]es? (?:granted|issued|approved)\b|\bgrant(?:s|ed|ing)? (?:\w+ ){0,3}?licen[cs]es?\b|\bissue[sd]? (?:\w+ ){0,2}?licen[cs]es?\b/gi,
    'approved',
    'positive',
  ],
  [
    /\bapprov(?:e|es|ed|ing|al|als)\b|\bauthori[sz](?:e|es|ed|ing|ation)\b|\bgreen[- ]?light(?:s|ed)?\b|\bclear(?:s|ed)\b(?! (?:the way|up|out))|\ballow(?:s|ed|ing)?\b|\blet(?:s|ting)? (?:\w+ ){0,2}?(?:buy|sell|import|export|purchase|ship)\b|\bpermit(?:s|ted)\b|\bgive[sn]? (?:the )?(?:go-ahead|nod)\b|批准|获批|同意|放行|允许/gi,
    'approved',
    'positive',
  ],
];

const CONDITIONS =
  /\bwith conditions\b|\bconditional(?:ly)?\b|\bon (?:the )?conditions?\b|\bsubject to (?:\w+ )?conditions\b|\bconditions attached\b|\bstrings attached\b|\bunder conditions\b|附(?:加)?条件|有条件/i;

const INTENT_HEDGES =
  /\bconsider(?:s|ing|ed)?\b|\bmull(?:s|ing|ed)?\b|\bweigh(?:s|ing)?\b|\bmight\b|\bcould\b|\bwould\b|\bplan(?:s|ning|ned)? to\b|\bexpected to\b|\bexpects? to\b|\bset to\b|\bpoised to\b|\blikely\b|\bin talks\b|\bmay\b|考虑|拟|计划|或将|有望/gi;
const SOURCE_HEDGES =
  /\breportedly\b|\bpeople (?:familiar|briefed|with knowledge)\b|\b(?:a |one |two |three )?(?:person|people|sources?|insiders?) (?:say|says|said|familiar|told|close)\b|\bsources? say\b|\baccording to (?:people|sources|a person|a source|insiders|a report|reports)\b|\b(?:report|reports) says?\b|\bsays? (?:a )?report\b|\bunnamed sources?\b|\brumou?r(?:s|ed)?\b|据报道|消息人士|知情人士|据悉/gi;
// "May 15", "in May", "since May": the month, not the modal verb.
const MAY_MONTH_BEFORE = /\b(?:in|since|by|until|from|of|early|late|mid|end|last|next|this)[\s-]+$/i;
const MAY_MONTH_AFTER = /^\s+(?:\d|of\b|and\b|or\b)|^\s*[,.;]/;

/** Every hedge in the text, by kind, in text order. */
export function findHedges(text: string): Hedges {
  const intent = [...text.matchAll(INTENT_HEDGES)]
    .filter((m) => m[0].toLowerCase() !== 'may' || !(MAY_MONTH_BEFORE.test(text.slice(0, m.index)) || MAY_MONTH_AFTER.test(text.slice(m.index + 3))))
    .map((m) => ({ text: m[0], index: m.index }));
  const source = [...text.matchAll(SOURCE_HEDGES)].map((m) => ({ text: m[0], index: m.index }));
  return { intent, source };
}

/** All status phrases, longest first where they overlap, in text order. */
export function findStatusHits(text: string): StatusHit[] {
  const hits: StatusHit[] = [];
  RULES.forEach(([pattern, status, polarity]) => {
    for (const m of text.matchAll(pattern)) {
      hits.push({ status, polarity, hedged: false, phrase: m[0], index: m.index, end: m.index + m[0].length });
    }
  });
  // Keep a hit unless a longer (or earlier-ruled, equally long) hit covers it.
  const kept = hits.filter(
    (h, i) =>
      !hits.some(
        (o, j) => j !== i && o.index <= h.index && o.end >= h.end && (o.end - o.index > h.end - h.index || (o.end - o.index === h.end - h.index && j < i)),
      ),
  );
  return kept.sort((a, b) => a.index - b.index || b.end - a.end);
}

/** The sentence (start and end offsets) around an offset; a title and its summary are separate sentences. */
export function sentenceAround(text: string, at: number): [number, number] {
  const boundary = /[.!?;|](?=\s|$)/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    if (m.index >= at) return [start, m.index + 1];
    start = m.index + 1;
  }
  return [start, text.length];
}

/**
 * The status a text reports: the first status phrase (headlines lead with their verb).
 * "with conditions" anywhere upgrades an approval (summaries often add it). An intent hedge in the same
 * sentence ("considering approval", "may ban") makes it a mere report, since nothing has
 * happened yet; source hedges ("reportedly") anywhere only mark it hedged.
 */
export function readStatus(text: string, hedges: Hedges): StatusHit | undefined {
  const first = findStatusHits(text)[0];
  if (!first) return undefined;
  const [from, to] = sentenceAround(text, first.index);
  const intent = hedges.intent.some((h) => h.index >= from && h.index < to);
  let status = first.status;
  if (status === 'approved' && CONDITIONS.test(text)) status = 'approved_with_conditions';
  if (intent) status = 'reported';
  return { ...first, status, hedged: intent || hedges.source.length > 0 };
}
