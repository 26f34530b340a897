/**
 * Firms named at the opening of a Chinese clause, before a buyer's verb or the item: 杭州大模型创业公司瀚海智能获批,
 * 之江实验室H200进口批文…, 云知声H200进口批文被收回. A descriptor, an outlet saying so, a city or a generic phrase before
 * the name is not part of it (unknown-names.ts reads the other shapes of a name).
 */
import type { Named } from './named.js';
import { covered } from './hit-ranges.js';
import { allMatches } from './all-matches.js';
import { CITY, ORG_KIND, zhParty } from './untracked-party.js';
import {
  DECIDED_FIRST,
  ZH_BEFORE_ITEM,
  ZH_ADVERBS,
  ZH_DESCRIPTOR,
  ZH_GENERIC,
  ZH_NAME_BEFORE_VERB,
  ZH_ORG_NOTICE,
  ZH_NOT_SPEAKER,
  ZH_ORG,
  ZH_ORG_IN_NEWS,
  ZH_OUTLET,
  ZH_PREFIX,
  ZH_VERB,
} from './zh-name-patterns.js';

// A clause: after a comma, colon, semicolon or bar (冻土路基模型用上H200？棠岭智能被传…: or a headline's question mark).
const CLAUSE = /(?:^|[，：:；,;｜|?？!！])\s*([^，：:；。,;｜|?？!！]+)/gu;
// 风功率预测模型要升级 宁澈科技称…, 有色龙头也要大算力 驰宏锌锗30颗H200进口获批: a headline whose first part sets a scene (no
// goods, permit or firm in it) before a space opens its news with the firm.
const SCENE_THEN_NEWS = /^([^，：:；。,;｜|\s]{3,16})\s+(?=\p{Script=Han})/u;
const NEWS_WORD = /H\d|英伟达|辉达|芯片|许可|批|申请|订|采购|进口|集团|公司|科技|[A-Za-z]{2}/u;

/** A headline's scene (its words) and the first part of the news after it (where the news starts). */
interface Scene {
  words: string;
  news: string;
  at: number;
}

/** The scene `sentence` opens with, when it is a headline (it starts the item) that has one. */
function headlineScene(sentence: string, sStart: number): Scene | null {
  const scene = sStart === 0 ? SCENE_THEN_NEWS.exec(sentence) : null;
  return scene ? { words: scene[1]!, news: sentence.slice(scene[0].length).split(/[，：:；。,;｜|]/u)[0]!, at: scene[0].length } : null;
}

/** The clauses of `sentence` (each body and its offset), with a headline's news after its scene. */
function clausesOf(sentence: string, scene: Scene | null): { body: string; at: number }[] {
  const out = allMatches(CLAUSE, sentence).map((c) => ({ body: c[1]!, at: c.index + c[0].length - c[1]!.length }));
  // (订单有了着落 日禾智能拿到…批复, 获批之后随即下单 若溟科技向…采购: a scene that names the news still gives way to a firm with an
  // organisation's ending that opens the next part before its verb.)
  if (scene && (!NEWS_WORD.test(scene.words) || ZH_ORG.test(scene.news))) out.push({ body: scene.news, at: scene.at });
  return out;
}

// 实控人被留置, 股权遭法院冻结, 园区未获环评: what befell someone or something, the way a scene opens on a reason.
const BEFELL = new RegExp(`^\\s?${ZH_ADVERBS}(?:被|遭|未获|未能)`, 'u');

/**
 * Where a headline's scene ends (0 when it has none) if its news part names a firm with an organisation's ending:
 * 机房被改作矿场 商务部暂停霁川数据H200进口许可 is about 霁川数据, and the 机房 that befell something sets the scene.
 */
function sceneBeforeFirm(scene: Scene | null): number {
  return scene && ZH_ORG_IN_NEWS.test(scene.news) ? scene.words.length : 0;
}

/** 中国一汽, 中国船舶: the country opening a longer name, taken off to test the rest for a generic word. */
export function withoutCountry(name: string): string {
  return name.replace(/^中国(?=[\p{Script=Han}]{2})/u, '');
}

