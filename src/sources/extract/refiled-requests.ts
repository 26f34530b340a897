/**
 * A request filed again after a refusal: the refiling is the item's news, and the refusal it answers is its history.
 */
import type { CandidateEvent } from './candidate.js';
import { sameSubject } from './item-rules.js';

// "resubmits", "refiles", "tries again for", "files again", "a second application", 重新报送, 再次递交, 二度申请: a request made anew.
const REFILED =
  /\b(?:resubmi(?:t|ts|tted|tting|ssion)|refil(?:e|es|ed|ing)|reappl(?:y|ies|ied|ying|ication)|tr(?:y|ies|ied|ying) again for|(?:files?|filed|filing|appl(?:y|ies|ied|ying)|submits?|submitted)\s+(?:again|anew)|(?:second|fresh|renewed) (?:application|bid|request|filing))\b|重新(?:报送|递交|提交|申请|申报)|(?:再次|再度|二度|第二次)(?:申请|递交|提交|报送|申报)/i;

// "may refile", "plans to reapply", 拟重新申报, 可补充材料后重新申请: a refiling yet to be made.
const PLANNED =
  /\b(?:may|might|could|would|will|to|plans? to|intends? to|expects? to)\s+(?:\w+\s+)?$|(?:拟|将|可|计划|准备|打算|考虑|或|待)[^，。；！？]{0,10}$/i;

/**
 * Keeps the request an item tells refiled, and drops the refusal of the earlier bid it tells as the reason ("tries again
 * for an import permit after its first bid was turned down", 首次报送的申请未获批准；…再次递交引进申请). Where the
 * refusal was all that was read, it becomes the request, told with the refiling's words and its certainty.
 */
export function refiledRequests(cands: CandidateEvent[], text: string, titleEnd: number): void {
  // The headline tells the refiling as done; "it would reapply", 可重新申请 in a refusal's story is only a plan.
  const title = text.slice(0, titleEnd);
  const refiled = REFILED.exec(title);
  if (!refiled || PLANNED.test(title.slice(Math.max(0, refiled.index - 16), refiled.index))) return;
  const refusals = cands.filter((c) => c.kind === 'denial' && c.certainty !== 'denied');
  if (!refusals.length) return;
  const requests = cands.filter((c) => c.kind === 'application' && c.certainty !== 'denied');
  for (const refusal of refusals) {
    const request = requests.find((r) => sameSubject(r, refusal));
    cands.splice(cands.indexOf(refusal), 1);
    if (request) {
      if (!request.holders.length) request.holders = [...refusal.holders];
      continue;
    }
    cands.push({ ...refusal, kind: 'application', trigger: refiled[0], holders: [...refusal.holders], conditions: [], dates: [...refusal.dates] });
    requests.push(cands.at(-1)!);
  }
}
