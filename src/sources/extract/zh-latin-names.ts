/**
 * Firms named in Latin letters inside a Chinese sentence (据悉Tamsin Labs已向商务部提交…, 暂停Orrin Robotics进口…). The change
 * of script marks where such a name starts and ends, so no descriptor, place or hedge before it need be told apart from it
 * (烟叶分级企业Tamsin Labs传获批, 宜兴Orrin据悉获批): only where it stands says whether it is a firm the news is about.
 */
import type { Named } from './named.js';
import { covered } from './hit-ranges.js';
import { allMatches } from './all-matches.js';
import { genericLatinName, latinParty } from './untracked-party.js';
import { ZH_DECIDED_FIRM_AFTER, ZH_ITEM_AFTER_NAME, ZH_ORG_AFTER, ZH_VERB } from './zh-name-patterns.js';

// A run of capitalised Latin words, not inside a longer Latin or numeric token.
const LATIN_RUN = /(?<![A-Za-z0-9&'.-])[A-Z][A-Za-z0-9&'-]*(?: [A-Z][A-Za-z0-9&'-]*)*(?![A-Za-z0-9])/gu;
// "Orrin H200进口…": the item's model after a name is not part of it.
const ITEM_AFTER = /(?: [A-Z]\d{2,4}[A-Za-z]*)+$/u;
// A first word that names rather than abbreviates: a capital, then lower-case letters (AI, GPU or H200 alone name no firm).
const NAME_FIRST = /^[A-Z][A-Za-z0-9&'-]*[a-z][A-Za-z0-9&'-]*$/u;
// Words a firm's Latin name closes with (Tamsin Labs, Orrin Robotics, Kelby AI): with one, the name is a firm's wherever it
// acts or speaks, as a Chinese name ending in 科技 is (ZH_ORG).
const FIRM_KIND_CLOSE =
  /^(?:Robotics|Systems|Labs?|Technolog(?:y|ies)|Tech|Computing|Compute|Analytics|Data|Intelligence|AI|Cloud|Networks?|Semiconductors?|Software|Electronics|Dynamics|Automation|Bio|Biotech|Therapeutics|Energy|Materials|Digital|Vision|Sciences?|Instruments|Devices|Microsystems|Group|Holdings)$/u;
// 暂停Orrin Robotics进口…, 依法准予Tamsin Labs采购: the firm an authority's decision is taken on (as ZH_OBJECT reads it).
const DECIDED_BEFORE = /(?:批准|驳回|拒绝|否决|暂停|撤销|吊销|叫停|冻结|准许|准予|允许|收回|取消|恢复)了? ?$/u;
const DECIDED_AFTER = new RegExp(`^${ZH_DECIDED_FIRM_AFTER}`, 'u');
const ITEM_AFTER_NAME = new RegExp(`^(?:${ZH_ITEM_AFTER_NAME})`, 'u');
const ORG_AFTER = new RegExp(`^(?:${ZH_ORG_AFTER})`, 'u');

/**
 * Adds to `out` the firms `sentence` (a Chinese sentence starting at `sStart` in `text`) names in Latin letters where a
 * buyer stands: before a buyer's verb (Tamsin Labs已向…提交, Orrin据悉获批), before the item and its permission or order
 * (Orrin的H200订单), or after an authority's decision (暂停Orrin Robotics进口); a name closing with a kind of firm also
 * where a Chinese firm's name with an organisation's ending would stand (Tamsin Labs表示). Names already found are left.
 */
export function zhLatinNames(text: string, sentence: string, sStart: number, known: readonly { index: number; end: number }[], out: Named[]): void {
  for (const m of allMatches(LATIN_RUN, sentence)) {
    const name = m[0].replace(ITEM_AFTER, '');
    const words = name.split(' ');
    if (!NAME_FIRST.test(words[0]!) || genericLatinName(name)) continue;
    const index = sStart + m.index;
    // 九章云极DataCanvas: a firm's Latin name right after its Chinese one (found here or anywhere in the item) is that firm.
    const before = sentence.slice(0, m.index);
    if (known.some((k) => k.end === index) || out.some((p) => p.end === index || (/\p{Script=Han}$/u.test(p.words) && before.endsWith(p.words)))) continue;
    const after = sentence.slice(m.index + name.length).replace(/^ /u, '');
    const decided = DECIDED_BEFORE.test(sentence.slice(0, m.index)) && DECIDED_AFTER.test(after);
    const kindClosed = words.length > 1 && FIRM_KIND_CLOSE.test(words.at(-1)!);
    const stands = decided || ZH_VERB.test(after) || ITEM_AFTER_NAME.test(after) || (kindClosed && ORG_AFTER.test(after));
    if (stands && !covered(index, index + name.length, known) && !covered(index, index + name.length, out)) out.push(latinParty(name, index));
  }
}
