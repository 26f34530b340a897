/**
 * Conditions a later sentence attaches to the grant an item tells ("The licences carry the conditions set out in
 * January's rule", 批准附有最终用途报告等要求), or says exist without naming them ("with strings", 附条件批准).
 */
import type { CandidateEvent } from './candidate.js';
import { conditionWordsIn } from './condition-verbs.js';
import type { Range } from './text-units.js';

// "The licences carry the conditions set out in January's rule", "every one of them bound by the rule's safeguards",
// 批准附有最终用途报告等要求, "the new approvals, granted under the January rule's conditions": conditions a later sentence
// attaches to the approval the item tells.
const ATTACHED =
  /\b(?:granted|issued|approved|awarded|cleared)\s+under\s+(?:the\s+)?(?:[A-Za-z'’-]+\s+){0,3}(?:conditions|terms|safeguards)\b|\b(?:carr(?:y|ies|ying)|comes? with|come with|(?:is|are|each|all|both|every one(?: of them)?|all of them) (?:subject to|bound by|governed by)|attached to)\b[^.;。；]{0,70}\b(?:conditions?|requirements?|terms|safeguards)\b|\bcomes? with\s+(?:[\w-]+\s+){0,3}(?:checks|inspections|audits)\b|\b(?:each|every|the|both|all)\s+(?:of\s+the\s+)?licen[cs]es?\s+(?:requires?|carr(?:y|ies)|includes?|mandates?)\b|\bsubject to\b(?=[^.;。；]{0,60}\b(?:testing|screening|checks|caps?|audits?|verification|reporting)\b)|\b(?:conditions?|requirements?|terms)\s+(?:now\s+)?attached|附有|附带|附加|获批企业(?:应|须)|获准企业(?:应|须)|(?:获批|获准|获得许可|获准进口)的?[^，。；,;]{0,8}?(?:企业|芯片|物项)[^，。；,;]{0,6}?(?:应当|应|须|必须|仅可|只能|不得)|相关芯片(?:仅可|只能|不得)|\b(?:approved|licensed) (?:firms|companies|buyers|importers)\s+(?:must|shall|are required)|\blicen[cs]ees\s+(?:must|shall)|\b(?:the (?:company|enterprise|firm|bank|group)|the approval|the licen[cs]e)\s+(?:shall|must|requires? that|is required to)\b|仅限用于|仅可用于|只能用于|不得转售|不得转让|不得向|(?:上述|获批|获准|该)?(?:企业|公司)(?:应当|须|必须)|(?:批复|复函)(?:同时)?要求|根据许可|相关芯片须|批准文件[^，。；]{0,4}对[^，。；]{0,24}作出限制|附[^，。；]{0,6}限制|\bthe chips\s+(?:must|may not|are to be)\b/i;

// ("spoke on condition of anonymity", "on condition they not be named": a source's terms, not the permit's;
// "subject to the conditions in its January rule": the rule's standing terms, told again.)
const CONDITIONAL =
  /\b(?:each|all|both) with the conditions\b|\bwith (?:strings|conditions)\b|(?<!\bno )\bstrings attached\b|\bconditional(?:ly)?\b|\bon (?:the )?conditions?\b(?! (?:of\b|(?:that )?(?:they|he|she|it|the \w+) (?:not|remain|are not|is not|be)\b))|\bsubject to (?:\w+ )?conditions\b(?! (?:in|of|set|laid)\b)|\bconditions attached\b|\bunder conditions\b|附(?:加|带)?条件|(?<!无)有条件/i;

// The permission itself, or what it covers, bound by what it says: "The licence confines the chips to…", "The approval
// requires the chips to stay at…", "The approved enterprises must…", "These chips can only…", 许可规定这批芯片只能部署在…,
// 批复载明的用途和地点 (not 按许可要求使用, 许可载明数量, 批复载明的芯片为: a licence followed, a figure, the goods), 这批芯片只能在境内使用, 要求该企业严格按照…, 对芯片的最终用途和部署地点作出了明确规定.
const BOUND_BY_PERMIT =
  /\b(?:the|its|this|that|each|every)\s+(?:import\s+|export\s+)?(?:approval|licen[cs]e|permit|authori[sz]ation|nod)\s+(?:also\s+|further\s+)?(?:requires?|confines?|restricts?|limits?|forbids?|bars?|prohibits?|obliges?|binds?|ties?)\b|\bthe approved (?:enterprises|companies|firms|applicants)\s+(?:must|shall|may not|are required|cannot)\b|\b(?:these|those|the)\s+(?:chips|processors|GPUs|units)\s+(?:can only|may only|cannot|can't|may not)\b|(?<!按|按照|依照|依据|根据|遵照)(?:许可|批复|批文|批准文件|核准文件)(?:中)?(?:规定|要求|明确|限定)(?!的?(?:数量|芯片为))|(?:许可|批复|批文|批准文件|核准文件)(?:规定|要求|明确|载明|限定|注明)的(?:用途|地点|场所|最终用户|最终用途|使用范围|部署地点)|(?:这批|该批|此批|上述|相关|所购)芯片(?:只能|仅能|仅可|仅限|不得|不能|须|必须|应当)|要求(?:该|上述|相关|获批)(?:企业|公司)|对[^，。；]{0,24}作出(?:了)?(?:明确)?(?:规定|限制|要求)/i;

/** Gives the item's grants the conditions named in a sentence that attaches them to the approval, or said to exist. */
export function attachConditions(text: string, sents: readonly Range[], candidates: CandidateEvent[]): void {
  const grants = candidates.filter((c) => c.kind === 'grant' && c.certainty !== 'denied');
  if (!grants.length) return;
  for (const s of sents) {
    const attached = ATTACHED.exec(text.slice(s.start, s.end)) ?? BOUND_BY_PERMIT.exec(text.slice(s.start, s.end));
    if (!attached) continue;
    const named = conditionWordsIn(text, s);
    for (const { kind, hit } of named)
      for (const g of grants) if (!g.conditions.some((c) => c.value === kind)) g.conditions.push({ value: kind, words: hit.words });
    // "Each licence carries the rule's testing and screening requirements": terms attached, if none this list names.
    if (!named.length) for (const g of grants) if (!g.conditions.length) g.conditions.push({ value: 'unspecified', words: attached[0] });
  }
  // "wins permit for 1,536 H200s, with strings", 附条件批准: conditions said to exist, none of them named.
  const said = CONDITIONAL.exec(text);
  if (said) for (const g of grants) if (!g.conditions.length) g.conditions.push({ value: 'unspecified', words: said[0] });
  // 获准进口的芯片应当…不得转售: the duties a grant carries are its conditions, not a second event agreeing to them.
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (
      (c.kind === 'condition_agreed' || c.kind === 'condition_proposed') &&
      DUTY.test(c.trigger) &&
      c.conditions.length &&
      c.conditions.every((x) => grants.some((g) => g.conditions.some((y) => y.value === x.value)))
    )
      candidates.splice(i, 1);
  }
}
const DUTY = /^(?:应当|应|须|必须|must|shall)$/i;
