/**
 * A claim told only to be answered: 回应“…”：从未收到…, 针对…被驳回的传闻，公司称尚未收到…, a clarification notice's
 * 注意到…的市场传闻。…谨此澄清，…并未收到….
 * The event inside the claim is what others said; the answer after it says it does not hold.
 */
import type { Hit } from './phrase-index.js';
import type { Range } from './text-units.js';

// 回应“…”, 澄清“…”, 针对“…”的说法: a claim quoted by whoever answers it; what follows the closing quote says whether it holds.
// (A headline may open on the quoted claim and answer it after the quote: “…全被拒”系误读.)
const QUOTED_CLAIM_BEFORE = /(?:(?:回应|否认|澄清|辟谣|驳斥|针对)[^“「"。]{0,6}|^)[“「"][^”」"]*$/u;
const QUOTED_CLAIM_DENIED =
  /^[^”」"]{0,40}[”」"][^。]{0,36}?(从未|没有|并未|尚未|未曾|未(?:收到|接到|获悉)|不属实|不实|不存在|纯属|与事实不符|系误读|系误传|并无此事)/u;

// 针对H200进口申请被驳回的市场传闻，…: the matter an answer is about, named as others' report (or as 一事, "the matter of").
const MATTER_BEFORE = /(?:针对|回应|就)[^，。；,;：:“”「」]{0,28}$/u;
const MATTER_AFTER = /^[^，。；,;：:]{0,16}?(?:的?(?:有关|相关|市场|媒体|网络)?(?:传闻|传言|报道|消息|说法)|一事)[，,]/u;
// …公司尚未收到商务部的审查结论, 至今没有收到不予批准的通知, 相关传闻并非来自公司: the answer, in the same sentence.
const MATTER_DENIED =
  /^[^。]{0,80}?(尚未收到|没有收到|未收到|未曾收到|未接到|没有接到|并非事实|并不属实|不属实|不实|与事实不符|纯属谣言|从未|并无此事|没有此事|系误读)/u;

// 董事会注意到…之批复已被撤销的市场传闻。董事会谨此澄清，…并未收到…: a clarification notice names the rumour it has seen,
// then answers it in the sentences that follow.
const NOTICED_BEFORE = /注意到[^。；;]{0,40}$/u;
const NOTICED_AFTER = /^[^。；;]{0,20}?的?(?:有关|相关|市场|媒体|网络)?(?:传闻|传言|报道|消息|说法)/u;
const CLARIFIED_DENIED = /^[^。]*[。；;][^。]{0,24}?澄清[^。]{0,60}?(并未|从未|没有|尚未|未(?:收到|接到|获悉)|不属实|不实|与事实不符)/u;

// 网络上有消息称…获批进口…。公司…答复说，…相关说法不属实: a sentence telling what others say, answered in the next one
// by calling that account untrue.
const SAID_BEFORE =
  /(?:有消息称|消息称|网传|有传言称|传言称|传闻称|市场传闻|有报道称|媒体报道称|(?:有|据)?(?:自媒体|媒体|网友|博主|社交平台|社交媒体|网帖|帖子)(?:上)?(?:声)?称)[^。；;]{0,30}$/u;
const NEXT_CALLED_UNTRUE = /^[^。]*。[^。]{0,120}?(?:说法|传闻|传言|消息|报道)[^。，,]{0,6}?(不属实|不实|失实|系误传|误传|与事实不符|并非事实|纯属谣言)/u;
// 社交平台称X加购… 公司回应：从未下过这笔单: a headline tells the claim, then, after a space, the firm's answer to it.
const ANSWERED_AFTER_SPACE = /^[^。；;！!？?\s]{0,40}\s+[^。；;\s]{0,8}?(?:回应|回复|澄清|表示)[：:，,]?\s*(从未|并未|没有|不属实|不实|与事实不符|纯属谣言)/u;

/** The words that answer the claim a trigger sits in, denying it; undefined if it is no answered claim. */
export function answeredClaim(text: string, s: Range, hit: Hit): string | undefined {
  const before = text.slice(Math.max(s.start, hit.index - 30), hit.index);
  if (QUOTED_CLAIM_BEFORE.test(before)) return QUOTED_CLAIM_DENIED.exec(text.slice(hit.end, s.end))?.[1];
  const after = text.slice(hit.end, s.end);
  if (NOTICED_BEFORE.test(before) && NOTICED_AFTER.test(after)) return CLARIFIED_DENIED.exec(text.slice(hit.end, hit.end + 200))?.[1];
  const matter = MATTER_BEFORE.test(before) ? MATTER_AFTER.exec(after) : null;
  if (matter) return MATTER_DENIED.exec(after.slice(matter[0].length))?.[1];
  if (!SAID_BEFORE.test(before)) return undefined;
  return (NEXT_CALLED_UNTRUE.exec(text.slice(hit.end, hit.end + 200)) ?? ANSWERED_AFTER_SPACE.exec(text.slice(hit.end, s.end)))?.[1];
}
