/**
 * Beijing's decision on a batch of firms it does not name (第五批, 9家企业, "a fourth batch of companies", "12 more firms"),
 * and terms weighed for the firms still to be decided ("second-wave importers", 后续获批企业): the firms still waiting.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';

// 第五批, 9家企业, 部分H200进口申请, "a fourth batch of companies", "12 more firms", "ten more approvals", "second-round approvals":
// a decision on a batch of unnamed firms. (Three firms, 三家企业, with no 另, 又 or 新 before them, are the first approval's
// three told again, as "three firms" is in English and in tallies.ts.)
const BATCH_OF_FIRMS =
  /(?:多家|数家|部分|一些|若干|个别|其他|其余|一批)(?:[\p{Script=Han}]{0,6})(?:企业|公司|机构|银行|厂商|平台|服务商)|部分(?:H\d{2,3})?(?:芯片)?(?:进口)?申请|\b(?:several|some|a (?:few|number of|handful of|group of)|many|multiple|dozens of|scores of|smaller|second-tier|other|from)\s+(?:[\p{L}\p{N}-]+\s+){0,3}(?:companies|firms|lenders|banks|applicants|importers|buyers|renters|operators|start-?ups|developers|makers|groups|providers)\b|第[二三四五六七八九十\d]+批|(?:(?<=[另又再新增余他]\p{Script=Han}{0,3})[三3]|(?![三3]家)[\d一二三四五六七八九十两]+)家(?:企业|公司)|\b(?:another|a (?:new|further|fresh|second|third|fourth|fifth|sixth)|the (?:second|third|fourth|fifth|sixth|next|latest)) (?:batch|group|round|wave|tranche) of (?:[\p{L}-]+\s+){0,2}(?:companies|firms|applicants|importers|buyers)\b|\b(?<!\b(?:the|these|those|its|their) )(?:\d+|two|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:half )?a dozen|two dozen) (?:more |other |further )?(?:Chinese )?(?:H\d{2,3} )?(?:import )?(?:companies|firms|applicants|importers)\b|\b(?:\d+|two|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen) more (?:H\d{2,3} )?(?:import )?approvals\b|\b(?:second|third|fourth|next|later)[- ]round (?:H\d{2,3} )?(?:import )?approvals\b|\b(?:companies|firms) approved after\b/iu;

// (不予批准三家企业的申请: three firms refused are firms that were waiting; the first three were approved long ago.)
const THREE_FIRMS = /[三3]家(?:企业|公司)/u;

// "Second-wave H200 importers", "Later H200 applicants", "firms still awaiting", "the next round", "pending applications",
// 后续获批企业, 后续获批H200进口的企业, 新获批企业, 后续H200进口审批, 排队中的H200进口申请, 待审申请.
// 今后获准进口…的企业, 后续获批企业, 尚待审批的…企业, 新申请企业, 下批…企业, "future H200 imports", "newly approved importers": the
// firms a rule will bind once approved.
const FUTURE_GRANTEES =
  /(?:今后|此后|日后|以后)(?:新)?(?:获(?:准|批)|取得|获得)[^，。；：]{0,16}?的(?:企业|公司|单位)|后续获批(?:的)?(?:企业|公司)|(?:尚待|仍待)审批的[^，。；：]{0,12}?(?:企业|公司)|新申请(?:的)?(?:企业|公司|单位)|(?:下一?批|新一批)(?:H\d{2,3})?(?:进口)?(?:获批)?(?:企业|公司)|排队(?:中的)?(?:企业|公司)|\bfuture\s+(?:H\d{2,3}\s+)?(?:imports|approvals|licen[cs]es|permits|importers)\b|\bnew(?:ly[\s-]+(?:approved|licensed))?\s+(?:H\d{2,3}\s+)?(?:importers|applicants)\b|\b(?:win|get|receive)s?\s+approval\b[^.;]{0,60}\bfrom now on\b/iu;
const NEXT_WAVE = new RegExp(
  String.raw`\b(?:next|later|subsequent|future|second|third)[\s-]+(?:wave|round|batch|tranche)?\s*(?:of\s+)?(?:H\d{2,3}\s+)?(?:importers|applicants|buyers)\b|\b(?:firms|companies|applicants|importers)\s+(?:that\s+are\s+|still\s+)*(?:awaiting|waiting)\b|\bin the next rounds?\b|\b(?:pending|queued|outstanding)\s+(?:H\d{2,3}\s+)?(?:import\s+)?(?:applications|applicants|requests)\b|\b(?:applications|applicants|firms|companies)\s+(?:still\s+)?in\s+the\s+queue\b|后续(?:获批)?(?:企业|申请企业)|后续获批[^，。；：]{0,10}?的(?:企业|公司)|(?:新|后续(?:H\d{2,3})?(?:芯片)?)获批(?:进口)?(?:H\d{2,3})?(?:芯片)?(?:进口)?(?:的)?(?:企业|公司)|第[二三四五六七八九十\d]+批(?:H\d{2,3})?(?:进口)?(?:申请)?(?:企业|公司|者|人|审批)|(?:尚在|仍在|正在)(?:审核|审查|审批)中?的|(?:尚待|仍待|等待)审批的|尚在等待的|获批(?:企业|方)(?:未来|今后|此后|日后)|\b(?:firms|companies)\s+newly\s+(?:cleared|approved|licensed)\b|${FUTURE_GRANTEES.source}|后续(?:H\d{2,3})?(?:芯片)?(?:进口)?审批|后续(?:H\d{2,3})?(?:芯片)?(?:进口)?申请|下一批(?:获批)?企业|尚未获批的企业|(?:排队(?:中的?)?|待审(?:的)?|在审(?![查核批])(?:的)?)(?:[^，。；：]{0,10}?)(?:企业|申请)`,
  'iu',
);

/**
 * 商务部决定批准9家企业的进口申请, "approves a fourth batch of companies", "rejects some H200 applicants", "half a dozen
 * Chinese firms rejected": Beijing's decision on a batch of firms it does not name is about the firms still waiting, the
 * tracked party for them.
 */
