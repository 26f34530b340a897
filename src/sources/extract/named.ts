/**
 * Everything the text names, as the candidate extractor needs it: tracked parties (with
 * subsidiaries mapped to their parent), untracked companies the lexicon knows, tracked
 * items (without look-alikes such as a "H200-class" rival), and authorities, including
 * country-level actors ("Beijing", "美国商务部") resolved to the tracked authority of that
 * country. Overlaps are settled by length: 美国商务部 is the US department, not 商务部.
 */
import type { LedgerState } from '../../core/model.js';
import { findMentions } from './gazetteer.js';
import { lexicon } from './lexicon.js';
import { impliedItem } from './implied-item.js';
import { leading } from './anchored-set.js';
import { hits } from './phrase-index.js';

// Words that place a firm in a group named after them ("among companies queueing").
const MEMBER_OF_BEFORE = /\b(?:among|one of(?: the)?(?: first| few| latest)?)\s+$/i;
// A class of goods, not a rival: words a rule uses to cover the item and its equivalents.
const RULE_CLASS = /^[\s-]*(?:class|level|equivalent|grade)$/i;
// Wording only a US export rule, or writing about its licensing, uses ("BIS's January policy for H200-class chips",
// "what exporters of H200-class chips to China must certify", "China-bound applications for H200-class chips").
const RULE_TEXT =
  /\bExport Administration Regulations\b|\b(?:Interim )?Final Rule\b|\bProposed Rule\b|\bBureau of Industry and Security\b|\bFederal Register\b|\bLicense Conditions?\b|\bBIS\b|\bexporters?\b|\bexport licen[cs]es?\b|\bcase-by-case\b|\bpresum(?:ption|ed)\b[^.;]{0,24}\bden/u;

/** A name found in the text. `tracked` is false for a company the ledger does not track. */
export interface Named {
  kind: 'party' | 'item' | 'authority';
  id: string;
  index: number;
  end: number;
  words: string;
  tracked: boolean;
  /** Country of a party or authority, when known. */
  country?: string;
  /** True for a country-level actor ("China", "US") rather than a named body. */
  generic?: boolean;
  /** For an item: true when the text names no chip and the item is implied by an exporter's China licences. */
  implied?: boolean;
}

/** What the text names, and what was set aside. */
export interface NamedScan {
  parties: Named[];
  items: Named[];
  authorities: Named[];
  /** Offsets of other chips (H20, B30A, a "H200-class" rival) named in the text. */
  otherChips: { index: number; end: number; words: string }[];
  /** Offsets of the tracked item's name where it stands for another product ("H200-class", 对标H200). */
  lookalikes: { index: number; end: number }[];
  notes: string[];
}

const authorityByCountry = new WeakMap<LedgerState, { seq: number; map: Map<string, string> }>();

/** The tracked authority that stands for a country: the one that grants most authorizations. */
export function authorityForCountry(state: LedgerState, country: string): string | undefined {
  let cached = authorityByCountry.get(state);
  if (!cached || cached.seq !== state.seq) {
    const counts = new Map<string, number>();
    for (const a of Object.values(state.authorization)) counts.set(a.authorityId, (counts.get(a.authorityId) ?? 0) + 1);
    const map = new Map<string, string>();
    const ranked = Object.values(state.authority).sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.id.localeCompare(b.id));
    for (const a of ranked) if (a.country && !map.has(a.country)) map.set(a.country, a.id);
    cached = { seq: state.seq, map };
    authorityByCountry.set(state, cached);
  }
  return cached.map.get(country);
}

interface StandIns {
  /** The tracked party that stands for "the other firms" (其余企业), if any. */
  others: LedgerState['party'][string] | undefined;
  /** Tracked approvals held by three or more tracked parties (a group named as "the three giants"). */
  groups: LedgerState['authorization'][string][];
}

const standInsByState = new WeakMap<LedgerState, { seq: number; standIns: StandIns }>();

// Read from the ledger once per ledger version, not once per item.
function standInsOf(state: LedgerState): StandIns {
  let cached = standInsByState.get(state);
  if (!cached || cached.seq !== state.seq) {
    const others = Object.values(state.party).find((p) => [p.name, ...p.aliases].some((n) => /\bother\b.*\b(?:firms|companies)\b|其[他余]企业/i.test(n)));
    const groups = Object.values(state.authorization).filter((a) => a.holderIds.length >= 3 && a.holderIds.every((h) => state.party[h]));
    cached = { seq: state.seq, standIns: { others, groups } };
    standInsByState.set(state, cached);
  }
  return cached.standIns;
}

