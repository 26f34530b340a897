/**
 * Which triggers of a sentence tell an event here, and which only name one: a request a
 * decision acts on, a permission asked for or held, a holder described by its approval, a
 * delivery still to come, an event named as background or as what something relates to.
 */
import { GRANT_NAMED_NOT_TOLD } from './grant-named-not-told.js';
import { GRANT_NOT_TOLD } from './grant-not-told.js';
import { OTHER_NOT_TOLD } from './other-not-told.js';
import { REQUEST_NOT_TOLD } from './request-not-told.js';
import { CANDIDATE_KINDS, type CandidateKind } from './candidate.js';
import { DECISIONS, type KindRules, type NotTold, type SentenceContext, type Told } from './told-context.js';
import { grantedPassively } from './told-patterns.js';
import type { Hit } from './phrase-index.js';
import { supposedGrant } from './trigger-context.js';
import type { Range } from './text-units.js';

// 申请进口758颗H200已获商务部批准: the request to import, its goods, then its grant told passively. The goods named after
// the request verb are skipped so that the gap before the grant is read as it is after 申请 alone. (Traditional text
// reaches here converted, 輝達 and 英偉達 as 英伟达: item-text.ts.)
const ASK_TO_IMPORT = /^申请(?:进口|采购|购买|引进|引入)$/u;
const GOODS_AFTER = /^(?:[约逾超过近共计合]{0,3}[\d,，.]+[万千百]?[颗枚片块张台套]?)?(?:英伟达|辉达)?(?:H\d{2,3}|GPU)(?:芯片|晶片|GPU|加速卡|处理器)?/u;
// (申请进口H200未获批准 is a request refused, told as it was before: only a grant that came skips the goods.)
function pastGoods(text: string, hit: Hit, grant: Hit): Hit {
  if (!ASK_TO_IMPORT.test(hit.words)) return hit;
  const goods = GOODS_AFTER.exec(text.slice(hit.end))?.[0].length ?? 0;
  if (/[未没]/u.test(text.slice(hit.end + goods, grant.index))) return hit;
  return { ...hit, end: hit.end + goods };
}

function isRequest(t: Told): boolean {
  return t.kind === 'application';
}

const GROUPS: readonly KindRules[] = [
  { kinds: ['application'], rules: REQUEST_NOT_TOLD },
  { kinds: ['grant', 'delivery'], rules: GRANT_NOT_TOLD },
  { kinds: ['grant'], rules: GRANT_NAMED_NOT_TOLD },
  ...OTHER_NOT_TOLD,
];
// Each kind's rules, built once: a trigger is weighed only by the rules that can hold for its kind (a kind not listed, by all).
const ALL_RULES: readonly NotTold[] = GROUPS.flatMap((g) => g.rules);
const RULES_BY_KIND = new Map<CandidateKind, readonly NotTold[]>(
  CANDIDATE_KINDS.map((k) => [k, GROUPS.flatMap((g) => (!g.kinds || g.kinds.includes(k) ? g.rules : []))]),
);

function notTold(t: Told, c: SentenceContext): boolean {
  const rules = RULES_BY_KIND.get(t.kind) ?? ALL_RULES;
  for (let i = 0; i < rules.length; i++) if (rules[i]!(t, c)) return true;
  return false;
}

/** The triggers of one sentence that tell an event, in order. */
export function toldHere(text: string, s: Range, triggers: Told[]): Told[] {
  // A request that is the object of a decision ("rejects ByteDance's application") is not an event of its own.
  // (获批后用于…, "once approved": a supposed grant decides nothing.)
  // (Only the request rules read the decisions: a sentence with no request leaves them unread, and its grants unweighed.)
  const decided = triggers.some(isRequest) ? triggers.filter((t) => DECISIONS.has(t.kind) && !(t.kind === 'grant' && supposedGrant(text, t.hit))) : [];
  // 申请已获批准, "its application ... has been approved": the request named, then its grant told passively.
  const granted = new Set(
    triggers.filter(
      (a) =>
        a.kind === 'application' &&
        (/^(?:applications?|requests?|申请)(?:\s+to\s+\w+)?$/i.test(a.hit.words) || ASK_TO_IMPORT.test(a.hit.words)) &&
        triggers.some((g) => g.kind === 'grant' && g.hit.index >= a.hit.end && grantedPassively(text, pastGoods(text, a.hit, g.hit), g.hit)),
    ),
  );
  // (未申请亦未获批: a request denied having been made asks for nothing.)
  const asked = triggers.filter(
    (t) => t.kind === 'application' && !granted.has(t) && !/(?:未|没有|从未|并未)$/u.test(text.slice(Math.max(0, t.hit.index - 2), t.hit.index)),
  );
  const c: SentenceContext = { text, s, triggers, decided, asked, granted };
  const out: Told[] = [];
  for (const t of triggers) if (!notTold(t, c)) out.push(t);
  return out;
}
