/**
 * Terms told with no condition word: "Nvidia signs up to etch buyers' names on H200 boards", "firms waiting on permits
 * accept ministry cameras", "Washington mulls a per-buyer ceiling", "queued buyers may soon have to file a grid contract",
 * 字节跳动已表示接受. The lexicon names the duties it has seen; what generalises is the frame: a party agreeing to, or an
 * authority weighing, something about the goods in a sentence that tells no other event (the goods or permission told
 * after a party binds itself are what it binds itself to). A frame calling the duty a term of the permission ("…, one of
 * the terms of the approval") does not stop them: condition-frame.ts reads only the verbs the lexicon knows.
 */
import type { CandidateKind } from './candidate.js';
import type { Hit } from './phrase-index.js';
import type { Range } from './text-units.js';

type Found = { kind: CandidateKind; hit: Hit };

// A party taking on a duty: agreeing to or that, accepting, signing up or on to, pledging, telling an authority (not its
// shareholders) it will, complying with or living with a limit.
// ("accept delivery", "accepts 5,000 chips": goods received are no duty; "accepts the approval": a permission taken is no term.)
const AGREEING =
  /\b(?:(?:has|have|had)\s+)?(?:(?:agree[sd]?|pledge[sd]?|commit(?:s|ted)?|undert(?:akes?|ook))\s+(?:to|that)\b(?!\s+(?:(?:at\s+least|about|around|roughly|some|over|more\s+than|nearly|up\s+to|buy(?:ing)?|purchas\w*|order\w*)\s+)*[\d$])|accept(?:s|ed|ing)?\b(?!\s+(?:\w+\s+){0,2}?(?:deliver|shipment|order|approval|licen[cs]e|permit|quota|allocation)|\s+(?:\w+\s+){0,2}?\d)|sign(?:s|ed)?\s+(?:up|on)\s+(?:to|for)\b|(?:(?:has|have|had)\s+)?told\s+(?:the\s+|US\s+|U\.S\.\s+|Chinese\s+|China['’]s\s+)?(?:regulators?|(?:commerce\s+)?ministry|Commerce(?:\s+Department)?|Washington|Beijing|officials|authorities|BIS|(?:the\s+)?government|Bureau\s+of\s+Industry\s+and\s+Security)\s+(?:that\s+)?(?:it|they)\s+will\b|(?:will|would|to)\s+comply\s+with\b|(?:can|could|will)\s+live\s+with\b)/giu;
// An authority weighing a duty it has not yet set.
const AUTHORITY = String.raw`\b(?:Washington|Beijing|Commerce(?:\s+Department)?|BIS|regulators?|officials?|(?:the\s+)?(?:commerce\s+)?ministry|(?:the\s+)?(?:U\.?S\.?|US|Chinese|China|American)(?:\s+(?:government|officials|regulators|Commerce))?|authorities|(?:the\s+)?administration|staff)`;
const WEIGHING = new RegExp(
  String.raw`${AUTHORITY}\s+(?:(?:is|are|has|have|had|been|now|also|quietly|reportedly)\s+){0,3}(?:mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|float(?:s|ed|ing)?|draft(?:s|ed|ing)?|eye(?:s|d|ing)?|explor(?:e|es|ed|ing)|stud(?:y|ies|ied|ying)|discuss(?:es|ed|ing)?|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|circulat(?:e|es|ed|ing)|prepar(?:e|es|ed|ing))\b(?!\s+(?:whether\s+to\s+)?(?:letting|allowing|approving|granting|permitting|let|allow|approve|grant|permit|lifting|easing)\b)`,
  'giu',
);
// A duty that may come: "may soon have to file", "could be required to".
const MODAL_DUTY =
  /\b(?:may|might|could|would)\s+(?:soon\s+|also\s+|first\s+|now\s+|eventually\s+|yet\s+)?(?:have\s+to|need\s+to|be\s+(?:required|asked|made|told|obliged|forced|expected)\s+to)\b/giu;
// 字节跳动已表示接受, 英伟达据悉已点头, 三家企业已书面确认, 候批企业书面承诺, 已向监管部门表示，愿意…: a party accepting in
// Chinese, with no condition word.
const ZH_AGREEING = /(?:表示|已经?)接受|已经?点头|书面(?:确认|承诺)|已经?承诺|作出承诺|表示[，,]?\s*愿意|已答应/gu;
// 商务部正考虑要求…, 监管部门酝酿…: an authority weighing, in Chinese.
const ZH_WEIGHING = /(?:商务部|监管部门|主管部门|有关部门|美国商务部|美方|华盛顿|北京)[^，。；]{0,6}?(?:正在?)?(?:考虑|酝酿|讨论|研拟|研议)/gu;
// An infinitive or a request before the agreeing verb: what is asked, not done (要求…接受).
const ASKED_BEFORE = /\bto\s+$|要求[^，。；]{0,12}$/u;
const COMPLIED_BEFORE = /(?:按|依照|按照|遵照|根据|依)[^，。；]{0,8}要求[^，。；]{0,12}$/u;
// Every frame above holds one of these words: most items have none, and the sentence patterns need not run on them.
const FRAME_HINT =
  /agree|accept|sign|pledge|commit|undert|told|comply|live with|mull|weigh|consider|float|draft|eye|explor|stud|discuss|propos|suggest|circulat|prepar|may|might|could|would|接受|点头|书面|承诺|愿意|答应|考虑|酝酿|讨论|研拟|研议/iu;
// The sentence is about the goods or their permission.
const ABOUT_GOODS =
  /H\d{2,3}|\b(?:chips?|processors?|accelerators?|GPUs?|boards?|servers?|clusters?|licen[cs]es?|permits?|approvals?|exports?|imports?|data\s+halls?)\b|芯片|许可|批文|进口|机房|算力|集群/iu;
// Words that describe a party as waiting ("firms still queuing for H200 permits") are no event of their own.
const WAITING_WORDS = /queu|wait|in line|lined up|await|候批|排队|等待/iu;

/**
 * Condition triggers for the sentences that tell none of their own: a party agreeing (condition agreed) or an authority
 * weighing, or a duty that may come (condition proposed). A sentence that holds any other trigger, save the words that
 * describe firms as waiting, is left as it is.
 */
export function unwordedConditions(text: string, ranges: readonly Range[], read: readonly Found[]): Found[] {
  const out: Found[] = [];
  // (An item that names its terms with a condition word anywhere is read by those words alone.)
  if (read.some((t) => t.kind.startsWith('condition_')) || !FRAME_HINT.test(text)) return out;
  for (const s of ranges) {
    const inS = read.filter((t) => t.hit.index >= s.start && t.hit.end <= s.end);
    // (The firms described as waiting are no event of their own.)
    const events = inS.filter((t) => !(t.kind === 'application' && WAITING_WORDS.test(t.hit.words)));
    const sentence = text.slice(s.start, s.end);
    if (!ABOUT_GOODS.test(sentence)) continue;
    // (A term proposed leaves a sentence with another event as it is, below: there only an agreement is looked for.)
    const found =
      pick(sentence, AGREEING, 'condition_agreed') ??
      pick(sentence, ZH_AGREEING, 'condition_agreed') ??
      (events.length
        ? undefined
        : (pick(sentence, WEIGHING, 'condition_proposed') ??
          pick(sentence, ZH_WEIGHING, 'condition_proposed') ??
          pick(sentence, MODAL_DUTY, 'condition_proposed')));
    if (!found) continue;
    // A sentence telling another event is left as it is, save goods or a permission told after a party binds itself: those
    // are what the duty is about ("has agreed to let customs seal every server carrying the H200s it imports", "accepted a
    // request that it report each buyer receiving chips under its licences"), or the permission the frame names.
    const frameEnd = s.start + found.at + found.words.length;
    if (events.some((t) => !(found.kind === 'condition_agreed' && t.hit.index >= frameEnd))) continue;
    const before = sentence.slice(0, found.at);
    if (found.kind === 'condition_agreed' && !boundByParty(before, sentence.slice(found.at + found.words.length))) continue;
    // "want the three companies to commit", "wants Nvidia to accept": an agreement asked for is a term proposed.
    // (已按要求提交书面承诺, 依照审批部门要求出具…: a firm acting as required complies, so agrees.)
    if (found.kind === 'condition_agreed' && ASKED_BEFORE.test(before) && !COMPLIED_BEFORE.test(before)) found.kind = 'condition_proposed';
    const hit: Hit & { unworded: true } = { index: s.start + found.at, end: s.start + found.at + found.words.length, words: found.words, unworded: true };
    out.push({ kind: found.kind, hit });
  }
  return out;
}

// "Beijing has agreed to let the three import more", "the ministry has agreed to raise the ceiling": an authority agreeing
// to permit or widen something grants it; it takes on no duty.
const AUTHORITY_WORD = /\b(?:Beijing|Washington|ministry|Commerce|BIS|regulators?|officials|authorities|government)\b|商务部|主管部门|监管部门/iu;
const PERMITTING_AFTER = /^\s*(?:let|allow|permit|raise|lift|increase|expand|widen|approve|grant|clear|issue)\b/iu;
// "has committed to a fresh batch of about 120,000 H200 processors", "committed to take at least 160,000 Nvidia H200s": a
// count of the goods bound to is an order (a bound on them, "no more than 2,000 H200s", "a cap of 800 chips", is a term).
const COUNT_OF_GOODS_AFTER =
  /^(?:(?!\b(?:(?:no|not|never)\s+(?:more|over|above|exceed)|cap\w*|ceiling|limit\w*|at\s+most|maximum)\b)[^.;,])*?\b\d[\d,.]*(?:\s*(?:mn|million|k)\b)?\s+(?:(?:more|additional|extra|new|of)\s+)*(?:(?:Nvidia|its|the)(?:['’]s)?\s+)?(?:H\d{2,3}s?|chips|processors|GPUs|units|accelerators)\b/iu;
// 有两家企业违背书面承诺, "broke its pledge": a pledge broken is a breach told, no terms taken on now.
const BREACHED_BEFORE = /(?:违背|违反|未履行|未兑现|违约|背弃)[^，。；,;]{0,6}$|\b(?:broke|broken|breach\w*|violat\w*|reneg\w*)\s+(?:[\w'’-]+\s+){0,3}$/iu;
// "The camping-gear supplier, which this month pledged …": a pledge in a clause describing the subject is background to it.
const DESCRIBING_CLAUSE_BEFORE = /\b(?:which|who)\s+(?:[\w'’-]+\s+){0,3}$/iu;
// "responding to a report that it had accepted …", "market talk that it would follow ByteDance in accepting …", 有自媒体称…同意:
// an agreement a claim tells, which the item answers, is not told by the item.
const CLAIMED_BEFORE = /\b(?:reports?|talk|claims?|rumou?rs?|speculation|suggestions?)\s+that\b[^.;]*$|(?:自媒体|网传|传闻|传言|市场消息)[^。；]*$/iu;

/** Whether an agreeing frame, with `before` and `after` it in its sentence, tells a party binding itself to a duty. */
function boundByParty(before: string, after: string): boolean {
  return (
    !(AUTHORITY_WORD.test(before) && PERMITTING_AFTER.test(after)) &&
    !COUNT_OF_GOODS_AFTER.test(after) &&
    !BREACHED_BEFORE.test(before) &&
    !DESCRIBING_CLAUSE_BEFORE.test(before) &&
    !CLAIMED_BEFORE.test(before)
  );
}

// (The last telling in the sentence: in 问：…作出书面承诺？答：…已按要求提交书面承诺 it is the answer's.)
function pick(sentence: string, pattern: RegExp, kind: CandidateKind): { kind: CandidateKind; at: number; words: string } | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of sentence.matchAll(pattern)) last = m;
  return last ? { kind, at: last.index, words: last[0].trim() } : undefined;
}
