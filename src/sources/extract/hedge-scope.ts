/** Where a hedge word reaches in its sentence. */
import type { Hit } from './phrase-index.js';
import { breaksBetween } from './text-units.js';
import { GRANT_NOUN } from './told-patterns.js';
import { overlaps } from './hit-ranges.js';

// Where a hedge reaches: a source hedge ("people familiar", "reportedly", 据悉) covers its
// sentence; a modal ("may", "plans to", 拟) covers what follows it, or a noun just before it
// ("an approval could come"), not a verb earlier in the sentence ("asked ... the chips it may import").
const SOURCE_WORDS =
  /familiar|knowledge|briefed|sources?|insiders|people|person|privy|unnamed|according|reported|rumou?r|speculat|said to|estimat|unconfirmed|据|传|知情|消息人士|估|证实/i;
// Triggers that name the thing ("inventory may be near", "orders could top"): a modal after them still hedges them.
const NOUN_TRIGGER =
  /^(?:applications?|申请|inventor(?:y|ies)|stock(?:pile)?s?(?: of)?|supply(?: of)?|supplies(?: of)?|output|orders?|shipments?|deliver(?:y|ies)|库存|存货|订单|产能)$/i;
const PERMISSION_MODAL = /^(?:may|can|could)$/i;
/** True when the hedge `h` reaches the trigger `t` in its sentence. */
export function inHedgeScope(text: string, h: Hit, t: Hit): boolean {
  if (SOURCE_WORDS.test(h.words) || h.end <= t.index) return true;
  // "told Baidu it may import", "informed it that it could proceed": a modal inside a phrase of permission is the
  // permission given, not a doubt about it.
  if (overlaps(h, t)) return !(h.index > t.index && h.end <= t.end && PERMISSION_MODAL.test(h.words));
  return GRANT_NOUN.test(t.words) || NOUN_TRIGGER.test(t.words) ? h.index - t.end <= 20 && breaksBetween(text, t.end, h.index) === 0 : false;
}
