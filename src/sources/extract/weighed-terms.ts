/**
 * Terms an authority is weighing for its licences: "Commerce Weighs Restricting H200 Licenses to Pre-Vetted Chinese End
 * Users", 美商务部酝酿要求H200出口许可持有人逐颗登记序列号. The licences such an item names, or the approvals its body describes
 * the terms by ("auditors approved by Washington", 获许可对华出口的企业), are what the terms would bind; nobody is granted
 * anything, and the terms are proposed.
 */
import type { CandidateEvent } from './candidate.js';

// A headline weighing terms: the weighing verb, then a term-making word ("restricting", "making … good for", "letting
// auditors", "a ceiling"), or 酝酿要求, 拟规定, 考虑限制.
const WEIGHED_TERMS =
  /\b(?:weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|float(?:s|ed|ing)?|eye(?:s|ing)?|draft(?:s|ed|ing)?)\s+(?:[\w,-]+\s+){0,2}?(?:restrict\w*|requir\w*|making|capp?\w*|ceilings?|limit\w*|letting|forcing|barring|banning|mandat\w*|tighter|(?:new\s+)?(?:conditions|terms|curbs|checks|audits|inspections))\b|(?:酝酿|拟|考虑|研究)(?:要求|规定|限制|增设|新增|对)/i;

const BUYERS_COUNTRY = /^(?:Chinese|China)$/i;

/** Turns the approvals an item weighing new terms names into the terms proposed. */
export function weighedTerms(cands: CandidateEvent[], text: string, titleEnd: number): void {
  if (!WEIGHED_TERMS.test(text.slice(0, titleEnd))) return;
  const grants = cands.filter(
    (c) =>
      c.kind === 'grant' &&
      c.certainty !== 'denied' &&
      c.certainty !== 'official' &&
      !c.quantity &&
      c.conditions.length > 0 &&
      // "any single Chinese end user … across all of Nvidia's licences": the buyers' nationality names no authority of
      // the exporter's licences; such an approval is left as it was.
      !(c.seller && BUYERS_COUNTRY.test(c.authority?.words ?? '')),
  );
  if (!grants.length) return;
  for (const g of grants) {
    const proposed = cands.find((c) => c.kind === 'condition_proposed' && c.authority?.value === g.authority?.value && c.item?.value === g.item?.value);
    // The proposal already read carries the terms; the approval they were read onto adds nothing.
    if (proposed) cands.splice(cands.indexOf(g), 1);
    else g.kind = 'condition_proposed';
  }
}
