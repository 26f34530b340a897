/**
 * Companies the ledger and the lexicon do not know, found by where they stand: the subject
 * of a sentence whose verb is what a buyer does ("Xiaohongshu secures approval", 小红书获批采购,
 * 快手已向商务部提交申请). Such a name becomes an untracked party, so the event is read as news
 * about a new holder (a candidate for review) rather than about the tracked group.
 */
import { lexicon } from './lexicon.js';
import { hits } from './phrase-index.js';
import type { Named } from './named.js';
import type { Range } from './text-units.js';
import { EN_NOT_NAME, genericLatinName, latinParty, PLACE_FIRST, zhParty } from './untracked-party.js';
import { covered } from './hit-ranges.js';
import {
  ASK_WORDS,
  CAPS_OPENING,
  CAPS_POSSESSIVE,
  COUNTING_WORD,
  DESCRIPTION_HEAD,
  GRANT_WORDS,
  hasHan,
  LOWER_LATIN,
  REPORT_WORDS,
  taken,
  UNIT_HEAD,
} from './name-cues.js';
import { allMatches } from './all-matches.js';
import { lowerTitleVerbs } from './lower-title-verbs.js';
import { answerFirms } from './answer-firms.js';
import { afterFirmKind, FIRM_KIND } from './after-firm-kind.js';
import { headlineUnitOwner } from './headline-unit-owner.js';
import { unitParent } from './unit-parent.js';
import { unitWinners } from './unit-winners.js';
import { tellsOwnNews } from './other-subject.js';
import { sameFirm } from './same-firm.js';
import { withoutCountry, zhClauseNames } from './zh-clause-names.js';
import { zhLatinNames } from './zh-latin-names.js';
import {
  CAPS_OBJECT,
  CAPS_POSSESSOR,
  CAPS_SUBJECT,
  EN_ASKED_BY,
  EN_FOR,
  EN_GRANTED_TO,
  EN_HELD_BY,
  EN_OBJECT,
  EN_POSSESSOR,
  EN_SAID_OF_ITSELF,
  EN_SPEAKER,
  EN_SUBJECT,
  EN_TAKEN_FROM,
  EN_UNIT_OWNER,
  FILING_TITLE,
  REPORTED_CLAUSE,
} from './en-name-patterns.js';
import {
  COUNTED_FIRMS,
  DECIDED_FIRST,
  ZH_ABOUT,
  ZH_ABOUT_SHORT,
  ZH_ANSWERING,
  ZH_ANSWER_TOPIC,
  ZH_FILING,
  ZH_FILING_SHORT,
  ZH_GENERIC,
  ZH_NOTICE_FIRM,
  ZH_NOTICE_SPEAKER,
  ZH_NOT_SPEAKER,
  ZH_OBJECT,
  ZH_OBJECT_LEGAL,
  ZH_OUTLET,
  ZH_SPEAKER,
  ZH_ORG_SPEAKER,
  ZH_OWN_REQUEST_HEAD,
} from './zh-name-patterns.js';

// 外媒, 彭博社: a headline opened by an outlet alone (新华保险 is a firm that starts like one).
const OUTLET_NAME = new RegExp(`${ZH_OUTLET.source}$`, 'u');

/** `p`, noted in `placeOpened` when a place opens its name (a module function: a closure per call costs more). */
function placeFirst(placeOpened: Set<Named>, p: Named): Named {
  if (PLACE_FIRST.test(p.words.split(/\s+/)[0]!)) placeOpened.add(p);
  return p;
}

