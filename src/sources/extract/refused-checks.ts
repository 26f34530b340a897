/**
 * "after Chinese buyer refuses on-site check", 拒绝美方现场核查: a firm refusing an inspection, an audit or a visit refuses
 * no one a licence; the refusal is the reason for some other decision, not a denial of its own.
 */
import type { Hit } from './phrase-index.js';
import type { CandidateKind } from './candidate.js';

// What is refused, right after the verb: a check, an audit, a visit, cooperation, a comment.
const CHECK_AFTER_EN =
  /^\s+(?:(?:an?|the|to allow|to permit|to let|US|U\.S\.|American|Washington's|Commerce's)\s+)*(?:[\w.-]+\s+){0,2}?(?:checks?|inspections?|inspectors?|audits?|auditors?|visits?|site visits?|probes?|questions?|interviews?|to comment|comment|to cooperate|cooperation)\b|^\s+access\s+to\s+(?:(?:its|the|their|US|U\.S\.)\s+)?(?:[\w.-]+\s+){0,2}?(?:auditors?|inspectors?|officials?|sites?|data halls?|facilities)\b/i;
const CHECK_AFTER_ZH = /^(?:接受|配合)?[^，。；,;]{0,6}?(?:核查|检查|审计|查验|巡查|走访|实地|现场|调查|问询|采访|置评|评论)/u;

/** The refusal triggers in `found` whose object is a check, an audit or a visit, not a permission. */
export function refusedChecks(text: string, found: readonly { kind: CandidateKind; hit: Hit }[], dropped: Set<{ kind: CandidateKind; hit: Hit }>): void {
  for (const t of found) {
    if (t.kind !== 'denial' || !/^(?:refus\w*|declin\w*|denied|denies|deny|block\w*|拒绝|拒不|拒)$/iu.test(t.hit.words)) continue;
    const after = text.slice(t.hit.end, t.hit.end + 60);
    if ((/[\p{Script=Han}]/u.test(t.hit.words) ? CHECK_AFTER_ZH : CHECK_AFTER_EN).test(after)) dropped.add(t);
  }
}
