import { isAscii, isUtf8 } from 'node:buffer';
import { FeedParseError } from './errors.js';
import type { WarnLogger } from './types.js';

/** How {@link detectFeedEncoding} picked the encoding. */
export type EncodingSource = 'bom' | 'byte-pattern' | 'header' | 'declaration' | 'default' | 'utf8-override' | 'latin1-fallback';

/** Result of {@link detectFeedEncoding}: a WHATWG encoding name (or utf-32le/be). */
export interface DetectedEncoding {
  encoding: string;
  source: EncodingSource;
  /** Bytes to skip (the BOM). */
  skip: number;
}

// Encodings where any byte sequence decodes, so a wrong label silently yields mojibake.
const SINGLE_BYTE = /^(windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|ibm866|x-mac-cyrillic)$/;

// The XML declaration's encoding pseudo-attribute, looked for in the first HEAD_CHARS characters.
const DECLARED_ENCODING = /(<\?xml\b[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/;
const HEAD_CHARS = 1024;

// One decoder per encoding: a non-streaming decode() keeps no state between calls.
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

/**
 * Choose the character encoding of a feed body, in this order: byte-order
 * mark; UTF-16/32 byte pattern of `<` (XML spec appendix F); the Content-Type
 * charset; the XML declaration (or an HTML meta charset); else UTF-8.
 * Two repairs for real-world lies: a single-byte label on bytes that are
 * valid, non-ASCII UTF-8 means UTF-8; and undeclared bytes that are not
 * valid UTF-8 are read as windows-1252 (the web's de-facto default) instead of
 * becoming U+FFFD. Unknown labels fall back to UTF-8 with a warning.
 */
export function detectFeedEncoding(bytes: Uint8Array, contentType?: string, logger?: WarnLogger): DetectedEncoding {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', source: 'bom', skip: 4 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return { encoding: 'utf-32le', source: 'bom', skip: 4 };
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', source: 'bom', skip: 3 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', source: 'bom', skip: 2 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', source: 'bom', skip: 2 };
  if (b0 === 0 && b1 === 0 && b2 === 0 && b3 === 0x3c) return { encoding: 'utf-32be', source: 'byte-pattern', skip: 0 };
  if (b0 === 0x3c && b1 === 0 && b2 === 0 && b3 === 0) return { encoding: 'utf-32le', source: 'byte-pattern', skip: 0 };
  if (b0 === 0 && b1 === 0x3c && b2 === 0) return { encoding: 'utf-16be', source: 'byte-pattern', skip: 0 };
  if (b0 === 0x3c && b1 === 0 && b3 === 0) return { encoding: 'utf-16le', source: 'byte-pattern', skip: 0 };

  const headerLabel = charsetFromContentType(contentType);
  const declLabel = declaredCharset(bytes);
  // ASCII-compatible bytes cannot really be UTF-16/32, whatever they claim.
  const usable = (l: string | undefined): string | undefined => (l && !/^utf-?(16|32)/i.test(l) ? l : undefined);
  const header = resolveLabel(usable(headerLabel), logger);
  const decl = resolveLabel(usable(declLabel), logger);

  let chosen: DetectedEncoding | undefined;
  if (header) chosen = { encoding: header, source: 'header', skip: 0 };
  // Servers often stamp charset=utf-8 on everything; trust the document if the bytes disagree.
  if (chosen?.encoding === 'utf-8' && decl && decl !== 'utf-8' && !isValidUtf8(bytes)) chosen = undefined;
  if (!chosen && decl) chosen = { encoding: decl, source: 'declaration', skip: 0 };

  if (chosen) {
    if (SINGLE_BYTE.test(chosen.encoding) && hasNonAscii(bytes) && isValidUtf8(bytes)) {
      logger?.warn({ declared: chosen.encoding }, 'feed declares a single-byte encoding but is valid UTF-8; using UTF-8');
      return { encoding: 'utf-8', source: 'utf8-override', skip: 0 };
    }
    return chosen;
  }
  if (!isValidUtf8(bytes)) {
    logger?.warn({}, 'feed declares no encoding and is not valid UTF-8; decoding as windows-1252');
    return { encoding: 'windows-1252', source: 'latin1-fallback', skip: 0 };
  }
  return { encoding: 'utf-8', source: 'default', skip: 0 };
}

/**
 * Decode a fetched feed body to a string (see {@link detectFeedEncoding} for
 * the rules), drop the BOM, and remove the XML declaration's `encoding`
 * pseudo-attribute, since the text is no longer in that encoding.
 * @throws {FeedParseError} code 'binary' for gzip data that was never decompressed.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string, logger?: WarnLogger): string {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new FeedParseError(
      'binary',
      'Body is gzip-compressed data (starts with 1f 8b) that was never decompressed: ' +
        'the server probably sent it without a Content-Encoding header. This is not a readable feed.',
    );
  }
  const { encoding, skip } = detectFeedEncoding(bytes, contentType, logger);
  if (encoding === 'utf-8') return decodeUtf8(bytes.subarray(skip));
  const body = bytes.subarray(skip);
  const text =
    encoding === 'utf-32be' || encoding === 'utf-32le'
      ? decodeUtf32(body, encoding === 'utf-32le')
      : encoding === 'windows-1252'
        ? decodeCp1252OrUtf8(body)
        : decoder(encoding).decode(body);
  return stripDeclaredEncoding(fixC1Controls(text.replace(/^\uFEFF/, '')));
}

/**
 * The UTF-8 case of {@link decodeFeedBytes}, with the same result but less copying of large
 * bodies: the declaration's encoding is found by decoding only the head and cut from the bytes
 * before the one full decode (splicing the decoded text instead would copy all of it again), and
 * C1 controls are only searched for when their byte pattern is present.
 */
function decodeUtf8(body: Uint8Array): string {
  const cut = declaredEncodingBytes(body);
  const bytes = cut ? Buffer.concat([body.subarray(0, cut.from), body.subarray(cut.to)]) : body;
  const text = decoder('utf-8')
    .decode(bytes)
    .replace(/^\uFEFF/, '');
  // From UTF-8, a C1 control can only come from the bytes C2 80..C2 9F.
  const fixed = hasUtf8C1(bytes) ? fixC1Controls(text) : text;
  return cut === undefined ? stripDeclaredEncoding(fixed) : fixed;
}

/**
 * The bytes of what {@link stripDeclaredEncoding} would remove from the decoded UTF-8 text,
 * worked out from the head alone: null when there is nothing to remove, undefined when the
 * head cannot tell for sure (the caller then strips the decoded text as before).
 */
function declaredEncodingBytes(body: Uint8Array): { from: number; to: number } | null | undefined {
  // HEAD_CHARS UTF-16 units take at most 3 bytes each (a BOM adds one more unit).
  const sample = body.subarray(0, 4 * HEAD_CHARS);
  const decoded = decoder('utf-8').decode(sample);
  const bom = decoded.charCodeAt(0) === 0xfeff ? 1 : 0;
  // A sequence cut off at the end of the sample decodes as one U+FFFD: need a unit past the head.
  if (sample.length < body.length && decoded.length - bom <= HEAD_CHARS) return undefined;
  const m = DECLARED_ENCODING.exec(fixC1Controls(decoded.slice(bom, bom + HEAD_CHARS)));
  if (!m) return null;
  const fromChar = bom + m.index + (m[1]?.length ?? 0);
  const toChar = bom + m.index + m[0].length;
  // Byte offsets by re-encoding, valid only if the bytes are exactly that encoding (no repaired sequences).
  const prefix = Buffer.from(decoded.slice(0, toChar), 'utf8');
  if (!prefix.equals(body.subarray(0, prefix.length))) return undefined;
  return { from: Buffer.byteLength(decoded.slice(0, fromChar), 'utf8'), to: prefix.length };
}

function decoder(encoding: string): InstanceType<typeof TextDecoder> {
  let d = decoders.get(encoding);
  if (d === undefined) {
    d = new TextDecoder(encoding, { ignoreBOM: true });
    decoders.set(encoding, d);
  }
  return d;
}

/** True when the bytes contain the UTF-8 encoding of a C1 control (U+0080-U+009F). */
function hasUtf8C1(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0xc2); i !== -1; i = bytes.indexOf(0xc2, i + 1)) {
    const next = bytes[i + 1];
    if (next !== undefined && next >= 0x80 && next <= 0x9f) return true;
  }
  return false;
}

