/**
 * "Nvidia files for roughly 30 more China export licences", "US turns down Nvidia licence bids for at least four Chinese
 * buyers": an item that names no chip but names the one exporter the ledger tracks for exports to China, and its
 * licences for Chinese buyers, is about the goods of that tracked export licence.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import { exportLicencesOf } from './export-licences.js';
import type { Mention } from './gazetteer.js';

// The licences an exporter holds or seeks for China: "China export licences", "licence requests … Chinese customers".
const CHINA_LICENCES =
  /\b(?:China|Chinese)(?:-bound)?\s+(?:export\s+)?licen[cs]es?\b|\blicen[cs]es?\s+(?:requests?|applications?|bids?)\b[^.;:!?]{0,60}?\b(?:Chinese|China(?:-based)?)\s+(?:customers|buyers|clients|firms|companies|users)\b|\b(?:export\s+)?licen[cs]es?\s+(?:requests?\s+|applications?\s+|bids?\s+)?(?:for|covering)\s+(?:(?:at\s+least|about|around|roughly|some|more\s+than|over|nearly)\s+)?(?:[\w-]+\s+){0,3}?(?:Chinese|China)\s+(?:customers|buyers|clients|firms|companies)\b|\blicen[cs]es?\s+(?:applications?\s+|requests?\s+|bids?\s+)?(?:for|covering)\s+(?:an?\s+|the\s+)?(?:Shanghai|Beijing|Shenzhen|Hangzhou|Guangzhou|Chengdu|Chongqing|Wuhan|Nanjing|Hefei|Tianjin|Suzhou|Xiamen)(?:-based)?\s+(?:[\w-]+\s+){0,3}?(?:company|firm|buyer|customer|client|operator|group|start-?up|reseller|renter)s?\b|\bexport\s+licen[cs]es?\s+(?:linked|tied)\s+to\s+(?:an?\s+|the\s+)?(?:Chinese|China-based)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|buyer|customer|client|operator|group)\b/iu;
// ("31 Nvidia export licences linked to a Chinese server-rental company", "a licence for a Shanghai GPU-rental firm": the licences
// named by the buyer they serve, or its Chinese city.)

/** Where an item names the goods of a tracked export licence without naming them: the item's id and the words. */
export interface ImpliedItem {
  id: string;
  index: number;
  end: number;
  words: string;
}

/** The tracked item an item implies by naming its one exporter's China licences, when it names no item itself. */
export function impliedItem(state: LedgerState, text: string, parties: readonly Mention[]): ImpliedItem | undefined {
  if (!/licen[cs]/iu.test(text)) return undefined;
  const items = new Set(parties.flatMap((p) => exportLicencesOf(state, p.id).map((a) => a.itemId)));
  if (items.size !== 1) return undefined;
  const m = CHINA_LICENCES.exec(text);
  if (!m) return undefined;
  return { id: [...items][0]!, index: m.index, end: m.index + m[0].length, words: m[0] };
}

/**
 * An event told of an exporter's China licences alone is the exporter's: the Chinese buyers they cover ("for about 25
 * more Chinese buyers") are not its holders, and the authority is the one that grants the tracked export licence.
 */
export function impliedExportEvents(cands: CandidateEvent[], item: { id: string; words: string; implied?: boolean }, state: LedgerState): void {
  if (!item.implied) return;
  for (const c of cands) {
    const exporters = c.holders.filter((h) => exportLicencesOf(state, h.value).some((a) => a.itemId === item.id));
    if (!exporters.length) continue;
    c.holders = exporters;
    if (c.authority) continue;
    const licence = exporters.flatMap((h) => exportLicencesOf(state, h.value)).find((a) => a.itemId === item.id);
    if (licence && state.authority[licence.authorityId]) c.authority = { value: licence.authorityId, words: item.words };
  }
}