export function batchOfFirms(folded: CandidateEvent[], text: string, titleEnd: number, waitingParty: string | undefined, state: LedgerState): void {
  if (!waitingParty) return;
  for (const c of folded) {
    const proposal = c.kind === 'condition_proposed';
    // (Terms weighed by "regulators" unnamed are Beijing's, as the ledger reads them.)
    const chinese = c.authority ? state.authority[c.authority.value]?.country === 'CN' : proposal;
    if ((c.kind !== 'grant' && c.kind !== 'denial' && !proposal) || c.holders.length || !chinese) continue;
    const at = text.indexOf(c.trigger);
    if (at < 0) continue;
    const sentenceStart = Math.max(0, ...['。', '. ', '！', '？'].map((p) => text.lastIndexOf(p, at) + 1));
    // The firms may be named after the decision ("rejected applications from a group of rental companies"), in its clause.
    const after = /^[^，。,;；.!?]{0,80}/u.exec(text.slice(at + c.trigger.length))?.[0] ?? '';
    const near = `${text.slice(0, titleEnd)} ${text.slice(Math.max(sentenceStart, titleEnd), at + c.trigger.length)}${after}`;
    // 一些企业拿到许可后: an approval placed as the time of something else is background.
    // (后续, "later", opens a noun: 拟要求后续获批企业….)
    // (补齐材料后可再报 after a headline's space is another clause.)
    if (/^[^，。,;；.（(\s]{0,8}?(?:后(?!续)|之后|以后)/u.test(text.slice(at + c.trigger.length))) continue;
    // ("Second-wave H200 importers may have to…", 后续获批企业或需…: terms weighed for the firms still to be decided.)
    // (A draft named in the headline says whom it binds in the body's first sentence: 拟要求今后获准进口…的企业. The lede is
    // cut only for a proposal the headline and the trigger's clause left unplaced.)
    const batch = proposal
      ? (NEXT_WAVE.exec(text.slice(0, titleEnd)) ??
        NEXT_WAVE.exec(near) ??
        (at < titleEnd ? FUTURE_GRANTEES.exec(/^[^。！？]*/u.exec(text.slice(titleEnd))![0]) : null))
      : (BATCH_OF_FIRMS.exec(near) ?? (c.kind === 'denial' ? THREE_FIRMS.exec(near) : null));
    if (batch) c.holders = [{ value: waitingParty, words: batch[0] }];
  }
}
