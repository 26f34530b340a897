/**
 * Goods told reaching Chinese customers at large, no buyer named and no figure given: "Nvidia
 * says H200 shipments to China have begun", "Initial H200 Deliveries to Chinese Customers",
 * H200已开始向中国客户交付. That is a delivery on the unattributed open order, even without a
 * number. Shipments a licence covers, shipments told after which something else happened ("stock
 * down after first China shipments"), and shipments still to come are not.
 */
import type { CandidateEvent } from './candidate.js';
import type { Range } from './text-units.js';

const DELIVERY_WORD = /^(?:deliveries|delivery|delivered|shipments?|shipped|shipping|交付|到货|发货|出货)$/i;
// Where the goods go: Chinese customers at large, or China.
const TO_CHINA =
  /\b(?:to|for|with)\s+(?:(?:approved|licensed|its|their)\s+)?(?:Chinese\s+(?:customers|buyers|clients)|customers\s+in\s+China|China)\b|向(?:中国|国内)(?:的)?(?:客户|买家|企业)|(?:中国|国内)客户/i;
// Begun or done, said right at the delivery word: "first/initial … shipments", 已开始…交付 before it;
// "have begun", "have been delivered" after it, in the same clause.
const BEGUN_BEFORE = /\b(?:first|initial)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$|已(?:经)?开始[^，。；,;]{0,12}$/iu;
const BEGUN_AFTER = /^[^,;.，。；]{0,40}?\b(?:ha(?:ve|s)\s+(?:now\s+)?(?:begun|started)|began|started|ha(?:ve|s)\s+been\s+(?:delivered|made))\b/i;
// "stock down after first China shipments", 在首批交付后: background to what the item tells.
const AFTER_BEFORE = /\bafter\b[^,;.]{0,40}$|在[^，。；]{0,16}$/i;

/**
 * Whether a delivery with no holder and no figure tells goods that began reaching Chinese customers at
 * large, in sentence `s`; `decisionHere` when the sentence also tells a decision (the shipments a licence covers).
 */
export function deliveriesBegun(c: CandidateEvent, text: string, s: Range, decisionHere: boolean): boolean {
  if (c.kind !== 'delivery' || c.holders.length || c.quantity || c.certainty === 'denied' || decisionHere || !DELIVERY_WORD.test(c.trigger)) return false;
  const at = text.indexOf(c.trigger, s.start);
  if (at < 0 || at >= s.end) return false;
  const before = text.slice(Math.max(s.start, at - 40), at);
  const after = text.slice(at + c.trigger.length, s.end);
  if (AFTER_BEFORE.test(before)) return false;
  return TO_CHINA.test(text.slice(s.start, s.end)) && (BEGUN_BEFORE.test(before) || BEGUN_AFTER.test(after));
}
