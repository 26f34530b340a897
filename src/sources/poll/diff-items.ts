import type { SourceItem } from '../pipeline/types.js';
import type { CandidateItem } from './types.js';

/** Items that are new or edited since the last poll, and how many were unchanged. */
export interface ItemDiff {
  fresh: SourceItem[];
  unchanged: number;
}

/**
 * Compares fetched items with the seen map: an unknown id is new, a known id with another
 * content hash is an update (an edit must not read as a second story), the same hash is skipped.
 */
export function diffItems(items: CandidateItem[], seen: ReadonlyMap<string, string>): ItemDiff {
  const fresh: SourceItem[] = [];
  let unchanged = 0;
  for (const c of items) {
    const known = seen.get(c.id);
    if (known === c.contentHash) {
      unchanged++;
      continue;
    }
    fresh.push(toSourceItem(c, known !== undefined));
  }
  return { fresh, unchanged };
}

/** The pipeline's view of a fetched item. */
export function toSourceItem(c: CandidateItem, isUpdate: boolean): SourceItem {
  const item: SourceItem = { id: c.id, title: c.title, summary: c.summary, isUpdate };
  if (c.link !== undefined) item.link = c.link;
  if (c.publishedAt !== undefined) item.publishedAt = c.publishedAt;
  if (c.effectiveOn !== undefined) item.effectiveOn = c.effectiveOn;
  if (c.references !== undefined) item.references = c.references;
  if (c.structured !== undefined) item.structured = c.structured;
  return item;
}