// windows-1252 meanings of bytes 0x80-0x9F (undefined slots map to themselves).
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Replace C1 control characters (U+0080-U+009F) with their windows-1252
 * meaning. Two reasons: Node 20's TextDecoder('windows-1252') wrongly decodes
 * as ISO-8859-1 (0x80 -> U+0080 instead of the euro sign), and publishers
 * sometimes put cp1252 bytes into UTF-8 as C1 code points ("don\u0092t").
 * C1 controls are never meaningful text in a feed, and the XML parser drops them.
 */
function fixC1Controls(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

function charsetFromContentType(contentType: string | undefined): string | undefined {
  // The value may be quoted with either quote: charset="utf-8", charset='gb2312'.
  const m = /;\s*charset\s*=\s*(["']?)([^"';\s]+)\1/i.exec(contentType ?? '');
  return m?.[2];
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 maps bytes 1:1, so ASCII markup in the head reads correctly whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const xml = /<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta\s[^>]*charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1];
}

function resolveLabel(label: string | undefined, logger?: WarnLogger): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    logger?.warn({ label }, 'unknown character encoding in feed; falling back to UTF-8');
    return 'utf-8';
  }
}

// node:buffer's validators (simdutf) apply the same rules as a fatal TextDecoder, without building a string.
function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return !isAscii(bytes);
}

/**
 * windows-1252 (which is what "iso-8859-1" means on the web), except that
 * well-formed multi-byte UTF-8 sequences are read as UTF-8. Real feeds mix
 * the two (UTF-8 in CDATA from one system, Latin-1 elsewhere); genuine
 * Latin-1 text practically never contains a valid UTF-8 sequence ("Ã©").
 */
function decodeCp1252OrUtf8(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let run = 0;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (run < i) parts.push(buf.toString('latin1', run, i));
    const len = utf8SequenceLength(buf, i);
    if (len > 0) parts.push(buf.toString('utf8', i, i + len));
    else parts.push(b < 0xa0 ? (CP1252_C1[b - 0x80] ?? '') : String.fromCharCode(b));
    i += Math.max(len, 1);
    run = i;
  }
  if (run < buf.length) parts.push(buf.toString('latin1', run));
  return parts.join('');
}

/** Length of the well-formed UTF-8 sequence starting at `i` (2-4), or 0. */
function utf8SequenceLength(buf: Buffer, i: number): number {
  const b = buf[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = buf[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** TextDecoder has no UTF-32 (not in the WHATWG list), so decode by hand. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    const ok = cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
    parts.push(String.fromCodePoint(ok ? cp : 0xfffd));
  }
  return parts.join('');
}

function stripDeclaredEncoding(text: string): string {
  // Only the prolog: an "<?xml" inside CDATA further down is content.
  const head = text.slice(0, HEAD_CHARS);
  const stripped = head.replace(DECLARED_ENCODING, '$1');
  // Unchanged: hand back the text itself rather than an equal two-part (cons) string to flatten later.
  return stripped === head ? text : stripped + text.slice(HEAD_CHARS);
}
