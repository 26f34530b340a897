import { open, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SourceFetchError } from './errors.js';
import { DEFAULT_MAX_BYTES, type FetchResult, type FetchSourceOptions } from './types.js';

/**
 * Read a `file:` URL as if it were fetched. The file's mtime is reported as
 * `lastModified` (HTTP-date), and when the caller sends that same value back
 * the result is 'not-modified' — so local feeds behave like a server that
 * honours If-Modified-Since. ETags are not used for files.
 */
export async function readFileSource(url: URL, opts: Pick<FetchSourceOptions, 'maxBytes' | 'lastModified'>): Promise<FetchResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch (cause) {
    throw new SourceFetchError('unsupported-url', `Cannot read ${url.href}: not a local file path`, {
      url: url.href,
      cause,
    });
  }
  let info;
  try {
    info = await stat(path);
  } catch (cause) {
    throw new SourceFetchError('not-found', `File not found: ${path}`, { url: url.href, cause });
  }
  if (!info.isFile()) throw new SourceFetchError('not-found', `Not a regular file: ${path}`, { url: url.href });
  const lastModified = info.mtime.toUTCString();
  if (opts.lastModified !== undefined && opts.lastModified === lastModified) return { kind: 'not-modified' };
  if (info.size > maxBytes) throw tooLarge(url, path, maxBytes);

  // Read at most maxBytes + 1 so a file that grew after stat() is still caught.
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, total, buf.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(url, path, maxBytes);
      if (total === buf.length) break;
    }
    return {
      kind: 'ok',
      status: 200,
      bytes: new Uint8Array(buf.buffer, buf.byteOffset, total),
      lastModified,
      finalUrl: url.href,
    };
  } finally {
    await handle.close();
  }
}

function tooLarge(url: URL, path: string, maxBytes: number): SourceFetchError {
  return new SourceFetchError('too-large', `File ${path} is larger than the ${maxBytes}-byte limit`, {
    url: url.href,
  });
}
