/**
 * Terms framed as the grant's own in its sentence: "clears Richinfo to import H200s on a no-resale pledge",
 * 批准…并附加最终用户、最终用途承诺及不得转售等条件, 以书面承诺不转售为条件. The pledge is what the approval was given
 * on, so it is the grant's condition, not a second event of the holder agreeing to terms.
 */
import type { CandidateEvent } from './candidate.js';
import { sentenceAt } from './text-units.js';

// "on a no-resale pledge", "on its written undertaking", "on the promise that…"
const ON_PLEDGE_BEFORE = /\bon\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}$/i;
// 附加…承诺…条件, 以…承诺为条件/前提
const ZH_FRAME_BEFORE = /(?:附加|附带|附有|以)[^，。；,;]{0,16}$/u;
const ZH_FRAME_AFTER = /^[^，。；,;]{0,16}?(?:条件|为前提)/u;
// The trigger that is the frame itself: 附加最终用途承诺及不得出租等条件.
const ZH_FRAME = /^(?:附加|附带|附有)[^，。；,;]*条件$/u;

// 附条件予以许可: the grant says it carries conditions; 应/须 after it put them on the holder.
const CONDITIONED_BEFORE = /附条件[^，。；,;]{0,4}$/u;
const PERMIT_DUTY_BEFORE = /(?:许可|批复|批文|批准)(?:还|同时|另|并)?(?:要求|规定|明确)[^。！？]{0,30}?(?:须|必须|应当?|需)$/u;
const DUTY_BETWEEN = /^[^。；;]*(?:应当?|须|必须|需|要求)[^。；;，,]*$/u;

/** Folds into the grant of its sentence each condition the sentence frames as what the grant was given on. */
export function termsOfGrant(folded: CandidateEvent[], text: string): void {
  for (let i = folded.length - 1; i >= 0; i--) {
    const t = folded[i]!;
    if (t.kind !== 'condition_agreed' || t.certainty === 'denied') continue;
    const at = text.indexOf(t.trigger);
    if (at < 0) continue;
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + t.trigger.length, at + t.trigger.length + 24);
    const framed = ON_PLEDGE_BEFORE.test(before) || ZH_FRAME.test(t.trigger) || (ZH_FRAME_BEFORE.test(before) && ZH_FRAME_AFTER.test(after));
    // 获准进口…；许可要求芯片仅限自用，并须接受用途核查: a duty the permit itself sets, told in the clause after the grant.
    const permitDuty = PERMIT_DUTY_BEFORE.test(before);
    const s = sentenceAt(text, at);
    const grant = folded.find((g) => {
      if (g.kind !== 'grant' || g.certainty === 'denied' || !g.holders.length) return false;
      const where = text.indexOf(g.trigger, s?.start ?? 0);
      if (!t.holders.every((h) => g.holders.some((x) => x.value === h.value))) return false;
      if (permitDuty && text.indexOf(g.trigger) >= 0 && text.indexOf(g.trigger) < at) return true;
      if (s === undefined || where < s.start || where >= s.end) return false;
      // 决定附条件予以许可，企业应严格履行最终用途承诺: a grant given with conditions, then the duties it puts on its holder.
      return framed || (where < at && CONDITIONED_BEFORE.test(text.slice(Math.max(s.start, where - 6), where)) && DUTY_BETWEEN.test(text.slice(where, at)));
    });
    if (!grant) continue;
    for (const c of t.conditions) if (!grant.conditions.some((x) => x.value === c.value)) grant.conditions.push(c);
    if (!grant.conditions.length) grant.conditions.push({ value: 'unspecified', words: t.trigger });
    folded.splice(i, 1);
  }
}
