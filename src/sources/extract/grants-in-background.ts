/**
 * English grant words that set the scene for other news rather than tell a grant: a permission named as the time
 * something else happened ("orders 500 H200s after import nod", "days after the company won approval"), permissions
 * told as a flow that goes on around the news ("as more buyers win import approval", "as approvals trickle in", "as
 * Beijing clears more importers"), and a permission named as where goods come from ("from its shared clearance").
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';

// The permission nouns a time phrase or a flow names; the trigger may carry a verb before them ("won import approval").
const PERMISSION_NOUN_END =
  /(?:^|\s)(?:approvals?|nods?|clearances?|go-aheads?|green\s+lights?|licen[cs]es?|permits?|sign-offs?|authori[sz]ations?|permission)$/i;

// "after import nod", "after Beijing's approval", "weeks after the company won import approval": the permission is the
// time the news happened. A granting verb in the gap ("after a review Beijing granted approval") tells the grant itself,
// so it stops the match; so does any punctuation.
const AFTER_BEFORE =
  /\bafter\s+(?:(?!(?:granted|grants?|gave|gives|given|issued|issues?|approved|approves?|handed|hands?|signed|signs)\s)[\p{L}\p{N}'’-]+\s+){0,5}$/iu;

// "as more buyers win import approval", "once smaller buyers are cleared", "as further permits are issued": a clause of
// permissions still spreading, told beside the news. The clause runs from its "as" or "once" to the trigger unbroken.
const SPREADING_CLAUSE_BEFORE =
  /\b(?:as|once|while)\s+(?:more|further|other|smaller|additional|new)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}(?:(?:are|were|is|get|gets|be)\s+)?$/iu;
// "as approvals come through", "as the first wave of approvals works through", "as H200 licences trickle in": the flow
// told after the noun.
const FLOW_CLAUSE_BEFORE = /\b(?:as|once|while)\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}$/iu;
const FLOW_AFTER =
  /^\s+(?:come|comes|came|work|works|worked|trickle|trickles|trickled|roll|rolls|rolled|filter|filters|flow|flows|move|moves)\s+(?:through|in|out|slowly)\b/i;
// "as Beijing clears more smaller importers": the body clearing more, in an "as" clause.
const BODY_CLAUSE_BEFORE = /\b(?:as|once|while)\s+(?:Beijing|Washington|China|Commerce|MOFCOM|regulators|officials|the\s+(?:commerce\s+)?ministry)\s+$/iu;
const MORE_AFTER = /^\s+more\b/i;

// "the first 9,870 H200s from its shared clearance", "an order under its new import clearance", "chips covered by its
// import clearance": the permission goods are counted from is the holder's own, named as a thing. ("drawing on the import
// approval it received": the same with "the"; "the H200s covered by the collective approval Beijing issued" may tell the
// approval and its split, so "covered by" needs the holder's own.)
const SOURCE_BEFORE = /\b(?:(?:from|under|covered\s+by)\s+(?:its|their)|(?:drawing\s+on|drawn\s+from)\s+(?:its|their|the))\s+(?:[\p{L}\p{N},.-]+\s+){0,3}$/iu;

// "Three years after Beijing's first H200 nod: …", "A month after Beijing's H200 nod, …": a sentence that opens by
// counting time since the approval looks back on it, and what it retells is for the restatement reading to weigh
// (old-news.ts), so these are left alone; so is an approval dated in the past ("after last month's approval").
const DATED_BEFORE =
  /\bafter\s+(?:the\s+)?(?:last\s+(?:week|month|year)['’]s|(?:January|February|March|April|May|June|July|August|September|October|November|December)['’]s|earlier|previous|prior)\s+/iu;
const LOOKING_BACK_BEFORE =
  /(?:^|[.!?]\s+)(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|several|just|only|nearly|almost|about|and|half|\d+)\s+)*(?:years?|months?|weeks?|days?)\s+after\s+[^,;:.!?]*$/iu;

/** Adds to `dropped` the English grant triggers among `found` that set the scene for other news rather than tell a grant. */
export function grantsInBackground(text: string, found: readonly { kind: CandidateKind; hit: Hit }[], dropped: Set<{ kind: CandidateKind; hit: Hit }>): void {
  for (const t of found) {
    if (t.kind !== 'grant') continue;
    const before = text.slice(Math.max(0, t.hit.index - 80), t.hit.index);
    // (Only the clause the trigger stands in counts: the text after the last break before it.)
    const clause = before.split(/(?<!\d)[,.]|[,.](?!\d)|[;:!?|]|\s[-–—]\s/u).pop() ?? '';
    const noun = PERMISSION_NOUN_END.test(t.hit.words);
    if (
      (noun && AFTER_BEFORE.test(clause) && !DATED_BEFORE.test(clause) && !LOOKING_BACK_BEFORE.test(text.slice(Math.max(0, t.hit.index - 160), t.hit.index))) ||
      (noun && SOURCE_BEFORE.test(clause)) ||
      (noun && SPREADING_CLAUSE_BEFORE.test(clause)) ||
      (/^(?:approvals|licen[cs]es|permits|clearances)$/i.test(t.hit.words) &&
        FLOW_CLAUSE_BEFORE.test(clause) &&
        FLOW_AFTER.test(text.slice(t.hit.end, t.hit.end + 24))) ||
      (/^(?:cleared|approved)$/i.test(t.hit.words) && SPREADING_CLAUSE_BEFORE.test(clause)) ||
      (/^(?:clears|approves|licenses)$/i.test(t.hit.words) && BODY_CLAUSE_BEFORE.test(clause) && MORE_AFTER.test(text.slice(t.hit.end, t.hit.end + 8)))
    )
      dropped.add(t);
  }
}
