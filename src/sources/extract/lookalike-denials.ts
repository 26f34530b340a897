/**
 * Denial words that refuse no one: a licensing policy's name ("presumption of denial"), a restriction only imagined, what a
 * licence or a requirement bars, a report called inaccurate, a duty a permit carries, a use of the goods barred, firms named by
 * a refusal they once had ("rejected applicants", 被拒企业), a noun.
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';

// The uses of goods a term may bar: renting them or their compute out, reselling, transferring, lending, changing their use.
export const BARRED_USE_ZH = /^[^，。；,;]{0,16}?(?:对外出租|出租|外租|租给|租予|转售|转卖|转让|转借|出借|租赁|再出口|转移|改变用途|挪作他用)/u;
const BARRED_USE_EN =
  /^\s+(?:on\s+|from\s+)?(?:[\w'’-]+\s+){0,6}?(?:leasing|renting|rental|reselling|resale|re-?selling|re-?exporting|re-?export|transferring|transfers?|sublease|subleasing|lending)\b/i;

// Words that make what follows a grant a duty of its holder (须留在…且不得, 批复同时要求…不得, 获批…附带芯片不得出省的条件).
const DUTY_WORD = /须|应当?|必须|且|并|但|要求|同时|只能|仅可|仅能|附带|附加|附有/u;

/** Adds to `dropped` the denial triggers among `found` that name no refusal. */
export function lookalikeDenials(text: string, found: readonly { kind: CandidateKind; hit: Hit }[], dropped: Set<{ kind: CandidateKind; hit: Hit }>): void {
  // "dropped its presumption of denial in favour of case-by-case review": a licensing policy's name, no decision on anyone.
  for (const t of found)
    if (
      t.kind === 'denial' &&
      ((/^denial$/i.test(t.hit.words) && /\bpresumption\s+of\s+$/i.test(text.slice(Math.max(0, t.hit.index - 20), t.hit.index))) ||
        // ("replaced the old assumption that … applications would be refused": the same policy in other words.)
        /\b(?:assumption|presumption|expectation)\s+that\s+[^.;]{0,100}?\bwould\s+be\s+$/i.test(text.slice(Math.max(0, t.hit.index - 130), t.hit.index)))
    )
      dropped.add(t);
  // "to lock in supply before any new US curbs", "fears of possible bans": a restriction imagined is no decision.
  for (const t of found)
    if (
      t.kind === 'denial' &&
      /^(?:curbs?|bans?|restrictions?|blocks?)$/i.test(t.hit.words) &&
      /\b(?:any|possible|potential|future|looming|feared|threatened|(?:threat|risk|fears?|prospect|spectre|specter)\s+of)\s+(?:(?:new|further|fresh|tighter|stricter|more|US|U\.S\.|American|Chinese|Beijing's|Washington's|export|import)\s+){0,3}$/i.test(
        text.slice(Math.max(0, t.hit.index - 50), t.hit.index),
      )
    )
      dropped.add(t);
  // "Every license is conditioned on testing and bars re-export": what a licence bars is one of its terms, not a denial.
  for (const t of found)
    if (
      t.kind === 'denial' &&
      /^(?:bars?|barred|prohibits?|forbids?)$/i.test(t.hit.words) &&
      /\b(?:licen[cs]es?|approvals?|permits?|rules?|conditions?|terms)\b[^.;!?]{0,100}$/i.test(text.slice(Math.max(0, t.hit.index - 110), t.hit.index))
    )
      dropped.add(t);
  // 媒体关于获批的说法不准确: "inaccurate" faults a report; it refuses no one.
  for (const t of found) if (t.kind === 'denial' && t.hit.words === '不准' && text[t.hit.end] === '确') dropped.add(t);
  // 获准进口英伟达H200 芯片须留在深圳总部且不得外租: what a holder must not do is a duty its permit carries, not a denial;
  // what it must not do while suspended is the suspension's effect.
  for (const t of found)
    if (
      t.kind === 'denial' &&
      /^(?:不得|不准)$/u.test(t.hit.words) &&
      found.some((g) => {
        const between = text.slice(g.hit.end, t.hit.index);
        if (g.hit.end > t.hit.index || /[。；;！？!?]/u.test(between)) return false;
        // 决定暂停该公司的许可，暂停期内该公司不得…: what a suspension bars is its effect, not a second decision.
        return (g.kind === 'grant' && DUTY_WORD.test(between)) || g.kind === 'suspension' || g.kind === 'revocation';
      })
    )
      dropped.add(t);
  // 商务部拟…要求获批企业…不得以算力租赁形式向第三方提供: what a requirement bars is one of its terms, not a ban on anyone;
  // 不得超过对华出货量的15%: "must not exceed" caps a figure, a term too.
  for (const t of found)
    if (
      t.kind === 'denial' &&
      /^(?:不得|不准)$/u.test(t.hit.words) &&
      (/(?:要求|规定|须|承诺)[^。；！？]{0,30}$/u.test(text.slice(Math.max(0, t.hit.index - 32), t.hit.index)) ||
        /^(?:超过|超出|高于|多于)/u.test(text.slice(t.hit.end, t.hit.end + 2)))
    )
      dropped.add(t);
  // 拟禁止获批企业对外出租相关算力, 不得擅自改变用途, "a ban on Chinese buyers leasing out the chips' compute": barring a use of the goods
  // (renting out, resale, transfer) is a term on those who hold them, not a refusal of anyone.
  for (const t of found)
    if (
      t.kind === 'denial' &&
      (/^(?:禁止|严禁|不允许|不得|不准)$/u.test(t.hit.words)
        ? BARRED_USE_ZH.test(text.slice(t.hit.end, t.hit.end + 24))
        : /^(?:bans?|banned|bars?|barred|prohibits?|prohibited|prohibition|forbids?|curbs?)$/i.test(t.hit.words) &&
          BARRED_USE_EN.test(text.slice(t.hit.end, t.hit.end + 80)))
    )
      dropped.add(t);
  // "renting capacity to rejected applicants", "to turned-down firms", "to companies refused import permission", 租给被拒企业:
  // firms named by a refusal they once had are whom a term keeps the goods from, not firms refused now.
  for (const t of found) if (t.kind === 'denial' && describesFirms(text, t.hit)) dropped.add(t);
  // "a supplier of chemical building blocks", "roadblocks": the noun, not a refusal.
  for (const t of found)
    if (
      t.kind === 'denial' &&
      /^blocks?$/i.test(t.hit.words) &&
      /\b(?:building|road|stumbling|tower|city|starting)[\s-]*$/i.test(text.slice(Math.max(0, t.hit.index - 12), t.hit.index))
    )
      dropped.add(t);
}

