/**
 * Goods named reaching somewhere ("the first 640 H200s reach Harbin", "no H200s have reached its labs") tell an arrival;
 * the same verb after other heads does not. This tells which "reach" delivery triggers are no arrival.
 */
import type { Hit } from './phrase-index.js';

// (Only goods named as the subject: "imports reached about 45,000" counts imports, a figure the trigger means.)
const REACH_TRIGGER = /^(?!imports?\b)[\p{L}\p{N}-]+\s+(?:ha(?:ve|s|d)\s+(?:(?:now|already)\s+)?)?reach\w*$/iu;
// "orders for Nvidia's H200 reach about 2.3 million chips": what reaches a figure is a total, not goods arriving.
const FIGURE_AFTER =
  /^\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|just|over|more than|as many as|at least|an estimated|a record)\s+)*(?:[$\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|half a)\s+(?:hundred|thousand|million)\b)/i;
// "its application for Nvidia H200 processors reached the ministry", "commitments for Nvidia H200s have reached": the goods
// name what a request or an order is for; the request or the order is what reaches.
const FOR_GOODS_BEFORE = /\b(?:for|of)\s+(?:(?:importing|buying|purchasing)\s+)?(?:Nvidia(?:['’]s)?\s+)?(?:H\d{2,3}\s+)?$/i;
// "checks whether chips reached unapproved users", "how some of the processors reached a Kazakh trader": a diversion under
// investigation, not a buyer's delivery.
const QUESTIONED_BEFORE = /\b(?:whether|how|if)\s+(?:[\p{L}’'-]+\s+){0,4}$/iu;
// "after chips reach blacklisted firms", "no H200s reach military end users": goods reaching end users nobody licensed.
const END_USERS_AFTER =
  /^\s+(?:[\p{L}’'-]+\s+){0,3}?(?:end[- ]users?|users|parties|unapproved|unauthori[sz]ed|unvetted|unlisted|blacklisted|barred|military|entity\s+list)\b/iu;

/** Whether a delivery trigger ending in "reach" tells no arrival (a total reached, a request reaching, a diversion). */
export function reachNotArrival(hit: Hit, text: string): boolean {
  if (!REACH_TRIGGER.test(hit.words)) return false;
  const before = text.slice(Math.max(0, hit.index - 60), hit.index);
  const after = text.slice(hit.end, hit.end + 60);
  return FIGURE_AFTER.test(after) || FOR_GOODS_BEFORE.test(before) || QUESTIONED_BEFORE.test(before) || END_USERS_AFTER.test(after);
}
