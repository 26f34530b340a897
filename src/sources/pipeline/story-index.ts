/**
 * The memory that makes one story from many outlets one event, and a re-ingested item a
 * no-op. Both are derived from the ledger itself: every change the pipeline commits carries
 * a note naming the source item and the story key, so the index can be rebuilt from recent
 * history after a restart instead of living in a file of its own.
 */
import type { LedgerEvent } from '../../core/events.js';
import type { Direction, Quantity } from '../../core/model.js';
import { parseKey, partiesFit, sameEvent, sameFirmTwoScripts, UNDOING_STORY_MS, undoingOfNamedFirm, type StorySignature } from './story-match.js';

/** A record a story changed: later outlets add their evidence to it. */
export interface StoryRef {
  entity: 'authorization' | 'order' | 'claim';
  id: string;
}

/** The first telling of a story that changed the ledger. */
export interface StoryEntry {
  key: string;
  /** The key of the story this telling joined (its own key for a first telling). */
  root: string;
  /** Story time (item published, else fetched), ms since epoch. */
  at: number;
  title: string;
  publisher?: string;
  sourceId: string;
  itemId: string;
  refs: StoryRef[];
}

/** What the pipeline writes into an event's note after the human part. */
export interface IngestMark {
  source: string;
  item: string;
  /** The item's story keys, each with the records it changed and, when it joined another telling's story, that story's key. */
  stories: { key: string; refs: StoryRef[]; root?: string }[];
  /** Story time (ISO). */
  at: string;
  title: string;
  publisher?: string;
  /** The records and words that tied the item to its changes (shown on the alerts). */
  why?: string;
}

const MARK = ' #ingest ';

/** Rounds to two significant digits so "over 400,000" and "more than 400k" are one story. */
export function roundQuantity(q: Quantity | undefined): string {
  if (!q || q.value <= 0) return '';
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(q.value)) - 1);
  return String(Math.round(q.value / magnitude) * magnitude);
}

/** The key of a story: what happened to which item and parties, not who wrote it. */
export function storyKey(parts: { itemId: string; partyIds: readonly string[]; what: string; direction?: Direction; quantity?: Quantity }): string {
  return [parts.itemId, [...parts.partyIds].sort().join(','), parts.what, parts.direction ?? '', roundQuantity(parts.quantity)].join('|');
}

/** The note for an event committed for a source item: a readable part, then the machine mark. */
export function encodeNote(sourceName: string, mark: IngestMark): string {
  const why = mark.why ? `: ${mark.why.replace(/#ingest/g, '#ingest\u200b')}` : '';
  return `From ${sourceName.replace(/:/g, ' ')}${why}${MARK}${JSON.stringify(mark)}`;
}

/** The mark inside a note written by encodeNote, or undefined for other notes. */
export function decodeNote(note: string | undefined): IngestMark | undefined {
  if (!note) return undefined;
  const at = note.indexOf(MARK);
  if (at < 0) return undefined;
  try {
    const mark = JSON.parse(note.slice(at + MARK.length)) as Partial<IngestMark>;
    if (typeof mark.source !== 'string' || typeof mark.item !== 'string' || !Array.isArray(mark.stories)) return undefined;
    const stories = mark.stories
      .filter((s) => s && typeof s.key === 'string' && Array.isArray(s.refs))
      .map((s) => ({ key: s.key, refs: s.refs, ...(typeof s.root === 'string' ? { root: s.root } : {}) }));
    return {
      source: mark.source,
      item: mark.item,
      stories,
      at: String(mark.at ?? ''),
      title: String(mark.title ?? ''),
      ...(typeof mark.publisher === 'string' ? { publisher: mark.publisher } : {}),
    };
  } catch {
    return undefined;
  }
}

const MAX_SEEN = 50_000;

/** Stories and ingested items, in memory; `fork` gives dry runs a copy to play forward. */
export class StoryIndex {
  private stories = new Map<string, StoryEntry[]>();
  /** source+item → story keys already recorded for it. */
  private seen = new Map<string, Set<string>>();
  /** source+item → story key → the records that key changed (what a delivery created, for its corrections). */
  private itemRefs = new Map<string, Map<string, StoryRef[]>>();
  /** Alert ids already published (news, contradictions); the outbox dedupes across restarts. */
  private alerted = new Set<string>();