const REFUSED_EN = /^(?:rejected|refused|denied|turned[\s-]down|blocked)$/i;
// A preposition before the refusal word and the firms after it ("to rejected applicants").
const BEFORE_ATTRIBUTE = /\b(?:to|for|from|with|against|among|of|by)\s+(?:(?:previously|once|earlier|already)\s+)?$/i;
const FIRMS_AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:applicants|firms|companies|bidders|buyers|importers|rivals|players)\b/iu;
// The firms before the refusal word that describes them ("to companies refused import permission").
const FIRMS_BEFORE =
  /\b(?:to|for|from|with|against|among)\s+(?:[\p{L}-]+\s+)?(?:applicants|firms|companies|bidders|buyers|importers)\s+(?:(?:that|who)\s+(?:were|had\s+been|have\s+been)\s+)?$/iu;

/** Whether a refusal word only describes the firms a term keeps the goods from (to whom they may not be rented or sold). */
function describesFirms(text: string, hit: Hit): boolean {
  if (REFUSED_EN.test(hit.words))
    return (
      (BEFORE_ATTRIBUTE.test(text.slice(Math.max(0, hit.index - 20), hit.index)) && FIRMS_AFTER.test(text.slice(hit.end, hit.end + 30))) ||
      FIRMS_BEFORE.test(text.slice(Math.max(0, hit.index - 50), hit.index))
    );
  return (
    /^(?:被拒|遭拒|拒绝|驳回|被驳回)$/u.test(hit.words) &&
    /(?:租给|出租给|卖给|转售给|提供给|供给)[^，。；]{0,12}$/u.test(text.slice(Math.max(0, hit.index - 16), hit.index)) &&
    /^[^，。；]{0,3}?(?:的)?(?:企业|公司|买家|申请人|客户)/u.test(text.slice(hit.end, hit.end + 6))
  );
}
