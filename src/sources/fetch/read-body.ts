import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { SourceFetchError } from './errors.js';

function decompressor(encoding: string): NodeJS.ReadWriteStream | undefined {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return undefined;
  }
}

/**
 * Read a response body, undoing Content-Encoding, and stop as soon as the
 * decoded size passes `maxBytes` (checked on decoded bytes so a small gzip
 * bomb cannot expand past the cap). Never buffers more than maxBytes + one chunk.
 */
export async function readBody(body: Readable, contentEncoding: string | undefined, maxBytes: number, url: string): Promise<Uint8Array> {
  const encodings = (contentEncoding ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity')
    .reverse(); // listed in the order applied, so undo last-first
  // We destroy the body ourselves on early exits; undici then emits an error nobody needs.
  body.on('error', () => {});
  let stream: Readable = body;
  for (const enc of encodings) {
    const d = decompressor(enc);
    if (!d) {
      body.destroy();
      throw new SourceFetchError('bad-content-encoding', `Unsupported Content-Encoding "${enc}" from ${url}`, { url });
    }
    // pipeline() destroys every stage on error, so the final stream's iterator sees it.
    stream = pipeline(stream, d, () => {}) as unknown as Readable;
  }

  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      total += buf.length;
      if (total > maxBytes) {
        stream.destroy();
        body.destroy();
        throw new SourceFetchError('too-large', `Response from ${url} exceeds the ${maxBytes}-byte limit; aborted`, {
          url,
        });
      }
      chunks.push(buf);
    }
  } catch (err) {
    if (err instanceof SourceFetchError) throw err;
    if (isZlibError(err)) {
      body.destroy();
      throw new SourceFetchError(
        'bad-content-encoding',
        `Response from ${url} claims Content-Encoding "${contentEncoding}" but the body could not be decompressed ` + `(${(err as Error).message})`,
        { url, cause: err },
      );
    }
    throw err;
  }
  const all = Buffer.concat(chunks, total);
  return new Uint8Array(all.buffer, all.byteOffset, all.length);
}

function isZlibError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}
