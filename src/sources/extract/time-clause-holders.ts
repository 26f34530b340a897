/**
 * Firms named in a time clause after an event: "Alibaba has placed orders for 100,000 H200s …, a day after
 * Beijing cleared the company along with ByteDance and Tencent", "Alibaba said it had not signed up to the
 * terms, after a report that Tencent had accepted them". The clause places the event in time; the firms it
 * names are not its parties. So does a finding that led to it ("put ByteDance's imports on hold after finding it let
 * start-ups use the chips").
 */
import type { CandidateEvent } from './candidate.js';
import { sameSet } from './tellings.js';

const TIME_CLAUSE =
  /,\s+(?:(?:a|one|two|three|several|some|just)\s+(?:days?|weeks?|months?)\s+|(?:days|weeks|months)\s+)?(?:after|since|when|following)\b|，(?:就在|此前|此前一天|一天前)|\s(?:after|upon|on)\s+(?:finding|discovering|learning|determining|concluding|it\s+(?:found|emerged|was\s+found))\b/gi;

/** Drops from an event (not a restatement) the holders first named in a time clause after its trigger, keeping at least one; then drops exact repeats of orders and deliveries. */
export function timeClauseHolders(cands: CandidateEvent[], text: string): void {
  for (const c of cands) {
    if (c.kind === 'restatement' || c.holders.length < 2) continue;
    const at = text.indexOf(c.trigger);
    if (at < 0) continue;
    const end = text.slice(at).search(/[.;。；](?:\s|$)|[。；]/u);
    const sentenceEnd = end < 0 ? text.length : at + end;
    TIME_CLAUSE.lastIndex = at;
    const clause = TIME_CLAUSE.exec(text);
    if (!clause || clause.index >= sentenceEnd) continue;
    const kept = c.holders.filter((h) => {
      const where = text.indexOf(h.words, at);
      return where < 0 || where < clause.index || where >= sentenceEnd;
    });
    if (kept.length && kept.length < c.holders.length) c.holders = kept;
  }
  for (let i = cands.length - 1; i > 0; i--) {
    const c = cands[i]!;
    const same = cands
      .slice(0, i)
      .some((o) => o.kind === c.kind && o.item?.value === c.item?.value && o.quantity?.value === c.quantity?.value && sameSet(o.holders, c.holders));
    if (same && (c.kind === 'order' || c.kind === 'delivery')) cands.splice(i, 1);
  }
}