  constructor(private readonly windowMs: number) {}

  /** A copy that can be changed without touching this one. */
  fork(): StoryIndex {
    const copy = new StoryIndex(this.windowMs);
    for (const [k, list] of this.stories)
      copy.stories.set(
        k,
        list.map((e) => ({ ...e, refs: [...e.refs] })),
      );
    for (const [k, set] of this.seen) copy.seen.set(k, new Set(set));
    for (const [k, byKey] of this.itemRefs) copy.itemRefs.set(k, new Map([...byKey].map(([key, refs]) => [key, [...refs]])));
    copy.alerted = new Set(this.alerted);
    return copy;
  }

  /**
   * The earlier telling of this story within the window, if any (not by the same item): the
   * same key, else a key for the same event in other words (see story-match.ts). With
   * `marks`, a story of one of these certainty marks instead of the key's own (an official
   * statement looking for the reports it confirms, a report following the statement).
   */
  find(key: string, at: number, sourceId: string, itemId: string, options: { marks?: readonly string[] } = {}): StoryEntry | undefined {
    const wanted = parseKey(key);
    const windowMs = wanted && undoingOfNamedFirm(wanted) ? Math.max(this.windowMs, UNDOING_STORY_MS) : this.windowMs;
    const near = (e: StoryEntry) => Math.abs(e.at - at) <= windowMs && !(e.sourceId === sourceId && e.itemId === itemId);
    const exact = this.stories.get(key)?.find(near);
    // A story lives while its tellings keep coming: a telling within the window of any earlier one joins it, and the
    // story's first telling is where it began, however long ago (a company confirming on day four what the wires
    // reported on day one, with an outlet retelling it on day three in between).
    if (exact && (!options.marks || !wanted)) return this.first(exact.root) ?? exact;
    if (!wanted) return undefined;
    const marks = options.marks ?? [wanted.mark];
    // Every telling within the window, by the story it joined.
    const clusters = new Map<string, { sigs: StorySignature[]; first?: StoryEntry }>();
    for (const [other, list] of this.stories) {
      const sig = parseKey(other);
      if (!sig || sig.itemId !== wanted.itemId) continue;
      for (const e of list.filter(near)) {
        const cluster = clusters.get(e.root) ?? { sigs: [] };
        if (!cluster.sigs.includes(sig)) cluster.sigs.push(sig);
        clusters.set(e.root, cluster);
      }
    }
    for (const [root, cluster] of clusters) cluster.first = this.first(root);
    let best: StoryEntry | undefined;
    for (const { sigs, first } of clusters.values()) {
      if (!first || !marks.includes(parseKey(first.key)?.mark ?? '') || !sigs.some((sig) => sameEvent(wanted, sig, { ignoreMark: true }))) continue;
      // Once a telling named the story's holders, other holders make another story.
      const named = [...new Set(sigs.flatMap((sig) => sig.parties))];
      if (!partiesFit(wanted.parties, named) && !sigs.some((sig) => sameFirmTwoScripts(wanted, sig))) continue;
      if (!best || first.at < best.at) best = first;
    }
    return best;
  }

  /** The newest claim a story about exactly these parties made (any time), among those `accept` allows. */
  claimAbout(parties: readonly string[], accept: (claimId: string) => boolean): string | undefined {
    const wanted = [...parties].sort().join(',');
    let best: { id: string; at: number } | undefined;
    for (const [key, list] of this.stories) {
      if (parseKey(key)?.parties.slice().sort().join(',') !== wanted) continue;
      for (const e of list) for (const r of e.refs) if (r.entity === 'claim' && accept(r.id) && (!best || e.at > best.at)) best = { id: r.id, at: e.at };
    }
    return best?.id;
  }

  /** The first telling recorded under a story key. */
  private first(root: string): StoryEntry | undefined {
    return this.stories
      .get(root)
      ?.filter((e) => e.root === root)
      .sort((a, b) => a.at - b.at)[0];
  }

