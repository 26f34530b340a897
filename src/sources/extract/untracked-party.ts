/**
 * The untracked party a firm's name becomes: a Latin name's id is the name in lower case with
 * dashes; a Chinese name's id is a stable hash of its core (without city and legal form), so
 * every telling that names the firm the same way names the same party.
 */
import type { Named } from './named.js';

// Cities and provinces that open a firm's name (北京澜舟科技, 贵州黔岭算力; 深圳市中新赛克…: with the word 市 or 省 after them).
export const CITY =
  /^(?:北京|上海|深圳|杭州|广州|成都|重庆|南京|武汉|西安|苏州|天津|合肥|长沙|厦门|青岛|宁波|无锡|郑州|济南|福州|南昌|昆明|南宁|沈阳|大连|贵阳|芜湖|中卫|庆阳|韶关|银川|兰州|西宁|呼和浩特|乌兰察布|东莞|珠海|佛山|贵州|宁夏|内蒙古|河北|山东|江苏|浙江|广东|四川|湖北|湖南|河南|安徽|福建|江西|山西|陕西|甘肃|青海|云南|广西|海南|吉林|辽宁|黑龙江|新疆)(?:市|省|自治区)?(?=[\p{Script=Han}]{2})/u;
// Places that open or fill a run of capitals; they may also open a company's name ("Guangzhou Baiyun International Airport", "China Feihe").
const PLACES = 'china|beijing|shanghai|shenzhen|hangzhou|guangzhou|chengdu|chongqing|wuhan|nanjing|hefei|tianjin|suzhou|xiamen';
/** Words that open or fill a Latin run of capitals without naming a company (countries, cities, generic nouns). */
export const EN_NOT_NAME = new RegExp(
  String.raw`^(?:the|a|an|it|this|that|these|those|another|more|some|most|top|how|what|why|when|where|who|whose|which|explainer|factbox|inside|chinese|${PLACES}|us|u\.s\.|washington|america|american|commerce|officials?|regulators?|firms?|companies|company|buyers?|customers?|analysts?|sources?|shares?|stocks?|investors?|traders?|executives?|lawmakers?|people|insiders?|observers?|economists?|strategists?|report|reports|exclusive|breaking|customs|government|ministry|sites?|campus|campuses|facilit(?:y|ies)|warehouses?|department|nvidia|h200|tech|big|state|local|domestic|foreign|startups?|review|approvals?|nod|clearance|licen[cs]es?|permits?|outstanding|open|pending|unfilled|cumulative|combined|total|backlogged|existing|biggest|largest|slice|portion|lion(?:'s|’s)?)$`,
  'iu',
);
/** A place that may open a company's name of several words. */
export const PLACE_FIRST = new RegExp(String.raw`^(?:${PLACES})$`, 'iu');
/** A listed firm's stock code in brackets after its name (视源股份（002841）, 腾讯控股(00700.HK)), as regex source. */
export const ZH_STOCK_CODE = String.raw`(?:[（(]\d{4,6}(?:\.(?:HK|SZ|SH))?[)）])?`;
/** Whether a run of capitalised words is generic rather than a firm's name: a word of EN_NOT_NAME in it, except a place opening a longer name. */
export function genericLatinName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.some((w, i) => EN_NOT_NAME.test(w) && !(i === 0 && words.length > 1 && PLACE_FIRST.test(w)));
}
const LEGAL_FORM = /(?:科技)?(?:股份)?有限(?:责任)?公司$|集团有限公司$/u;

// 追觅科技 and 追觅, 国轩高科股份 and 国轩高科: words that close a firm's name without telling it apart.
// 浙江鼎力机械股份有限公司 and 浙江鼎力, 玲珑轮胎 and 山东玲珑轮胎: the trade a name closes with tells the firm apart no more.
const GENERIC_CLOSE = /(?:科技|股份|集团|控股|机械|电子|电气|轮胎|实业|工业|制药|医药|生物|汽车|食品|酒业|纸业|化工|材料|通信|网络|信息|传媒|物流|五金|制品)$/u;

/** 北京硅基流动科技有限公司 and 硅基流动 are one firm: the name without its city, legal form and generic closing words. */
function zhCoreName(name: string): string {
  let bare = name.replace(LEGAL_FORM, '');
  while (GENERIC_CLOSE.test(bare) && bare.length - 2 >= 2 && !ORG_KIND.test(bare.slice(0, -2).replace(CITY, ''))) bare = bare.slice(0, -2);
  const core = bare.length >= 2 ? bare : name;
  // 郑州银行, 苏州银行: a city before a bare kind of organisation is the name itself, not a prefix.
  const rest = core.replace(CITY, '');
  return ORG_KIND.test(rest) ? core : rest;
}

/** What is left of 郑州银行 or 杭州证券 without the city: a kind of organisation, not a name. */
export const ORG_KIND = /^(?:银行|农商行|农商银行|商业银行|证券|保险|信托|集团|控股|科技|公司|股份|数据|智算|算力|电力|能源|港口|地铁|航空|医院|大学)$/u;

// A kind of firm before its name (云服务商, 芯片设计商, 算力运营商), when a name of two or more characters follows.
const ZH_KIND_BEFORE = /^[\p{Script=Han}]{1,10}?(?:服务商|供应商|运营商|提供商|制造商|开发商|设计商|集成商)(?=[\p{Script=Han}A-Za-z]{2,})/u;

/**
 * A party id for a name written only in Chinese: ledger ids are lowercase ASCII, so the
 * name keeps its words and the id is a stable hash of it ("zh-" + base 36), the same for
 * every telling that names the firm the same way.
 */
export function zhPartyId(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of zhCoreName(name)) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `zh-${h.toString(36)}`;
}

/** An untracked firm named in Latin letters, its id the name in lower case with dashes. */
export function latinParty(name: string, index: number): Named {
  return { kind: 'party', id: name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-'), index, end: index + name.length, words: name, tracked: false };
}

/** An untracked firm named in Chinese (see zhPartyId). */
export function zhParty(found: string, index: number): Named {
  // 追觅科技确认…, 岚澈科技补签…: the verb the firm tells its news with, or orders with, is not part of its name.
  const told = found.replace(
    /(?<=^[\p{Script=Han}A-Za-z]{2,}?)(?:确认|证实|宣布|披露|回应|表示|承认|否认|透露|公告|撤下|撤回|补签|签下|签订|追加|加订|增订)+$/u,
    '',
  );
  // 音视频云服务商七牛智能: what kind of firm it is, told before its name, is not part of the name.
  const kind = ZH_KIND_BEFORE.exec(told)?.[0] ?? '';
  const name = told.slice(kind.length);
  return { kind: 'party', id: zhPartyId(name), index: index + kind.length, end: index + kind.length + name.length, words: name, tracked: false, country: 'CN' };
}
