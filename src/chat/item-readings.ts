/**
 * What the source pipeline read from recent items, as commands see it (`explain`): a
 * service port like `SourceControl`. src/sources/pipeline implements it (its `Ingestor`
 * extends `ItemReadings`, so the compiler holds the pipeline's records to these shapes);
 * commands read it without importing src/sources.
 */

/** A value read from the text, with the words it came from. */
export interface ReadSpan {
  value: string;
  words: string;
}

/** One candidate event as extraction proposed it. */
export interface ReadCandidate {
  kind: string;
  certainty: string;
  trigger: string;
  certaintyWords?: string;
  authority?: ReadSpan;
  holders: ReadSpan[];
  seller?: ReadSpan;
  item?: ReadSpan;
  quantity?: { value: number; qualifier: string; unit: string; role: string; holder?: string; words: string };
  conditions: ReadSpan[];
  dates: { role: string; value: string; words: string }[];
  /** For a restatement: the record it tells again as it stands. */
  retells?: string;
}

/** One recent item and what the pipeline did with it. */
export interface ReadItem {
  sourceId: string;
  sourceName: string;
  itemId: string;
  link?: string;
  title: string;
  at: string;
  reading?: { candidates: ReadCandidate[]; about: ReadSpan[]; notes: string[]; language: string };
  outcome: string;
  seqs: number[];
  alerts: string[];
}

/** Finds a recent item by its link or id. */
export interface ItemReadings {
  explain(query: string): ReadItem | undefined;
}

/** The reply when this deployment watches no sources. */
export const NO_READINGS = 'Source watching is not running in this Greenlight, so no items have been read. Nothing was changed.';
