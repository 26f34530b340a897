/**
 * A headline names a firm by its short name (古越龙山, 侨银股份, "Visual China's licence"), the body by its
 * full legal name (浙江古越龙山绍兴酒股份有限公司, 侨银城市管理股份有限公司（002973）, "Visual China Group Co.").
 * When a decision by a Chinese authority names no holder, the one firm the item names (short, in full, or both) is
 * its holder.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { covered } from './hit-ranges.js';
import type { Named } from './named.js';
import { escapeRegExp } from './phrase-match.js';
import { namesOneFirm } from './same-firm.js';
import { AUTHORITY_KINDS } from './trigger.js';
import { zhGenericName } from './unknown-names.js';
import { EN_NOT_NAME, latinParty, zhParty, zhPartyId } from './untracked-party.js';

// 浙江五芳斋实业股份有限公司, 侨银城市管理股份有限公司（002973）, 视觉中国（000681）: a legal name, or a name with its stock code.
const ZH_LEGAL = /[\p{Script=Han}（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司)|[\p{Script=Han}]{2,12}(?=[（(]\d{6}(?:\.(?:SH|SZ|HK))?[)）])/gu;
const ZH_SUFFIX = /(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$/u;
// "Visual China Group Co.", "Shanghai Bairun Investment Holding Group": capitalised words before a legal ending.
const EN_LEGAL =
  /\b((?:[A-Z][\p{L}\d&-]*\s+){1,5}?)(?:(?:Investment\s+)?(?:Holdings?\s+)?(?:Group|Co\.|Company|Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation)|Technology|Technologies)\b/gu;
// What opens a clause, so a legal name right after it is the whole name (经核查，爱普香料集团股份有限公司擅自…).
const CLAUSE_START = /(?:^|[，。；：、,;:\s“"])$/u;

/** Gives each holderless decision by a Chinese authority the one firm the headline and the body name, short and in full. */
export function firmNamedInFull(folded: CandidateEvent[], text: string, titleEnd: number, names: readonly Named[], state: LedgerState): void {
  const holderless = (c: CandidateEvent) =>
    !c.holders.length && AUTHORITY_KINDS.has(c.kind) && !!c.authority && state.authority[c.authority.value]?.country === 'CN';
  // A firm the names already hold is the item's own (its legal name in the body is the same firm again).
  // A telling already held by an untracked firm is the item's news; its holderless tellings are the same story's
  // (old news retold, 此前提交了…申请, is not that telling).
  if (!folded.some(holderless) || folded.some((c) => c.kind !== 'restatement' && c.holders.some((h) => !state.party[h.value]))) return;
  const title = text.slice(0, titleEnd);
  const firms = new Map<string, Named>(names.filter((n) => !n.tracked && n.kind === 'party').map((n) => [n.id, n]));
  // 侨银股份 in the headline and 侨银城市管理股份有限公司 in the body are one firm.
  const known = (words: string) =>
    [...firms.values()].some((f) => f.words.includes(words) || words.includes(f.words) || namesOneFirm(f.words, words) || namesOneFirm(words, f.words));
  for (const m of text.matchAll(ZH_LEGAL)) {
    const whole = m[0];
    const core = whole.replace(ZH_SUFFIX, '');
    const named = CLAUSE_START.test(text.slice(0, m.index)) && core.length >= 2 && !zhGenericName(core) ? whole : sharedWith(core, title);
    if (named && !known(named) && !covered(m.index, m.index + whole.length, names)) firms.set(zhPartyId(named), zhParty(named, m.index));
  }
  for (const m of text.slice(titleEnd).matchAll(EN_LEGAL)) {
    const words = m[1]!.trim().split(/\s+/u);
    const inTitle = words.filter((w) => new RegExp(String.raw`\b${escapeRegExp(w)}\b`, 'u').test(title));
    if (!inTitle.length || inTitle.every((w) => EN_NOT_NAME.test(w))) continue;
    // The words the headline shares, in the body's order: "Visual China", "Bairun".
    const from = words.indexOf(inTitle[0]!);
    const run = words.slice(from, from + inTitle.length).join(' ');
    const index = titleEnd + m.index + m[0].indexOf(run);
    if (!known(run) && !covered(index, index + run.length, names)) firms.set(run.toLowerCase(), latinParty(run, index));
  }
  if (firms.size !== 1) return;
  const [firm] = [...firms.values()];
  for (const c of folded) if (holderless(c) && toldOf(c, text, titleEnd, firm!)) c.holders = [{ value: firm!.id, words: firm!.words }];
}

// 该公司, 其, "the company": a sentence referring back to the firm an earlier one named.
const REFERS_BACK = /该公司|该企业|该集团|其(?:所持|持有|H\d|进口|申请)|\b(?:the|its) (?:company|firm|group|maker|operator)\b/i;

/**
 * Whether a decision is told of the firm: told in the headline, or in a sentence that names the firm or
 * refers back to it. "falls outside the licences the ministry grants", beside a firm's other news, is not.
 */
function toldOf(c: CandidateEvent, text: string, titleEnd: number, firm: Named): boolean {
  if (text.slice(0, titleEnd).includes(c.trigger)) return true;
  const at = text.indexOf(c.trigger, titleEnd);
  if (at < 0) return false;
  const start = Math.max(...['。', '. ', '；'].map((p) => text.lastIndexOf(p, at) + 1));
  const ends = ['。', '. ', '；'].map((p) => text.indexOf(p, at)).filter((i) => i >= 0);
  const sentence = text.slice(start, ends.length ? Math.min(...ends) : text.length);
  return sentence.includes(firm.words) || REFERS_BACK.test(sentence);
}

/** The longest run of two to eight characters of `core` that the headline names too and that is a name, not a phrase. */
function sharedWith(core: string, title: string): string | undefined {
  for (let len = Math.min(8, core.length); len >= 2; len--)
    for (let i = 0; i + len <= core.length; i++) {
      const part = core.slice(i, i + len);
      if (title.includes(part) && !zhGenericName(part)) return part;
    }
  return undefined;
}

/**
 * 华川机电 in the headline, 华川机电股份有限公司 in the body: a holder named by its legal name is the firm the headline
 * names short, so that every telling of its news holds one id.
 */
export function headlineShortNames(folded: CandidateEvent[], titleEnd: number, names: readonly Named[]): void {
  const short = names.filter((n) => !n.tracked && n.kind === 'party' && n.index < titleEnd && !ZH_SUFFIX.test(n.words));
  if (!short.length) return;
  for (const c of folded)
    c.holders = c.holders.map((h) => {
      if (!ZH_SUFFIX.test(h.words)) return h;
      const n = short.find((s) => namesOneFirm(s.words, h.words) || h.words.startsWith(s.words));
      return n ? { value: n.id, words: n.words } : h;
    });
}