  /** Among the story keys an earlier version of this item recorded, the one for the same event with another figure (a correction). */
  correctedKey(sourceId: string, itemId: string, key: string): string | undefined {
    const wanted = parseKey(key);
    const seen = this.seenKeys(sourceId, itemId);
    if (!wanted || !seen) return undefined;
    return [...seen].reverse().find((k) => {
      const sig = parseKey(k);
      return !!sig && sameEvent(wanted, sig, { ignoreQuantity: true, ignoreMark: true });
    });
  }

  /** Story keys recorded for a source item, or undefined when it was never ingested. */
  seenKeys(sourceId: string, itemId: string): Set<string> | undefined {
    return this.seen.get(`${sourceId}\u0000${itemId}`);
  }

  /**
   * The records a source item's story key changed, over every version of the item (a
   * structured fact's slot keeps its key across corrections); undefined when none. Without
   * `key`, every record the item changed.
   */
  recordedRefs(sourceId: string, itemId: string, key?: string): StoryRef[] | undefined {
    const byKey = this.itemRefs.get(`${sourceId}\u0000${itemId}`);
    if (!byKey) return undefined;
    if (key !== undefined) return byKey.get(key);
    const all: StoryRef[] = [];
    for (const refs of byKey.values()) for (const r of refs) if (!all.some((x) => x.entity === r.entity && x.id === r.id)) all.push(r);
    return all;
  }

  /** True when an alert with this id was already published by this process. */
  wasAlerted(id: string): boolean {
    return this.alerted.has(id);
  }

  /** Remembers published alert ids (bounded: the outbox is the lasting dedupe). */
  markAlerted(ids: readonly string[]): void {
    for (const id of ids) {
      this.alerted.delete(id);
      this.alerted.add(id);
    }
    while (this.alerted.size > MAX_SEEN) this.alerted.delete(this.alerted.values().next().value!);
  }

  /** Records what an item's changes were, keyed by story. */
  record(mark: IngestMark): void {
    const seenKey = `${mark.source}\u0000${mark.item}`;
    const keys = this.seen.get(seenKey) ?? new Set<string>();
    for (const s of mark.stories) keys.add(s.key);
    this.seen.delete(seenKey);
    this.seen.set(seenKey, keys);
    if (this.seen.size > MAX_SEEN) this.seen.delete(this.seen.keys().next().value!);
    const byKey = this.itemRefs.get(seenKey) ?? new Map<string, StoryRef[]>();
    for (const { key, refs } of mark.stories) {
      const list = byKey.get(key) ?? [];
      for (const r of refs) if (!list.some((x) => x.entity === r.entity && x.id === r.id)) list.push(r);
      if (list.length) byKey.set(key, list);
    }
    this.itemRefs.delete(seenKey);
    if (byKey.size) this.itemRefs.set(seenKey, byKey);
    if (this.itemRefs.size > MAX_SEEN) this.itemRefs.delete(this.itemRefs.keys().next().value!);
    const at = Date.parse(mark.at);
    for (const { key, refs, root } of mark.stories) {
      if (Number.isNaN(at)) continue;
      const list = this.stories.get(key) ?? [];
      const existing = list.find((e) => e.sourceId === mark.source && e.itemId === mark.item);
      if (existing) {
        for (const r of refs) if (!existing.refs.some((x) => x.entity === r.entity && x.id === r.id)) existing.refs.push(r);
      } else {
        list.push({
          key,
          root: root ?? key,
          at,
          title: mark.title,
          ...(mark.publisher ? { publisher: mark.publisher } : {}),
          sourceId: mark.source,
          itemId: mark.item,
          refs: [...refs],
        });
      }
      this.stories.set(key, list);
    }
  }

  /** Learns from committed events (at startup from history, then from each commit). */
  learn(events: readonly LedgerEvent[]): void {
    for (const event of events) {
      const mark = decodeNote(event.note);
      if (!mark) continue;
      // Every event of a commit carries the same mark; recording it again merges nothing new.
      this.record(mark);
    }
  }

  /** Drops stories too old to matter; late feeds deliver week-old items, so keep a margin. */
  prune(now: number): void {
    const horizon = now - Math.max(2 * this.windowMs, 30 * 24 * 3600_000);
    for (const [key, list] of this.stories) {
      const kept = list.filter((e) => e.at >= horizon);
      if (kept.length) this.stories.set(key, kept);
      else this.stories.delete(key);
    }
  }
}
