/**
 * One candidate event from one trigger in one sentence: its authority and direction (a US
 * export licence or a Chinese import approval), holders, seller, conditions and dates.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateDate, CandidateEvent } from './candidate.js';
import { chooseAuthority, DESTINATION_BEFORE, inClause, isSpeaker, NOT_ACTOR_AFTER, otherCountryActor, span, type Sentence } from './actors.js';
import { lexicon } from './lexicon.js';
import { authorityForCountry, type Named } from './named.js';
import { breaksBetween } from './text-units.js';
import { conditionWordsIn } from './condition-verbs.js';
import { AUTHORITY_KINDS, type Trigger } from './trigger.js';

const SIDE_CLAUSE_AFTER = /(?<!\bsuch\s)\b(?:as|while|amid|after|because|since|whereas)\s/i;
const VENDOR_BEFORE =
  /(?:\b(?:built|made|assembled|supplied|provided|sold|shipped)\s+by\s+(?:[\p{L}-]+\s+){0,2}|\b(?:through|via|(?<!along |together )with)\s+(?:(?:server|equipment|hardware|system)\s+(?:maker|vendor|supplier|builder)\s+)?|(?:通过|经由|由)\s*)$/u;
// (转出口, "re-export": the buyer sending goods on, not the exporter's licence.)
// ("China-bound H200 clusters", "chips bound for China": goods leaving for China are exported.)
const EXPORT_CUE =
  /(?<!\bre-)\bexport(?:s|ed|ing|ers?)?\b|\bChina-bound\b|\b(?:bound|destined)\s+for\s+China\b|\bsales?\b|(?<!\bpre-)\bsell(?:s|ing)?\b|\bsold\b|\bship(?:s|ped|ping|ments?)?\b(?!-)|(?<![转再])出口|销售|出售/i;
const BARE_COMMERCE = /^[Cc]ommerce(?:\s+officials?)?$/u;
const IMPORT_CUE =
  /\bimport(?:s|ed|ing|ers?)?\b|\bbuy(?:s|ing|ers?)?\b|\bbought\b|\bpurchas(?:e|es|ed|ing)\b|\bacquir(?:e|es|ed|ing)\b|\bprocure(?:s|d|ment)?\b|进口|采购|购买|购入/i;
// ("the approval it shares with ByteDance and Alibaba", "the quota it holds with Alibaba", "its slice of the joint approval with
// Alibaba and Tencent": the firms an approval is shared with describe it; 比例较首批三家平台更为严格: firms a term is compared
// with are a reference too; "sold … through a WeChat mini-program": a brand named as the channel used is no party to it.)
const REFERENCE_BEFORE_RE =
  /\b(?:behind|besides|other than|apart from|except(?: for)?|beyond|shares? with|shared with|(?:it|they)\s+holds?\s+with|held with|(?:jointly|together) with|(?:joint|shared|common)\s+(?:[a-z-]+\s+)?(?:approvals?|quotas?|licen[cs]es?|permits?|allowances?|nods?|allocations?)\s+with|(?:through|via)\s+(?:an?|the)\s+)\s*(?=\p{Lu})|\bsince\s+(?=(?:\S+\s+){0,4}\p{Lu})|除了?|(?:较|相较于?|相比于?|比起)(?=[^，。；,;]{0,8}?(?:三家|平台|企业|公司|巨头))/u;
// 除字节跳动、阿里巴巴、腾讯之外, 字节、阿里、腾讯之外的更多企业, "outside the first three platforms", "besides the trio", "after the first
// three platforms": the firms an event is told apart from.
const SET_ASIDE =
  /除了?[^，。；,;]{1,60}?(?:之外|以外|外)|[^，。；,;]{1,40}?(?:之外|以外)的|\b(?:outside(?:\s+of)?|besides|apart\s+from|other\s+than|in\s+addition\s+to|on\s+top\s+of|excluding|except(?:\s+for)?)\s+(?:(?!(?:had|has|have|was|were|is|are|will|would|got|gets|won|wins|received|receives|secured|obtained|may|could)\b)[\p{L}\p{N}'’&-]+(?:\s+|$|(?=[,;:.]))){1,6}|\bafter\s+the\s+(?:first|initial|original)\s+(?:(?:three|3|big)\s+)?(?:platforms|companies|firms|groups|buyers|giants|approvals?|three|trio)\b/giu;
const SET_ASIDE_WORD = /除|之外|以外|outside|besides|apart from|other than|in addition to|on top of|excluding|except|after the (?:first|initial|original)/i;
const OWN_PAUSE_GAP = /^\s*(?:has\s+|have\s+|had\s+|is\s+|已经?|已|宣布|决定)?$/i;
const OTHER_FIRMS = /\bother\b.*\b(?:firms|companies)\b|其[他余]企业/i;
const INCLUDING = /^[^.;。；]{0,12}?(?:\bincluding\b|\bsuch as\b|\bamong them\b|包括|其中)/i;

/** The sentence with untracked firms' names blanked out (same length, so offsets hold). */
// "Tangyue Compute, which sells scheduling software to hydropower operators, has received clearance": what a firm does for
// a living, told in a relative clause, names no direction of the goods.
const DESCRIBING_CLAUSE = /,\s+(?:which|whose|who)\s+[^,]{3,90},/giu;

