/**
 * A DOCTYPE in front of a feed: old RSS 0.91 files name Netscape's DTD, some publishers declare
 * an entity for a repeated prefix (`<!ENTITY id "tag:example.com,">` then `&id;2006:/blog/`), and
 * some pull in parameter entities (`%HTMLlat1;`) that the XML reader behind feedsmith refuses.
 * The declaration is removed and internal general entities with plain-text values are expanded,
 * once and without recursion, so an entity bomb cannot grow the text (the total growth is capped).
 */

const DOCTYPE = /<!DOCTYPE\s[^[>]*(?:\[([\s\S]*?)\]\s*)?>\s*/i;
const ENTITY_DECL = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"]*)"|'([^']*)')\s*>/g;
const MAX_GROWTH = 1_000_000;

/** The document without its DOCTYPE, internal text entities expanded outside CDATA and comments. */
export function removeDoctype(xml: string): string {
  // Only the prolog can hold a DOCTYPE: look before the first element.
  const firstElement = xml.search(/<[A-Za-z_]/);
  const head = firstElement === -1 ? xml : xml.slice(0, firstElement);
  if (!/<!DOCTYPE/i.test(head)) return xml;
  const m = DOCTYPE.exec(xml);
  if (!m || m.index > firstElement) return xml;
  const rest = xml.slice(0, m.index) + xml.slice(m.index + m[0].length);
  const entities = new Map<string, string>();
  for (const d of (m[1] ?? '').matchAll(ENTITY_DECL)) {
    const value = d[2] ?? d[3] ?? '';
    // Values with markup or references are left unexpanded (and then read literally).
    if (!/[<&%]/.test(value) && !entities.has(d[1]!)) entities.set(d[1]!, value);
  }
  if (entities.size === 0) return rest;
  let growth = 0;
  return rest.replace(/(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)|&([A-Za-z_][\w.-]*);/g, (all, literal: string | undefined, name: string | undefined) => {
    if (literal !== undefined || name === undefined) return all;
    const value = entities.get(name);
    if (value === undefined || growth + value.length > MAX_GROWTH) return all;
    growth += value.length;
    return value;
  });
}
