/**
 * Files in the shell, which runs on Greenlight's own machine: a reply's file is saved under
 * the data folder (`exports/`, private like the rest of it) and its path printed, and an
 * `attachment` option is the path of a local file.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { AttachmentReader, InboundFile } from '../../chat/attachment.js';
import type { Reply } from '../../chat/reply.js';
import { DomainError } from '../../core/errors.js';

/** Saves the reply's file under `dir` and returns the reply saying where, without the content. */
export async function saveReplyFile(reply: Reply, dir: string): Promise<Reply> {
  if (!reply.file) return reply;
  // The file holds the ledger (who did what): as private as the data folder.
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const name = basename(reply.file.name);
  const dot = name.lastIndexOf('.');
  let path = join(dir, name);
  // Never overwrite an earlier export (two in one second): number the later one.
  for (let n = 2; ; n++) {
    try {
      await writeFile(path, reply.file.content, { mode: 0o600, flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || n > 1000) throw err;
      path = join(dir, dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`);
    }
  }
  const { file: _file, ...rest } = reply;
  return { ...rest, text: `${reply.text ? `${reply.text}\n` : ''}Saved to ${path}` };
}

/** Reads local files; relative paths are taken from the folder Greenlight was started in. */
export function localFiles(cwd = process.cwd()): AttachmentReader {
  return {
    howToGive: 'the path of a local file',
    async read(reference, { maxBytes }): Promise<InboundFile> {
      const path = resolve(cwd, reference.replace(/^file:\/\//, ''));
      const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
        throw new DomainError('invalid_input', err.code === 'ENOENT' ? `There is no file ${path}.` : `Cannot read ${path}: ${err.message}.`);
      });
      if (!info.isFile()) throw new DomainError('invalid_input', `${path} is not a file.`);
      if (info.size > maxBytes)
        throw new DomainError('invalid_input', `${path} is ${info.size.toLocaleString('en-US')} bytes; at most ${maxBytes.toLocaleString('en-US')} are read.`);
      return { name: basename(path), content: await readFile(path) };
    },
  };
}