function withoutNames(sentenceText: string, start: number, parties: readonly Named[]): string {
  let out = sentenceText.replace(DESCRIBING_CLAUSE, (m) => ' '.repeat(m.length));
  for (const p of parties)
    if (!p.tracked && p.index >= start && p.end - start <= out.length)
      out = out.slice(0, p.index - start) + ' '.repeat(p.end - p.index) + out.slice(p.end - start);
  return out;
}

export function buildCandidate(
  text: string,
  state: LedgerState,
  s: Sentence,
  t: Trigger,
  item: Named,
  sellers: Named[],
  others: Named[],
  dates: (CandidateDate & { index: number })[],
  notes: string[],
): CandidateEvent | undefined {
  const lex = lexicon();
  const authorityKind = AUTHORITY_KINDS.has(t.kind) || (t.kind === 'restatement' && AUTHORITY_KINDS.has(t.original));
  const c: CandidateEvent = {
    kind: t.kind,
    certainty: t.certainty,
    trigger: t.words,
    holders: [],
    conditions: [],
    dates: [],
    item: span(item),
    ...(t.certaintyWords ? { certaintyWords: t.certaintyWords } : {}),
  };
  if (sellers[0]) c.seller = span(sellers[0]);
  if (authorityKind) {
    let authority = chooseAuthority(text, s, t);
    const other = otherCountryActor(text, s, t, authority);
    if (other) {
      notes.push(`${other}: another country`);
      return undefined;
    }
    const sentenceText = text.slice(s.start, s.end);
    // "Commerce officials turned down Caoting Robotics' request to import": a bare "Commerce" in a sentence that tells only
    // an import is Beijing's ministry, for the direction words to name.
    if (authority && BARE_COMMERCE.test(authority.words)) {
      const cues = withoutNames(sentenceText, s.start, others);
      if (/\bimport(?:s|ed|ing)?\b/i.test(cues) && !EXPORT_CUE.test(cues)) authority = undefined;
    }
    let country = authority?.country;
    if (!authority || authority.generic) {
      // The direction words decide between a US export licence and a Chinese import approval.
      // ("Cosco Shipping Energy seeks approval to import": a direction word inside a firm's name tells no direction.)
      const cueText = withoutNames(sentenceText, s.start, others);
      const exp = EXPORT_CUE.exec(cueText);
      const imp = IMPORT_CUE.exec(cueText);
      const cue = exp && imp ? (Math.abs(s.start + exp.index - t.index) < Math.abs(s.start + imp.index - t.index) ? exp : imp) : (exp ?? imp);
      const cueCountry = cue === exp && exp ? 'US' : cue ? 'CN' : undefined;
      // "Nvidia files 15 licence applications for Chinese buyers", "Nvidia agrees to pay 25% of its
      // China revenue": the seller acting first in its sentence is the exporter's side, whoever the buyers are.
      // ("Nvidia files China H200 licence applications": a country naming the market of the item's
      // licences is no actor; "Chinese H200 import approvals" are still Beijing's.)
      const market =
        authority &&
        cueCountry !== 'CN' &&
        s.names.items.some((i) => i.index >= authority!.end && i.index - authority!.end <= 2) &&
        /^China$/u.test(authority.words) &&
        /licen[cs]/i.test(text.slice(authority.end, t.end))
          ? authority
          : undefined;
      // ("Nvidia agrees to re-screen Chinese H200 customers", "to certify its China distributors": the buyers' country word
      // names whose customers, no actor.)
      const buyersCountry =
        authority &&
        /^(?:Chinese|China)$/u.test(authority.words) &&
        /^\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:customers?|buyers?|clients?|firms?|companies|users?|importers?|distributors?|resellers?|dealers?)\b/iu.test(
          text.slice(authority.end, authority.end + 40),
        );
      const sellerActs =
        (!authority || market || buyersCountry) &&
        authorityKind &&
        t.kind !== 'restatement' &&
        sellers.some(
          (p) =>
            p.end <= t.index &&
            p.index === s.start + (sentenceText.length - sentenceText.trimStart().length) &&
            !s.names.items.some((i) => i.index >= p.end && i.index - p.end <= 3),
        ) &&
        !others.some((p) => p.end <= t.index);
      // "Two of Nvidia's China H200 licenses put on hold": the market word after the seller's possessive names its export
      // licences.
      const sellersMarket = !!market && sellers.some((p) => p.end <= market.index && /^(?:'s|’s)\s+$/u.test(text.slice(p.end, market.index)));
      if ((sellerActs && cueCountry !== 'US') || sellersMarket) {
        if (authorityForCountry(state, 'US')) {
          country = 'US';
          authority = undefined;
        }
      } else if ((!authority || (buyersCountry && cueCountry === 'US')) && cueCountry) {
        // (A buyers' country word gives way to the direction the sentence tells.)
        const id = authorityForCountry(state, cueCountry);
        if (id)
          authority = {
            kind: 'authority',
            id,
            index: s.start + cue!.index,
            end: s.start + cue!.index + cue![0].length,
            words: cue![0],
            tracked: true,
            country: cueCountry,
            generic: true,
          };
        country = cueCountry;
      } else if (!authority && others.some((p) => p.country === 'CN')) {
        const id = authorityForCountry(state, 'CN');
        if (id) country = 'CN';
      }
    }
    // "Tencent has paused new purchases": a buyer stopping its own buying is not an authority's suspension.
    if (
      t.kind === 'suspension' &&
      !s.names.authorities.some((a) => a.end <= t.index && !isSpeaker(text, a)) &&
      others.some((p) => p.end <= t.index && OWN_PAUSE_GAP.test(text.slice(p.end, t.index))) &&
      /^\s*(?:(?:all|any|new|further|its|their)\s+)*(?:H\d+\s+)?(?:purchases|buying|orders)\b|^(?:采购|购买|下单|订购)/i.test(text.slice(t.end, t.end + 30))
    ) {
      notes.push(`"${t.words}": the buyer's own pause, not a decision`);
      return undefined;
    }
    // "Nvidia asks TSMC for 500,000 more": asking is an application only of an authority or for a permission.
    if (
      t.kind === 'application' &&
      /^(?:(?:has|have)\s+)?(?:ask|request)/i.test(t.words) &&
      !s.names.authorities.some((a) => !NOT_ACTOR_AFTER.test(text.slice(a.end))) &&
      !/approv|licen[cs]|permi|clearance|go-ahead|批准|许可/i.test(sentenceText)
    )
      return undefined;
    // "The ministry has asked the firms to ...": an authority asking is a demand, not an application.
    if (
      t.kind === 'application' &&
      /^(?:(?:has|have)\s+)?(?:ask|request|urg|want|demand)|要求/i.test(t.words) &&
      authority &&
      authority.end <= t.index &&
      breaksBetween(text, authority.end, t.index) === 0 &&
      !DESTINATION_BEFORE.test(text.slice(Math.max(s.start, authority.index - 16), authority.index)) &&
      !others.some((p) => p.index >= authority.end && p.end <= t.index)
    )
      return undefined;
    // "Samsung gets renewed US authorisation to ship tools to its Xi'an plant": a firm other than the
    // seller winning a US licence, in a sentence that names no tracked item, holds a licence for something else.
    const licensee =
      country === 'US' && !s.names.items.length
        ? s.names.parties.find((p) => !sellers.some((x) => x.id === p.id) && p.end <= t.index && breaksBetween(text, p.end, t.index) === 0)
        : undefined;
    if (licensee && (t.kind === 'grant' || t.kind === 'application')) {
      notes.push(`"${t.words}": ${licensee.words}'s own US licence, for something else`);
      return undefined;
    }
    if (authority) c.authority = span(authority);
    if (country === 'US') {
      // An export licence is held by the exporter: the seller, often named only in the item.
      c.holders = sellers.map(span);
      if (!c.holders.length && item.words.toLowerCase() !== item.id && sellers.length === 0) {
        const brand = Object.values(state.party).find((p) => state.item[item.id]?.name.toLowerCase().startsWith(`${p.name.toLowerCase()} `));
        if (brand && /nvidia|英伟达/i.test(sentenceText)) c.holders = [{ value: brand.id, words: brand.name }];
      }
    } else {
      // "companies waiting behind ByteDance, Alibaba and Tencent": the names after "behind" are a reference point.
      // "the first firm cleared since the ministry approved ByteDance, …": the since-clause's names are its own.
      const behind = REFERENCE_BEFORE_RE.exec(text.slice(s.start, s.end));
      const cut = behind && s.start + behind.index > t.end ? s.start + behind.index : undefined;
      // 除三家平台企业外另有9家企业获准, "23 firms outside the first three platforms": the firms set aside are not those told.
      const sentence = text.slice(s.start, s.end);
      // (Most sentences set nothing aside: a plain test first spares the pattern.)
      const aside = SET_ASIDE_WORD.test(sentence)
        ? [...sentence.matchAll(SET_ASIDE)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }))
        : [];
      c.holders = inClause(text, t, others)
        .filter((p) => cut === undefined || p.index < cut || p.index > cut + 80 || /[.;。；]/u.test(text.slice(cut, p.index)))
        .filter((p) => !aside.some((r) => p.index >= r.start && p.end <= r.end) || aside.some((r) => t.index >= r.start && t.index < r.end))
        .map(span);
      // "five more firms, including Baidu and JD.com": the examples belong to the group told.
      const group = others.find((p) => p.tracked && c.holders.some((h) => h.value === p.id) && OTHER_FIRMS.test(state.party[p.id]?.name ?? ''));
      if (group && INCLUDING.test(text.slice(group.end, group.end + 40))) c.holders = c.holders.filter((h) => h.value === group.id || !!state.party[h.value]);
    }
    for (const h of others) if (!h.tracked && !notes.some((n) => n.startsWith(`${h.words} `))) notes.push(`${h.words} is not tracked`);
    for (const { kind, hit } of conditionWordsIn(text, s, t.kind === 'grant')) c.conditions.push({ value: kind, words: hit.words });
  } else if (t.kind === 'supply' || (t.kind === 'restatement' && t.original === 'supply')) {
    // A stock figure is held by the seller that makes the item.
    if (sellers[0]) c.seller = span(sellers[0]);
    c.holders = sellers.slice(0, 1).map(span);
  } else {
    // "servers built by Inspur", "an order with server maker Inspur", 通过浪潮: the vendor is not the buyer.
    c.holders = inClause(text, t, others)
      .filter(
        (p) =>
          !(
            (t.kind === 'order' || t.kind === 'delivery') &&
            // 寒武纪…获三家城商行批量采购: a chip maker is the seller of the goods, never their buyer.
            (VENDOR_BEFORE.test(text.slice(Math.max(0, p.index - 40), p.index)) || lex.chipMakers.has(p.id))
          ) &&
          // "orders … have grown to 2.3 million as smaller firms join the queue": a side clause after the event names others.
          !(p.index > t.end && SIDE_CLAUSE_AFTER.test(text.slice(t.end, p.index))),
      )
      .map(span);
  }
  c.holders = c.holders.filter((h, i, list) => list.findIndex((x) => x.value === h.value) === i);
  c.dates = dates.filter((d) => d.index >= s.start && d.index < s.end).map(({ index: _i, ...d }) => d);
  return c;
}
