/**
 * Titles, texts and dates that publishers put only in extension namespaces (Dublin Core, DCMI
 * terms, Media RSS, iTunes), read when the format's own element is missing. feedsmith parses these
 * namespaces; this maps them onto the few fields Greenlight keeps.
 */

interface Valued {
  value?: string;
}

/** The namespace parts of a feedsmith item or feed that are read here (all optional). */
export interface NamespaceFields {
  dc?: { titles?: string[]; descriptions?: string[]; dates?: string[] };
  dcterms?: { titles?: string[]; descriptions?: string[]; abstracts?: string[]; issued?: string[]; modified?: string[]; created?: string[] };
  media?: { title?: Valued; description?: Valued; groups?: Array<{ title?: Valued; description?: Valued }> };
  itunes?: { summary?: string; subtitle?: string };
}

/** dc:title, dcterms:title, then media:title (also inside a media:group). */
export function firstTitle(x: NamespaceFields): string | undefined {
  return x.dc?.titles?.[0] ?? x.dcterms?.titles?.[0] ?? x.media?.title?.value ?? x.media?.groups?.find((g) => g.title?.value)?.title?.value;
}

/** dc:description, dcterms:description/abstract, media:description, then itunes:summary. */
export function firstSummary(x: NamespaceFields): string | undefined {
  return (
    x.dc?.descriptions?.[0] ??
    x.dcterms?.descriptions?.[0] ??
    x.dcterms?.abstracts?.[0] ??
    x.media?.description?.value ??
    x.media?.groups?.find((g) => g.description?.value)?.description?.value ??
    x.itunes?.summary ??
    x.itunes?.subtitle
  );
}

/**
 * The publication date from Dublin Core, in the order a reader would want it: issued, then the
 * format's own updated date (`updated`, passed in), dc:date, modified, and created last.
 */
export function firstDate(x: NamespaceFields, updated?: string): string | undefined {
  return x.dcterms?.issued?.[0] ?? updated ?? x.dc?.dates?.[0] ?? x.dcterms?.modified?.[0] ?? x.dcterms?.created?.[0];
}
