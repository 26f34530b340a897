/**
 * An item's last word after its passes: the news among its candidates, unless the item as a
 * whole is something else (a rule's notice, an explainer of the US rule, licences said to
 * stand, the ministry's reviews under way, a tracked approval said to stand).
 */
import { oneRoleForFigure } from './one-role-for-figure.js';
import type { CandidateEvent } from './candidate.js';
import * as passes from './item-passes.js';
import type { ItemReading } from './item-reading.js';
import { reviewsUnderWay } from './reviews-under-way.js';
import { ruleAdopted } from './rule-adopted.js';
import { explainsUsRule, licencesStand, ruleRetold } from './rule-retold.js';
import { standingPermits } from './standing-permits.js';
import { waitingToldAgain } from './waiting-told-again.js';
import { headlineElsewhere } from './headline-elsewhere.js';
import { refusedUnnamed } from './refused-unnamed.js';
import { beyondTheThree } from './beyond-the-three.js';
import { memberShare } from './member-share.js';
import { servedByTerms, termsOfWaiting } from './terms-of-waiting.js';
import { deliveriesNotYet } from './deliveries-not-yet.js';

const UNDOINGS_PLURAL = /^(?:suspensions|revocations|cancellations)$/i;

/** The item's final candidates, from its folded ones (which it may empty). */
const NOT_HAD = /申请|获批|批准|允许|获准|许可|approv|allow|permit|appl|seek|sought|request/i;
const CONCESSIVE_BEFORE = /\b(?:although|though|but|while)\b[^.;]{0,60}$|(?:但|尽管|虽然|不过)[^。；]{0,30}$/iu;
/** The 70 characters before the first telling of `words` (empty when not found). */
const before = (text: string, words: string): string => {
  const at = text.indexOf(words);
  return at < 0 ? '' : text.slice(Math.max(0, at - 70), at);
};

export function closeReading(folded: CandidateEvent[], r: ItemReading): CandidateEvent[] {
  const { text, titleEnd, names, state, notes } = r;
  const final = passes.newsOf(folded);
  // A rule's notice tells the terms it adopts; its own words are no decisions on anyone.
  const adopted = ruleAdopted(text, titleEnd, names, state);
  if (adopted) final.splice(0, final.length, adopted);
  // An explainer or a hearing on the US rule tells the licensing as it stands, with no event word.
  // A headline explaining the rule to those it binds retells it, whatever terms its body spells out.
  const explainer = explainsUsRule(text.slice(0, titleEnd));
  const retoldRule = final.length && !explainer ? undefined : ruleRetold(text, titleEnd, names, state);
  // (An old-news reading of the same licensing, under the same authority, is the same retelling.)
  if (retoldRule && explainer)
    final.splice(
      0,
      final.length,
      ...final.filter(
        (c) =>
          c.kind === 'restatement' &&
          !((!!retoldRule.retells && c.retells === retoldRule.retells) || (!c.retells && c.authority?.value === retoldRule.authority?.value)),
      ),
    );
  if (retoldRule) final.push(retoldRule);
  // (A headline explaining the rule is about it, though it names the chips only by their class.)
  const recalled = retoldRule && explainer ? undefined : passes.backgroundRecall(final, text, titleEnd, names.items);
  // Washington saying its licences stand after an act it recalls ("remaining licences stand after revocation") retells them.
  // So does such a headline over a body that still tells the act ("weeks after the agency cancelled a licence"): the
  // act is its background.
  // ("reaffirms its licence terms, calls suspensions case-specific": acts named in the plural are spoken of, not told.)
  // ("policy stands after suspending two licences": the old acts it names are no records of their own.)
  const onlyOld =
    final.length > 0 &&
    final.every(
      (c) =>
        c.kind === 'restatement' ||
        ((c.kind === 'revocation' || c.kind === 'suspension') &&
          ((text.indexOf(c.trigger, titleEnd) >= 0 && !text.slice(0, titleEnd).includes(c.trigger)) || UNDOINGS_PLURAL.test(c.trigger))),
    );
  const standing = recalled || (onlyOld && !retoldRule) ? licencesStand(text, titleEnd, names, state) : undefined;
  // (What the item already read as Washington's own word stays official.)
  if (standing && final.some((c) => c.kind === 'restatement' && c.item?.value === standing.item?.value && c.certainty === 'official'))
    standing.certainty = 'official';
  if (standing)
    final.splice(
      0,
      final.length,
      ...final.filter((c) => c.kind === 'restatement' && c.holders.length > 0 && c.authority?.value !== standing.authority?.value),
      standing,
    );
  else if (recalled) notes.push(recalled);
  // The ministry saying the requests before it are under review tells the pending record again, whatever background
  // the item recalls.
  const reviewed = final.length ? undefined : reviewsUnderWay(text, state, r.waitingParty);
  if (reviewed) final.push(reviewed);
  // A tracked approval said to stand, named only as a noun (对三家企业的H200进口许可维持不变), is that record told again.
  const permitStands = final.length ? undefined : standingPermits(text, titleEnd, names, r.sellers, state);
  if (permitStands) final.push(permitStands);
  waitingToldAgain(final, text, r.waitingParty, state);
  refusedUnnamed(final, text, r.waitingParty, state);
  beyondTheThree(final, text, r.waitingParty, state);
  servedByTerms(final, text, r.waitingParty);
  termsOfWaiting(final, names.parties, r.sellers, r.waitingParty, state);
  memberShare(final, r);
  deliveriesNotYet(final, r);
  const aside = headlineElsewhere(final, text, titleEnd, r.ranges);
  if (aside) notes.push(aside);
  // 目前仍在评估，尚未提交申请, "has not sought approval": a request or a permission said not to have happened restates
  // nothing; old news is of what did. (A rule retold with its "presumption of denial" undone still retells the rule.)
  // "has placed an order …, although it has yet to win Beijing's import clearance": a permission said not held yet, in an
  // aside to another event the item tells, is no event of its own.
  const told = final.some((c) => c.kind !== 'grant' && c.kind !== 'restatement' && c.certainty !== 'denied');
  return oneRoleForFigure(final, text).filter(
    (c) =>
      !(c.kind === 'restatement' && c.certainty === 'denied' && NOT_HAD.test(c.trigger)) &&
      !(told && c.kind === 'grant' && c.certainty === 'denied' && CONCESSIVE_BEFORE.test(before(text, c.trigger))),
  );
}