/** Adds to `out` the firms each clause of `sentence` (starting at `sStart` in `text`) opens with, unless already known or found. */
export function zhClauseNames(text: string, sentence: string, sStart: number, known: readonly { index: number; end: number }[], out: Named[]): void {
  // Chinese: the clause's opening run of characters before the verb.
  // Feed text is NFKC-normalised, so the Chinese comma arrives as ",".
  // 财联社独家｜…: an outlet's tag before a bar is a clause of its own.
  const scene = headlineScene(sentence, sStart);
  const sceneEnd = sceneBeforeFirm(scene);
  for (const { body, at } of clausesOf(sentence, scene)) {
    const start = sStart + at;
    const opening = ZH_PREFIX.exec(body)?.[0].length ?? 0;
    // 杭州大模型创业公司瀚海智能获批: a descriptor before the name is not the name.
    const described = ZH_DESCRIPTOR.exec(body.slice(opening));
    const prefix = opening + (described?.[0].length ?? 0);
    // (A name before no verb of the story, 鼎捷数智已就英伟达H200递交…, may still stand right before the item.)
    const rest = body.slice(prefix);
    const named = ZH_NAME_BEFORE_VERB.exec(rest);
    const m = named && ZH_VERB.test(rest.slice(named[1]!.length)) ? named : null;
    // 之江实验室H200进口批文…, 云从科技H200…: a name with an organisation's ending, right before the story's words;
    // 云知声H200进口批文被收回: any short name right before the item and a permission.
    const ending = m ? null : (ZH_ORG.exec(rest) ?? (sStart === 0 ? ZH_ORG_NOTICE.exec(rest) : null));
    const bare = m || ending ? null : ZH_BEFORE_ITEM.exec(rest);
    const org = ending ?? bare;
    if (org) {
      // 依法附条件准予宝溪智能科技有限公司进口: the decision opening the clause is not part of the name it is taken on.
      const decided = DECIDED_FIRST.exec(org[1]!)?.[0].length ?? 0;
      const found = org[1]!.slice(decided);
      // 北京澜舟科技有限公司: the city before a firm's name (also read as Beijing, the authority) is not the firm.
      const cityLength = CITY.exec(found)?.[0].length ?? 0;
      // 郑州银行: the city stays when only a kind of organisation follows it.
      const city = ORG_KIND.test(found.slice(cityLength).replace(/(?:公司|集团)$/u, '') || '公司') ? 0 : cityLength;
      // 小冰公司H200…: the company word after a bare name is not part of it.
      const words = ending ? found.slice(city) : found.slice(city).replace(/(?<=^[\p{Script=Han}A-Za-z]{2,})(?:公司|集团)$/u, '');
      const index = start + prefix + decided + city;
      // An organisation's ending (…科技) may hold a generic word; a bare name may not.
      // 中国一汽: the country opens a longer name.
      const core = withoutCountry(words);
      // (财经网称H200进口申请…: an outlet saying so is not the firm.)
      const saidBy = !ending && /^(?:称|表示)/u.test(rest.slice(org[1]!.length)) && (ZH_NOT_SPEAKER.test(words) || ZH_OUTLET.test(words));
      // (若溟科技: a name opening with 若, "if", is tested whole, so that its ending tells it from 若获批.)
      const generic = saidBy || ZH_GENERIC.test(ending && !core.startsWith('若') ? core.slice(0, -2) : core);
      // 本公司, 贵公司 ("your company"), but not 贵州 or 贵阳.
      if (!/^(?:[本该此]|贵(?![州阳]))/u.test(words) && !generic && !covered(index, index + words.length, known) && !covered(index, index + words.length, out))
        out.push(zhParty(words, index));
      continue;
    }
    if (!m) continue;
    // (实控人被留置 栖岚科技H200进口许可被暂停: a bare name in the scene that something befell is no firm when the news names one.)
    if (at + prefix < sceneEnd && BEFELL.test(rest.slice(m[1]!.length))) continue;
    // 中国电影：特效子公司订购…: a unit described by its work is its parent's, named before it.
    if (/[子分]公司$/u.test(m[1]!)) continue;
    // 美图公司撤回…: the company word after a name is not part of it.
    const name = /^[\p{Script=Han}A-Za-z]{2,}(?:公司|集团)$/u.test(m[1]!) ? m[1]!.replace(/(?:公司|集团)$/u, '') : m[1]!;
    const index = start + prefix;
    // 传音控股：…: a name already found (the headline's speaker) is not read again without its first character.
    // 中国船舶集团获批: the country opens a name with an organisation's ending (中国车企 is no name).
    const core = /(?:集团|公司|银行|控股)$/u.test(m[1]!) ? withoutCountry(name) : name;
    if (ZH_GENERIC.test(core) || covered(index, index + name.length, known) || covered(index, index + name.length, out)) continue;
    // 平安 after 平安集团: the short form of a firm already named is that firm, not an unknown one.
    if (known.some((k) => k.end - k.index > name.length && text.startsWith(name, k.index))) continue;
    out.push(zhParty(name, index));
  }
}
