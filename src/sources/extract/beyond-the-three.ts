/**
 * The three approved firms named only as the ones others come after or beside (三大平台之后 排队申请H200进口的企业…,
 * 三巨头以外的企业): the event is the waiting firms', not the three's.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { escapeRegExp } from './phrase-match.js';
import { waitingRecordOf } from './reviews-under-way.js';

// Right after the three's words: "after", "besides", "apart from".
const CONTRAST_AFTER = /^\s*(?:之后|以后|以外|之外|外的|外)/u;

// Right before them: "beyond ByteDance, Alibaba and Tencent", "apart from the big three", 除字节跳动、阿里巴巴、腾讯(之外).
const CONTRAST_BEFORE = /(?:\b(?:apart from|aside from|besides|beyond|other than|outside(?: of)?)\s+(?:the\s+)?|除了?)$/iu;

// What either of them needs somewhere in the text.
const CONTRAST_ANYWHERE = /[后外除]|apart from|aside from|besides|beyond|other than|outside/iu;

/** 在字节跳动、阿里巴巴、腾讯之外: the three's names listed one after another, as the text writes them, if it does. */
function listed(text: string, names: string[]): string | undefined {
  if (names.length !== 3) return undefined;
  const name = `(?:${names.map(escapeRegExp).join('|')})`;
  return new RegExp(`${name}(?:\\s*[、，,和及与]\\s*${name}){2}`, 'u').exec(text)?.[0];
}

/** Gives an event whose holders are the three, named only as those others come after, to the waiting firms. */
export function beyondTheThree(final: CandidateEvent[], text: string, waitingParty: string | undefined, state: LedgerState): void {
  // (Without a word of contrast anywhere, neither test below can hold: most items stop here.)
  if (!waitingParty || !CONTRAST_ANYWHERE.test(text)) return;
  for (let i = final.length - 1; i >= 0; i--) {
    const c = final[i]!;
    if (c.holders.length < 3 || c.kind === 'order' || c.kind === 'delivery' || c.kind === 'supply') continue;
    const words = new Set(c.holders.map((h) => h.words));
    const w = words.size === 1 ? [...words][0]! : listed(text, [...words]);
    const at = w ? text.indexOf(w) : -1;
    // (Only a collective name or the three listed together, told once: "ByteDance, Alibaba and Tencent" alone name the three
    // themselves.)
    if (!w || at < 0 || text.indexOf(w, at + 1) >= 0) continue;
    if (!CONTRAST_AFTER.test(text.slice(at + w.length, at + w.length + 3)) && !CONTRAST_BEFORE.test(text.slice(Math.max(0, at - 24), at))) continue;
    // (An event the waiting firms already have in the item is not told twice.)
    if (final.some((o) => o !== c && o.kind === c.kind && o.holders.length === 1 && o.holders[0]!.value === waitingParty)) {
      final.splice(i, 1);
      continue;
    }
    c.holders = [{ value: waitingParty, words: state.party[waitingParty]?.name ?? waitingParty }];
    // (What the event told again is the waiting firms' record, not the three's.)
    // (Looked up only here: most items name no such group, and the ledger may be large.)
    if (c.retells) c.retells = waitingRecordOf(state, waitingParty)?.id ?? c.retells;
  }
}
