/**
 * 湖南黄金旗下公司采购…, 据财新了解，蜀道装备旗下算力公司…: the firm a sentence names as the parent of a unit, the party the unit
 * acts for. The name before the parent's words, at the sentence's opening (or its notice's), after a source's lead, or after a
 * break.
 */
import { ZH_NOTICE_OF_UNIT, ZH_PARENT, ZH_PARENT_AFTER_BREAK, ZH_PARENT_OF_UNIT, ZH_PREFIX, ZH_SOURCE_LEAD } from './zh-name-patterns.js';

/**
 * The parent's name a sentence gives, if any; `afterBreak` is false where a later clause's parent is not looked for (the
 * headline's speaker already named the firm).
 */
export function unitParent(sentence: string, afterBreak: boolean): string | undefined {
  // Each pattern runs only where the word it needs is present: most sentences have none.
  if (!/子公司|附属公司|旗下|下属|参股/u.test(sentence)) return undefined;
  // 财联社独家｜…: an outlet's tag before a bar is not where the sentence's subject stands.
  const base = sentence.replace(/^[^｜|，。,]{1,12}[｜|]/u, (p) => ' '.repeat(p.length)).trimStart();
  const opening = base.replace(ZH_PREFIX, (p) => ' '.repeat(p.length)).trimStart();
  const lead = ZH_SOURCE_LEAD.exec(base);
  // (After a source's lead, only a unit told as one: 东风集团旗下高端电动车品牌岚图汽车 names the firm, not its group.)
  const found =
    ZH_PARENT.exec(opening) ??
    ZH_NOTICE_OF_UNIT.exec(opening) ??
    (lead ? ZH_PARENT_OF_UNIT.exec(base.slice(lead[0].length)) : null) ??
    (afterBreak ? ZH_PARENT_AFTER_BREAK.exec(sentence) : null);
  return found?.[1];
}
