/**
 * "Nvidia says every China H200 licence it holds remains valid, disputing revocation report": the
 * licences a seller speaks of as its own are its export licences. A revocation or suspension the item
 * tells of them, with no holder named, is about the seller's licensing, not the buyers' import approval.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { exportLicencesOf } from './export-licences.js';
import type { Named } from './named.js';
import { waitingPartyOf } from './item-passes.js';
import { compatible, merge } from './tellings.js';

// "licence it holds", "licences it has received", "all of its licences", 其持有的出口许可.
const OWN_LICENCES =
  /\blicen[cs]es?\s+(?:that\s+)?it\s+(?:holds|has\s+received|has\s+been\s+granted|was\s+granted)\b|\b(?:all\s+of\s+its|every\s+one\s+of\s+its|its|our)\s+(?:[\p{L}\p{N}-]+\s+){0,4}licen[cs]es?\b|其(?:持有|获得|取得)的[^，。]{0,12}许可/iu;

const GENERIC_CHINA = /^(?:China|Chinese|中国|对华)$/i;
// "its China H200 permits": a permission named, with no act.
// ("puts China H200 licence approvals at 21": approvals counted are grants told.)
const PERMISSION_ONLY = /^(?:[\p{L}\p{N}-]+\s+){0,3}(?:licen[cs]es?|permits?)$/iu;
// "Three Nvidia China licences on hold", "as price of China licences": China named right before the licences.
const CHINA_LICENCES = /\b(?:China|Chinese)(?:-bound)?\s+(?:(?:H\d{2,3}|export)\s+)*licen[cs]es?\b/iu;

/** Gives the seller as holder to holderless revocations and suspensions when the seller speaks of the licences as its own. */
export function sellerLicences(cands: CandidateEvent[], text: string, parties: readonly Named[], sellers: ReadonlySet<string>): void {
  const seller = parties.find((p) => sellers.has(p.id));
  if (!seller) return;
  const own = OWN_LICENCES.exec(text);
  // The seller must be the one speaking of them: named before, in the same sentence.
  if (!own || seller.index > own.index || /[.!?。！？]\s/u.test(text.slice(seller.end, own.index))) return;
  for (const c of cands) {
    if ((c.kind !== 'revocation' && c.kind !== 'suspension') || c.holders.length) continue;
    // ("its China H200 licences": China named as where the goods go, not as who decides.)
    const destinationOnly = c.authority && GENERIC_CHINA.test(c.authority.words);
    if (c.authority && c.authority.value !== 'bis' && !destinationOnly) continue;
    if (destinationOnly) delete c.authority;
    c.holders = [{ value: seller.id, words: seller.words }];
  }
}

/**
 * "Three Nvidia China licences reportedly on hold", "Nvidia accepts reporting as price of China licences": in an item
 * that names the seller, China named right before the licences is where the goods go, not who decides. An event told of
 * such licences with China as its only authority is about the seller's tracked export licensing, held by
 * the seller; a telling of it the item already has takes it in.
 */
export function chinaLicencesOfSeller(
  cands: CandidateEvent[],
  text: string,
  parties: readonly Named[],
  sellers: ReadonlySet<string>,
  state: LedgerState,
): void {
  if (!CHINA_LICENCES.test(text)) return;
  const seller = parties.find((p) => sellers.has(p.id));
  const exportAuthority = seller && exportLicencesOf(state, seller.id)[0]?.authorityId;
  if (!seller || !exportAuthority) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (!c.authority || !GENERIC_CHINA.test(c.authority.words) || c.holders.some((h) => h.value !== seller.id)) continue;
    // ("its China H200 permits": the permission named, with no act, is no grant told.)
    if (c.kind === 'grant' && PERMISSION_ONLY.test(c.trigger)) continue;
    c.authority = { value: exportAuthority, words: c.authority.words };
    c.holders = [{ value: seller.id, words: seller.words }];
    const twin = cands.find((o, j) => j !== i && compatible(o, c));
    if (twin) {
      merge(twin, c);
      cands.splice(i, 1);
    }
  }
}

// The buyers an export decision names, read as the side a Chinese import decision would be about.
// (几家中国分销商, "Chinese resellers": the buyers a licence was for, named by their trade.)
const COUNTRY_ONLY = /^(?:China|Chinese|中国)$/iu;
const BUYERS_ONLY = /^(?:buyers?|customers?|end[- ]users?|distributors?|resellers?|买家|客户|分销商|经销商|代理商)$/iu;

/**
 * "Commerce turns down four Nvidia H200 requests … the applications named Chinese buyers and were refused": beside an
 * export decision of Washington's, a decision of the same kind the item tells with no holder, placed in China only by
 * the buyers it names, is that export decision told again, not one of Beijing's.
 */
export function buyersTwinOfExport(cands: CandidateEvent[], state: LedgerState): void {
  const country = (c: CandidateEvent) => (c.authority ? state.authority[c.authority.value]?.country : undefined);
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (!c.authority || country(c) !== 'CN') continue;
    // ("Some 23 Nvidia China Bids Rejected": a country word describing the seller's requests names no authority either, and
    // the firms waiting it falls back on are no holder named.)
    const buyersOnly = !c.holders.length && BUYERS_ONLY.test(c.authority.words);
    const countryOnly = COUNTRY_ONLY.test(c.authority.words) && c.holders.every((h) => h.value === waitingPartyOf(state));
    if (!buyersOnly && !countryOnly) continue;
    if (cands.some((o) => o !== c && o.kind === c.kind && country(o) === 'US')) cands.splice(i, 1);
  }
}
