/**
 * A firm telling of goods it has received: a delivery read with no holder, in an item whose summary
 * opens with a firm speaking (X表示, X18日晚间公告, X在业绩说明会上介绍, 记者从X获悉, "X said it had
 * taken delivery") that the headline names too, is that firm's own delivery. A firm nobody tracks
 * reads as a new holder rather than as goods of the tracked open order.
 */
import type { CandidateEvent } from './candidate.js';
import { covered } from './hit-ranges.js';
import { lexicon } from './lexicon.js';
import type { NamedScan } from './named.js';
import { zhGenericName } from './unknown-names.js';
import { EN_NOT_NAME, latinParty, zhParty } from './untracked-party.js';
import { ZH_NOT_SPEAKER } from './zh-name-patterns.js';

// The firm's name, then what may stand between it and its speaking verb: a legal ending, a day, an officer, where it spoke.
const ZH_SPEAKS =
  /^([\p{Script=Han}A-Za-z]{2,10}?)(?:集团)?(?:股份)?(?:有限公司)?(?:\d{1,2}日)?(?:晚间|早间|日前|近日|今日|当天)?(?:董秘|董事长|总经理|相关负责人|负责人|联合创始人|创始人|高管)?(?:在[^，。；,;]{1,40}?)?(?:向[^，。；,;]{1,10}?)?(?:表示|披露|公告|称|介绍|透露|宣布|回复称|答复称|回应称|确认)[,，：:]/u;
// 中国基金报记者从嘉实基金获悉: a reporter hearing from the firm.
const ZH_HEARD_FROM = /^[^，。；,;]{0,12}?记者(?:\d{1,2}日)?从([\p{Script=Han}A-Za-z]{2,10}?)(?:集团)?(?:股份)?(?:有限公司)?获悉/u;
// "58.com, the online classifieds platform, said it had taken delivery": a firm saying so, perhaps described first.
const EN_SPEAKS =
  /^((?:[A-Z0-9][\p{L}\p{N}.&'’-]*)(?:\s+[A-Z][\p{L}\p{N}.&'’-]*){0,3}),?(?:\s+the\s[^,]{3,80},)?\s+(?:said|says|confirmed|announced|disclosed)\b/u;
// 券商研报, 日报: a broker or an outlet speaking tells others' goods (证券 alone is a listed broker telling its own).
const NOT_OWN_SPEAKER = new RegExp(ZH_NOT_SPEAKER.source.replace('证券|', ''), 'u');

/** Gives each holderless delivery the firm that opens the summary speaking, when the headline names it too. */
export function speakerDeliveries(folded: CandidateEvent[], text: string, titleEnd: number, names: NamedScan, sellers: ReadonlySet<string>): void {
  if (!folded.some((c) => c.kind === 'delivery' && !c.holders.length)) return;
  const lead = /^[\s.。]*/u.exec(text.slice(titleEnd))![0].length;
  const start = titleEnd + lead;
  const summary = text.slice(start);
  const title = text.slice(0, titleEnd);
  const zh = ZH_SPEAKS.exec(summary) ?? ZH_HEARD_FROM.exec(summary);
  const en = zh ? undefined : EN_SPEAKS.exec(summary);
  const name = zh?.[1] ?? en?.[1];
  if (!name) return;
  const at = start + (zh ? zh[0].indexOf(name) : 0);
  // A name the headline does not carry may be an outlet or a source; a firm telling its own news is in its headline.
  const inTitle = zh ? title.includes(name) : title.startsWith(name.split(/\s+/)[0]!);
  if (!inTitle) return;
  if (zh ? zhGenericName(name) || NOT_OWN_SPEAKER.test(name) : EN_NOT_NAME.test(name.split(/\s+/)[0]!)) return;
  const known = [...names.parties.filter((p) => p.tracked), ...names.authorities, ...names.items, ...names.otherChips];
  if (covered(at, at + name.length, known)) return;
  const firm = zh ? zhParty(name, at) : latinParty(name, at);
  if (sellers.has(firm.id) || lexicon().chipMakers.has(firm.id)) return;
  for (const c of folded) if (c.kind === 'delivery' && !c.holders.length) c.holders = [{ value: firm.id, words: firm.words }];
}
