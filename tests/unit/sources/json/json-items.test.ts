import { describe, expect, it } from 'vitest';
import { jsonMappingSchema } from '../../../../config/sources-schema.js';
import { getPath, JsonSourceError, parseJsonItems } from '../../../../src/sources/json/json-items.js';

const bytes = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));
const DOC = {
  data: {
    licences: [
      {
        ref: 'L-1',
        headline: '<b>H200</b> licence for Tencent',
        body: 'Approved',
        url: '/l/1',
        issued: '2026-01-28',
        holder: ['tencent'],
        qty: '100000 chips',
        state: 'approved',
      },
      { ref: 'L-2', headline: 'No holder given', url: 'javascript:alert(1)' },
      { headline: 'no id' },
      { ref: 17, headline: 'Numeric id' },
    ],
  },
};

describe('generic JSON source', () => {
  const mapping = jsonMappingSchema.parse({
    itemsPath: 'data.licences',
    idField: 'ref',
    titleField: 'headline',
    summaryField: 'body',
    linkField: 'url',
    dateField: 'issued',
    facts: {
      kind: 'authorization',
      fields: { holders: 'holder', quota: 'qty', status: 'state' },
      constants: { item: 'h200', authority: 'mofcom', direction: 'import' },
    },
  });

  it('maps items, fields and structured facts', () => {
    const items = parseJsonItems(bytes(DOC), mapping, 'https://api.example.com/v1/licences', 100);
    expect(items.map((i) => i.id)).toEqual(['L-1', 'L-2', '17']);
    expect(items[0]).toMatchObject({
      title: 'H200 licence for Tencent',
      summary: 'Approved',
      link: 'https://api.example.com/l/1',
      publishedAt: expect.stringMatching(/^2026-01-28/),
      structured: [
        { kind: 'authorization', item: 'h200', authority: 'mofcom', direction: 'import', holders: ['tencent'], quota: '100000 chips', status: 'approved' },
      ],
    });
    // No holders: not a complete fact, so the item is text only; a javascript: link is dropped.
    expect(items[1]!.structured).toBeUndefined();
    expect(items[1]!.link).toBeUndefined();
  });

  it('content hash changes with content, not with unrelated fields', () => {
    const a = parseJsonItems(bytes(DOC), mapping, 'https://x/', 100)[0]!;
    const edited = structuredClone(DOC);
    edited.data.licences[0]!.state = 'revoked';
    const b = parseJsonItems(bytes(edited), mapping, 'https://x/', 100)[0]!;
    (edited.data.licences[0] as Record<string, unknown>).unrelated = 1;
    const c = parseJsonItems(bytes(edited), mapping, 'https://x/', 100)[0]!;
    expect(a.contentHash).not.toBe(b.contentHash);
    expect(b.contentHash).toBe(c.contentHash);
  });

  it('caps items and fails clearly on non-JSON or a missing list', () => {
    expect(parseJsonItems(bytes(DOC), mapping, 'https://x/', 1)).toHaveLength(1);
    expect(() => parseJsonItems(bytes('<html>blocked</html>'), mapping, 'https://x/', 10)).toThrow(/not valid JSON.*looks like HTML/);
    expect(() => parseJsonItems(bytes({ data: {} }), mapping, 'https://x/', 10)).toThrow(JsonSourceError);
    expect(() => parseJsonItems(bytes({ data: {} }), mapping, 'https://x/', 10)).toThrow('No item list at "data.licences": found nothing');
  });

  it('reads dotted paths through arrays', () => {
    expect(getPath({ a: [{ b: 1 }] }, 'a.0.b')).toBe(1);
    expect(getPath({ a: 1 }, 'a.b.c')).toBeUndefined();
    expect(getPath([1], '')).toEqual([1]);
  });
});