/** Untracked companies named as the subject of a buyer's verb in each sentence, not already known. */
export function unknownHolders(text: string, sentences: Range[], known: readonly { index: number; end: number }[]): Named[] {
  const out: Named[] = [];
  // Latin names a place opens ("Guangzhou Baiyun International Airport"), found where other names may not hold a place.
  const placeOpened = new Set<Named>();
  const lex = lexicon();
  // "LEAPMOTOR - VOLUNTARY ANNOUNCEMENT - …", "ACME CORP - Form 8-K": the filer a filing's headline names.
  const filed = FILING_TITLE.exec(text)?.[1]?.replace(/(?:\s+(?:corp(?:oration)?|inc|ltd|limited|holdings|group|co)\.?)+$/i, '');
  const at = filed ? text.indexOf(filed) : -1;
  // "CHINA FEIHE LIMITED": a place opening a filer's name of several words is part of it.
  const [first, ...rest] = filed?.split(/\s+/) ?? [''];
  const genericFirst = EN_NOT_NAME.test(first!) && !(rest.length && PLACE_FIRST.test(first!));
  if (filed && at >= 0 && !genericFirst && !covered(at, at + filed.length, known)) out.push(placeFirst(placeOpened, latinParty(filed, at)));
  // (Each pattern runs only where a character it needs is in the text: a colon after a speaker, a capital's possessive.)
  const possessive = CAPS_POSSESSIVE.test(text);
  for (const m of [text.includes(':') ? EN_SPEAKER.exec(text) : null, CAPS_OBJECT.exec(text), possessive ? CAPS_POSSESSOR.exec(text) : null]) {
    const name = m?.[1];
    const at = name ? text.indexOf(name, m.index) : -1;
    if (name && at >= 0 && !EN_NOT_NAME.test(name.split(/\s+/)[0]!) && !covered(at, at + name.length, known)) out.push(latinParty(name, at));
  }
  // (The Chinese patterns but ZH_SPEAKER, which also reads "Acme: H200 …", each need a Chinese character.)
  const han = hasHan(text);
  const filing = han ? ZH_FILING.exec(text)?.[1] : undefined;
  if (filing && !covered(0, filing.length, known)) out.push(zhParty(filing, 0));
  // 移远通信关于公司H200芯片进口事项获商务部许可的公告: a filing headed by the company's short name.
  const short = filing || !han ? undefined : ZH_FILING_SHORT.exec(text)?.[1];
  if (short && !ZH_GENERIC.test(short) && !ZH_NOT_SPEAKER.test(short) && !covered(0, short.length, known)) out.push(zhParty(short, 0));
  const notice = han ? ZH_NOTICE_SPEAKER.exec(text) : null;
  const speaker = notice ?? ZH_SPEAKER.exec(text) ?? (han ? (ZH_ANSWERING.exec(text) ?? ZH_ANSWER_TOPIC.exec(text) ?? ZH_OWN_REQUEST_HEAD.exec(text)) : null);
  // 光环新网：公司…: a firm speaking of itself as 公司, whatever its name ends with.
  const asCompany = !!speaker && /^[：:]\s*(?:公司|本公司|(?:全资|控股)?子公司|附属公司|下属|旗下)/u.test(text.slice(speaker[1]!.length));
  // (康希諾生物股份公司: a filer's legal ending is no generic word; the name is what comes before it.)
  const speakerName = speaker?.[1]!.replace(/(?<=^[\p{Script=Han}]{2,})(?:股份有限公司|股份公司|有限公司)$/u, '');
  if (
    speaker &&
    speakerName &&
    // 中国再保险：…: the country opening a firm's name does not make it a generic word.
    !ZH_GENERIC.test(withoutCountry(speakerName)) &&
    // 外媒：…, 彭博：…: an outlet opening a headline tells others' news; it holds nothing.
    !OUTLET_NAME.test(speakerName) &&
    (asCompany || !!notice || tellsOwnNews(text) || !ZH_NOT_SPEAKER.test(speakerName)) &&
    !covered(0, speakerName.length, known)
  )
    out.push(zhParty(speakerName, 0));
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    // (Every Chinese pattern needs a Chinese character: a sentence with none skips them.)
    const zh = han && hasHan(sentence);
    // 据悉Tamsin Labs已向…: a Latin name in a Chinese sentence, where a buyer stands.
    if (zh) zhLatinNames(text, sentence, s.start, known, out);
    // "Zhihu Said to Clear China's Review": headline capitals on the verbs are not part of a name.
    const lowered = lowerTitleVerbs(sentence);
    // (Each English pattern below runs only where a word or mark it needs is in the sentence: every one needs a lower-case
    // letter, which lowering the verbs neither adds nor takes away.)
    const latin = LOWER_LATIN.test(sentence);
    const apostrophe = latin && (sentence.includes("'") || sentence.includes('’'));
    const asked = latin && ASK_WORDS.test(sentence);
    // "China approves StepFun's request", 商务部驳回百川智能H200进口申请: the name a decision acts on.
    for (const m of [...(latin ? allMatches(EN_OBJECT, lowered) : []), ...(asked ? allMatches(EN_ASKED_BY, sentence) : [])]) {
      // "Clear Grid Equipment Maker NARI" ("Longfor Group Holdings": a group inside a name is part of it).
      const full = afterFirmKind(m[1]!, true);
      const index = s.start + m.index + m[0].indexOf(m[1]!) + m[1]!.length - full.length;
      // ("Freeze Harbour Logistics Arm's Permit": a unit's permission is its parent's; "Suspend Anhui Compute Renter's
      // approval": a description ending in a kind of firm is no name.)
      const all = full.split(/\s+/);
      const name = all.length > 1 && UNIT_HEAD.test(all.at(-1)!) ? all.slice(0, -1).join(' ') : full;
      if (COUNTING_WORD.test(all[0]!) || DESCRIPTION_HEAD.test(name.split(/\s+/).at(-1)!)) continue;
      const [head, ...tail] = name.split(/\s+/);
      // A place opening a name holds only when the rest is a name ("Guangzhou Nansha Yunfan", not "Beijing Review").
      const generic = PLACE_FIRST.test(head!) ? !tail.length || genericLatinName(tail.join(' ')) : EN_NOT_NAME.test(head!);
      if (!generic && !covered(index, index + name.length, known)) out.push(placeFirst(placeOpened, latinParty(name, index)));
    }
    const selfTold = /\b(?:said|says)\b/u.test(sentence) ? EN_SAID_OF_ITSELF.exec(sentence) : null;
    // (Only a sentence that says "held by" can name the firm that way.)
    const heldBy = /\b(?:held|owned|used)\s+by\b/u.test(sentence) ? allMatches(EN_HELD_BY, sentence) : [];
    const takenFrom = /\bfrom\b/u.test(sentence) ? allMatches(EN_TAKEN_FROM, sentence) : [];
    const forFirm = sentence.includes('for') ? allMatches(EN_FOR, sentence) : [];
    const grantedTo = GRANT_WORDS.test(sentence) ? allMatches(EN_GRANTED_TO, sentence) : [];
    for (const m of [...forFirm, ...grantedTo, ...heldBy, ...takenFrom, ...(selfTold ? [selfTold] : [])]) {
      const name = m[1]!.replace(/\.$/u, '');
      const index = s.start + m.index + m[0].indexOf(name);
      if (!genericLatinName(name) && !taken(index, index + name.length, known, out)) out.push(placeFirst(placeOpened, latinParty(name, index)));
    }
    // (A unit's owner needs a possessive and a unit word: most sentences have neither.)
    const unitOwners =
      apostrophe && /['’]s\s/u.test(lowered) && /\b(?:lab|laboratory|unit|subsidiary|arm|division|affiliate|institute|data\s+cent)/iu.test(lowered)
        ? allMatches(EN_UNIT_OWNER, lowered)
        : [];
    for (const m of [...(apostrophe ? allMatches(EN_POSSESSOR, lowered) : []), ...unitOwners]) {
      let name = m[1]!;
      // "Vanke Logistics Arm's Permit": a unit's permission is its parent's.
      const words = name.split(/\s+/);
      if (words.length > 1 && UNIT_HEAD.test(words.at(-1)!)) name = words.slice(0, -1).join(' ');
      // "Anhui Compute Renter's Import Licence": a headline's capitals on a description ending in a kind of firm.
      if (DESCRIPTION_HEAD.test(name.split(/\s+/).at(-1)!)) continue;
      // "TV Maker Sichuan Changhong's Permit".
      const skipped = name.length - afterFirmKind(name).length;
      name = name.slice(skipped);
      const index = s.start + m.index + skipped;
      // A name the lexicon knows ("JD.com's request") keeps its own id.
      const knownId = lex.untrackedId.get(name.toLowerCase());
      // "Bank of Hangzhou": the place a name is "of" is part of it. ("Shanghai Datun Energy's permit": so is a place opening
      // a name whose rest is a name.)
      const [head, ...tail] = name.split(/\s+/);
      const placeOpens = PLACE_FIRST.test(head!) && tail.length > 0 && !genericLatinName(tail.join(' '));
      if (
        // ("Pangyue Tech's shipments": "Tech" closing a name is part of it, as it is not opening one.)
        !name.split(/\s+/).some((w, i, all) => EN_NOT_NAME.test(w) && all[i - 1] !== 'of' && !(i === 0 && placeOpens) && !(i > 0 && /^tech$/i.test(w))) &&
        !taken(index, index + name.length, known, out)
      )
        out.push(placeFirst(placeOpened, { ...latinParty(name, index), ...(knownId ? { id: knownId } : {}) }));
    }
    if (zh)
      for (const m of allMatches(ZH_ABOUT, sentence)) {
        const name = m[1]!;
        const index = s.start + m.index + 1;
        if (!taken(index, index + name.length, known, out)) out.push(zhParty(name, index));
      }
    if (/就|问及|回应|针对/u.test(sentence))
      for (const m of allMatches(ZH_ABOUT_SHORT, sentence)) {
        const name = m[1]!;
        const index = s.start + m.index + m[0].length - name.length;
        if (!ZH_GENERIC.test(withoutCountry(name)) && !taken(index, index + name.length, known, out)) out.push(zhParty(name, index));
      }
    // 有投资者询问…。伟明环保（603568）在上证e互动回复称: a firm answering its investors opens a later sentence too.
    const answering = s.start > 0 && /投资者|互动/u.test(sentence) ? ZH_ANSWERING.exec(sentence.trimStart()) : null;
    if (answering) {
      const index = s.start + sentence.length - sentence.trimStart().length;
      const name = answering[1]!;
      if (
        !ZH_GENERIC.test(withoutCountry(name)) &&
        !ZH_NOT_SPEAKER.test(name) &&
        !out.some((o) => o.words === name) &&
        !taken(index, index + name.length, known, out)
      )
        out.push(zhParty(name, index));
    }
    const parent = unitParent(sentence, !(speaker && s.start === 0));
    if (parent) {
      const index = s.start + sentence.indexOf(parent);
      // 中国中化旗下…: a name that has units is an organisation's, whatever country opens it.
      const core = withoutCountry(parent);
      if (!ZH_GENERIC.test(core) && !taken(index, index + parent.length, known, out)) out.push(zhParty(parent, index));
    }
    if (/公司|集团/u.test(sentence))
      for (const m of [...allMatches(ZH_OBJECT_LEGAL, sentence), ...allMatches(ZH_NOTICE_FIRM, sentence)]) {
        const decided = DECIDED_FIRST.exec(m[1]!)?.[0].length ?? 0;
        const name = m[1]!.slice(decided);
        const index = s.start + m.index + m[0].length - name.length;
        if (!taken(index, index + name.length, known, out)) out.push(zhParty(name, index));
      }
    for (const m of zh ? allMatches(ZH_OBJECT, sentence) : []) {
      const found = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
      const index = s.start + m.index + m[0].length - found.length;
      // 准予万物云公司进口: 公司 closes the name without being part of it.
      // (多家游戏公司: firms counted, not named, stay generic.)
      // (青梅斋子公司: a unit's parent, 子公司 and all, is the firm.)
      const bare = COUNTED_FIRMS.test(found) ? undefined : /^([\p{Script=Han}A-Za-z]{2,}?)(?:(?:全资|控股)?子公司|公司)$/u.exec(found)?.[1];
      const name = bare ?? found;
      // 传音控股：…: a name already found (the headline's speaker) is not read again without its first character.
      if (ZH_GENERIC.test(name) || taken(index, index + name.length, known, out)) continue;
      out.push(zhParty(name, index));
    }
    // "Media reported this week that QingCloud Technology has been approved": the subject of a reported clause.
    // (The subject pattern is long: it runs once on the sentence, and once more only on a reported clause.)
    const subject = latin ? EN_SUBJECT.exec(lowered) : null;
    const reported = subject || !REPORT_WORDS.test(lowered) ? null : REPORTED_CLAUSE.exec(lowered);
    const clause = reported ? EN_SUBJECT.exec(lowered.slice(reported.index + reported[0].length)) : null;
    if (clause && reported) clause.index += reported.index + reported[0].length;
    // (A flash opens on a capital within its first characters: most sentences are not worth upper-casing to ask.)
    const en = subject ?? clause ?? (CAPS_OPENING.test(sentence) && sentence === sentence.toUpperCase() ? CAPS_SUBJECT.exec(sentence) : null);
    if (en) {
      // "Video-Generation Startup Shengshu Gets …": the words up to a kind of firm describe the name after them.
      const all = en[1]!.split(/\s+/);
      const kind = all.findLastIndex((w) => FIRM_KIND.test(w));
      const name = kind >= 0 && kind < all.length - 1 ? all.slice(kind + 1).join(' ') : en[1]!;
      const index = s.start + en.index + en[0].indexOf(name);
      const words = name.split(/\s+/);
      // "Japan clears ...": another country is not a company.
      const isCountry = hits(lex.otherCountries, text).some((h) => h.index === index);
      // "China Construction Bank", "Digital China": a country word inside a longer name is part of it.
      const generic =
        words.length === 1 || /^(?:the|a|an|this|that|these|those|its|their|another|some|more|most|top)$/i.test(words[0]!)
          ? // ("China's orders for Nvidia H200s": a country's possessive is no firm either.)
            words.some((w) => EN_NOT_NAME.test(w) || EN_NOT_NAME.test(w.replace(/(?:'s|’s)$/u, '')))
          : // "Agricultural Bank of China": the place a name is "of" is part of it.
            // "INESA Intelligent Tech": "Tech" after a name ends it.
            // ("SF Express's Tech Arm" is a description, not a name).
            // "Air China", "Digital China": the country closing a name is part of it.
            words
              .slice(1)
              .some(
                (w, i) =>
                  EN_NOT_NAME.test(w) &&
                  words[i] !== 'of' &&
                  !(/^tech$/i.test(w) && !/(?:'s|’s)$/u.test(words[i]!)) &&
                  !(i === words.length - 2 && w === 'China'),
              );
      if (!generic && !covered(index, index + name.length, known) && !isCountry) out.push(latinParty(name, index));
      continue;
    }
    if (zh) zhClauseNames(text, sentence, s.start, known, out);
  }
  // 曹溪智能：中药饮片鉴别模型要扩训…: a firm heading its own news, found when no other shape named a Chinese firm.
  const orgSpeaker = !han || out.some((p) => /\p{Script=Han}/u.test(p.words)) ? null : ZH_ORG_SPEAKER.exec(text);
  if (orgSpeaker && !ZH_GENERIC.test(withoutCountry(orgSpeaker[1]!)) && !OUTLET_NAME.test(orgSpeaker[1]!) && !covered(0, orgSpeaker[1]!.length, known))
    out.push(zhParty(orgSpeaker[1]!, 0));
  const owner = headlineUnitOwner(text, [...known, ...out]);
  if (owner) out.push(owner);
  // (Only when nothing else names a firm: a headline's own short name, "CATL Unit", is one the body's full name may not match.)
  if (!out.length) out.push(...unitWinners(text, known));
  out.push(...answerFirms(text, sentences, [...known, ...out]));
  // "Fosun Pharma secures …; Shanghai Fosun Pharmaceutical Group said": a name a place opens is
  // often the full name of a firm the item names short; it stands only when no other is named.
  const others = out.filter((p) => !placeOpened.has(p));
  // "were cleared in late January": a month or a weekday alone names no firm, whatever pattern caught it.
  return sameFirm(others.some((p) => /^[A-Za-z]/u.test(p.words)) ? others : out).filter((p) => !NOT_A_FIRM_ALONE.test(p.words));
}

// ("Xiamen Kingdomway Group Co.'s request": the legal form closing a name is no firm by itself either; nor is "Purchase
// orders placed by…" opening a sentence, or a headline's count, "Two Million Orders".)
const NOT_A_FIRM_ALONE =
  /^(?:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Half|A)(?:\s+(?:Hundred|Thousand|Million|Billion))+|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Co\.?|Corp\.?|Inc\.?|Ltd\.?|LLC|PLC|Group|Holdings|Purchase|Purchases|Orders?|Shipments?|Deliveries|Sales|Imports|Exports)$/u;

// "KE Holdings Q3 earnings call: …", "Acme third-quarter results": a headline about a company's results names it first.
const RESULTS_TITLE =
  /^\s*([A-Z][\p{L}\p{N}&.'-]*(?:\s+[A-Z][\p{L}\p{N}&.'-]*){0,3}?)(?:'s|’s)?\s+(?:Q[1-4]|(?:first|second|third|fourth)[- ]quarter|full[- ]year|quarterly|annual|earnings|results|profit|revenue|sales)\b/u;

/** The company a results headline names first, as an untracked party, if the headline is one. */
export function resultsCompany(text: string): Named | undefined {
  const name = RESULTS_TITLE.exec(text)?.[1];
  if (!name || name.split(/\s+/).some((w) => EN_NOT_NAME.test(w))) return undefined;
  return latinParty(name, text.indexOf(name));
}

/** Whether a run of Chinese characters is a phrase rather than a firm's name (ZH_GENERIC, a country opening it aside). */
export function zhGenericName(name: string): boolean {
  return ZH_GENERIC.test(withoutCountry(name));
}