function covered(n: { index: number; end: number }, by: { index: number; end: number }[]): boolean {
  return by.some((o) => o.index <= n.index && o.end >= n.end && o.end - o.index > n.end - n.index);
}

/** Keeps the longest of overlapping names; equal spans keep the first listed. */
function longest(list: Named[]): Named[] {
  const kept = list.filter((n) => !covered(n, list));
  const out: Named[] = [];
  for (const n of kept.sort((a, b) => a.index - b.index || b.end - a.end)) {
    if (!out.some((o) => o.index < n.end && n.index < o.end)) out.push(n);
  }
  return out;
}

/** Scans a normalised text for names. */
export function scanNames(state: LedgerState, text: string): NamedScan {
  const lex = lexicon();
  const m = findMentions(state, text);
  const notes: string[] = [];
  // "Nvidia files for 30 more China export licences": the one exporter's China licences stand for its item.
  const implied = m.items.length ? undefined : impliedItem(state, text, m.parties);
  // (Not beside another chip: "Nvidia's H20 licences for China" are that chip's.)
  const chipsBeside = implied ? hits(lex.otherChips, text) : [];
  // Without a tracked item there is no event to read: skip the lexicons (most feed items).
  if (m.items.length === 0 && (!implied || chipsBeside.length)) {
    // Still say why, when the item names a party or authority beside another chip.
    const chips = m.parties.length || m.authorities.length ? hits(lex.otherChips, text) : [];
    for (const c of chips) notes.push(`${c.words} is not a tracked item`);
    return {
      parties: m.parties.map((p) => ({ kind: 'party', id: p.id, index: p.index, end: p.end, words: p.text, tracked: true })),
      items: [],
      authorities: [],
      otherChips: [],
      lookalikes: [],
      notes,
    };
  }

  const parties: Named[] = m.parties.map((p) => ({
    kind: 'party',
    id: p.id,
    index: p.index,
    end: p.end,
    words: p.text,
    tracked: true,
    ...(state.party[p.id]?.country ? { country: state.party[p.id]!.country! } : {}),
  }));
  for (const h of hits(lex.subsidiaryPattern, text)) {
    const parent = lex.subsidiaryParent.get(h.words.toLowerCase().replace(/\s+/g, ' '));
    if (parent && state.party[parent])
      parties.push({
        kind: 'party',
        id: parent,
        index: h.index,
        end: h.end,
        words: h.words,
        tracked: true,
        ...(state.party[parent].country ? { country: state.party[parent].country } : {}),
      });
  }
  // "firms waiting in line", 其余企业: the tracked party that stands for the other firms, if any.
  const { others, groups } = standInsOf(state);
  if (others)
    for (const h of hits(lex.collective, text)) {
      // "listed it among companies queueing", "one of the first companies outside the big three": a firm placed in the
      // group is the one spoken of, not the group.
      // (网传“排队企业名单”: a list of them quoted, named as what a firm says it is wrongly on, is no act of theirs either.)
      if (
        MEMBER_OF_BEFORE.test(text.slice(Math.max(0, h.index - 24), h.index)) ||
        (/[“「"]$/u.test(text.slice(Math.max(0, h.index - 1), h.index)) && /^\s*名单/u.test(text.slice(h.end, h.end + 3)))
      )
        continue;
      parties.push({
        kind: 'party',
        id: others.id,
        index: h.index,
        end: h.end,
        words: h.words,
        tracked: true,
        ...(others.country ? { country: others.country } : {}),
      });
    }
  // "its three internet giants", 大三家: the one tracked group approval's first holder stands
  // for the group here; the candidate takes the whole group (expandEtc).
  if (groups.length === 1)
    for (const h of hits(lex.groupPhrases, text)) {
      // 在首批三家大型互联网企业之外: the group named as what the news is beside is not its subject.
      if (/^[^，。；,;]{0,12}?(?:之外|以外)/u.test(text.slice(h.end, h.end + 16))) continue;
      const id = groups[0]!.holderIds[0]!;
      parties.push({
        kind: 'party',
        id,
        index: h.index,
        end: h.end,
        words: h.words,
        tracked: true,
        ...(state.party[id]!.country ? { country: state.party[id]!.country } : {}),
      });
    }
  for (const h of hits(lex.untrackedPattern, text)) {
    const id = lex.untrackedId.get(h.words.toLowerCase());
    if (!id) continue;
    // "on its official Weibo account", 官方微博: a platform a statement was posted on, not a party.
    if (
      /^\s*(?:account|post|page|feed|上|账号|帖子|发文|发布)/i.test(text.slice(h.end, h.end + 10)) ||
      /(?:official|on|via|through|官方|在|通过|于|经)\s*$/i.test(text.slice(Math.max(0, h.index - 10), h.index))
    )
      continue;
    if (state.party[id]) parties.push({ kind: 'party', id, index: h.index, end: h.end, words: h.words, tracked: true });
    else parties.push({ kind: 'party', id, index: h.index, end: h.end, words: h.words, tracked: false });
  }

  const authorities: Named[] = m.authorities.map((a) => ({
    kind: 'authority',
    id: a.id,
    index: a.index,
    end: a.end,
    words: a.text,
    tracked: true,
    ...(state.authority[a.id]?.country ? { country: state.authority[a.id]!.country! } : {}),
    generic: /^(?:china|beijing|washington|us|中国|北京)$/i.test(a.text),
  }));
  for (const h of hits(lex.authorityPattern, text)) {
    const country = lex.authorityCountry.get(h.words.toLowerCase().replace(/\s+/g, ' '));
    if (!country) continue;
    const id = authorityForCountry(state, country);
    if (!id) continue;
    const generic = !/ministry|department|commerce|customs|administration|商务部|海关|发改委|网信办|工信部|监管/i.test(h.words);
    authorities.push({ kind: 'authority', id, index: h.index, end: h.end, words: h.words, tracked: true, country, generic });
  }

  // Items, without look-alikes: "H200-class", "a rival to the H200" (a rule's "H200-class chips" are the item).
  const items: Named[] = implied ? [{ kind: 'item', ...implied, tracked: true, implied: true }] : [];
  const lookalikes: NamedScan['lookalikes'] = [];
  for (const i of m.items) {
    const after = text.slice(i.end, i.end + 16);
    const before = text.slice(Math.max(0, i.index - 30), i.index);
    // "H200-class" is glued to the name; "an H200 substitute", "H200 rival" follow it after a space.
    const gap = /^\s*/u.exec(after)![0].length;
    const lookalike = leading(lex.lookalikeAfter, after) ?? (gap ? leading(lex.lookalikeAfter, after.slice(gap)) : null);
    // "Licensed H200-Class Integrated Circuits; Final Rule": a rule's class of goods holds the item itself.
    const ruleClass = !!lookalike && RULE_CLASS.test(lookalike) && RULE_TEXT.test(text);
    if ((lookalike && !ruleClass) || lex.lookalikeBefore.test(before)) {
      notes.push(`"${text.slice(i.index, i.end + (lookalike ? gap + lookalike.length : 0))}" is another product, not ${state.item[i.id]?.name ?? i.id}`);
      lookalikes.push({ index: i.index, end: i.end });
      continue;
    }
    items.push({ kind: 'item', id: i.id, index: i.index, end: i.end, words: i.text, tracked: true });
  }
  const otherChips = hits(lex.otherChips, text).filter((h) => !items.some((i) => i.index <= h.index && i.end >= h.end));
  for (const c of otherChips) if (!notes.some((n) => n.includes(`${c.words} is not`))) notes.push(`${c.words} is not a tracked item`);

  return {
    parties: longest(parties),
    items,
    authorities: longest(authorities),
    otherChips,
    lookalikes,
    notes,
  };
}

const sellerCache = new WeakMap<LedgerState, { seq: number; ids: Set<string> }>();

/**
 * Parties that sell tracked items, from the ledger itself: holders of export
 * authorizations, sellers of orders, holders of supply. "Nvidia's H200" names the seller.
 */
export function sellersOf(state: LedgerState): Set<string> {
  let cached = sellerCache.get(state);
  if (!cached || cached.seq !== state.seq) {
    const ids = new Set<string>();
    for (const a of Object.values(state.authorization)) if (a.direction === 'export') a.holderIds.forEach((h) => ids.add(h));
    for (const o of Object.values(state.order)) if (o.sellerId) ids.add(o.sellerId);
    for (const s of Object.values(state.supply)) if (s.holderId) ids.add(s.holderId);
    // An item named after its maker ("Nvidia H200") names the seller too.
    for (const item of Object.values(state.item)) {
      for (const p of Object.values(state.party)) {
        if ([item.name, ...item.aliases].some((n) => n.toLowerCase().startsWith(`${p.name.toLowerCase()} `))) ids.add(p.id);
      }
    }
    cached = { seq: state.seq, ids };
    sellerCache.set(state, cached);
  }
  return cached.ids;
}
