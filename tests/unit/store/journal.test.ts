import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Journal } from '../../../src/store/journal.js';
import { StoreError } from '../../../src/store/store-error.js';
import { recordingLogger, tempDir } from './store-test-helpers.js';

const schema = z.strictObject({ n: z.number().int(), text: z.string() });
type Rec = z.infer<typeof schema>;

async function openJournal(path: string, logger = recordingLogger()) {
  return Journal.open<Rec>({ path, schema, logger });
}

async function readAll(journal: Journal<Rec>) {
  const out = [];
  for await (const entry of journal.readFrom()) out.push(entry);
  return out;
}

describe('Journal', () => {
  it('appends single records and batches, and reads them back with offsets', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const journal = await openJournal(path);
    const first = await journal.append([{ n: 1, text: 'a\nb' }]);
    const second = await journal.append([
      { n: 2, text: 'ü' },
      { n: 3, text: 'c' },
    ]);
    expect(first.offset).toBe(0);
    expect(second.offset).toBe(first.end);
    const entries = await readAll(journal);
    expect(entries.map((e) => e.record.n)).toEqual([1, 2, 3]);
    expect(entries[2]).toMatchObject({ offset: second.offset, end: second.end, index: 1 });
    expect(await journal.readRecord(second.offset, second.end, 1)).toEqual({ n: 3, text: 'c' });
    expect(await journal.readRecord(first.offset, first.end)).toEqual({ n: 1, text: 'a\nb' });
    const text = await readFile(path, 'utf8');
    expect(text.split('\n')).toHaveLength(3); // two lines and the final newline
    await journal.close();
  });

  it('refuses to append a record that would not read back', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const journal = await openJournal(path);
    await expect(journal.append([{ n: Number.NaN, text: 'x' }])).rejects.toMatchObject({ code: 'invalid' });
    expect(journal.size).toBe(0);
    await journal.close();
  });

  it('cuts off a torn final line and warns', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    await writeFile(path, '{"n":1,"text":"a"}\n[{"n":2,"text":"b"},{"n":3,"te');
    const logger = recordingLogger();
    const journal = await openJournal(path, logger);
    expect((await readAll(journal)).map((e) => e.record.n)).toEqual([1]);
    expect(await readFile(path, 'utf8')).toBe('{"n":1,"text":"a"}\n');
    expect(logger.lines.some((l) => l.level === 'warn' && /torn/.test(l.msg ?? ''))).toBe(true);
    await journal.append([{ n: 2, text: 'again' }]);
    expect((await readAll(journal)).map((e) => e.record.n)).toEqual([1, 2]);
    await journal.close();
  });

  it('keeps a complete final line that only lacks its newline', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    await writeFile(path, '{"n":1,"text":"a"}\n{"n":2,"text":"b"}');
    const journal = await openJournal(path);
    expect((await readAll(journal)).map((e) => e.record.n)).toEqual([1, 2]);
    expect(await readFile(path, 'utf8')).toBe('{"n":1,"text":"a"}\n{"n":2,"text":"b"}\n');
    await journal.close();
  });

  it('reports a bad line in the middle as corruption naming file and line, without changing the file', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const body = '{"n":1,"text":"a"}\n{"n":2,"text":"b"}\n{"n":"three","text":"c"}\n{"n":4,"text":"d"}\n';
    await writeFile(path, body);
    const journal = await openJournal(path);
    const err = await readAll(journal).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ code: 'corrupt', file: path });
    expect((err as Error).message).toContain(`${path} line 3: n:`);
    await journal.close();
    expect(await readFile(path, 'utf8')).toBe(body);
  });

  it('reports bad JSON in the middle with its line number', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    await writeFile(path, '{"n":1,"text":"a"}\n{"n":2,\n{"n":3,"text":"c"}\n');
    const journal = await openJournal(path);
    await expect(readAll(journal)).rejects.toThrow(/j\.jsonl line 2: not valid JSON/);
    await journal.close();
  });

  it('reads lines longer than its read buffer', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const journal = await openJournal(path);
    const big = 'x'.repeat(200_000);
    await journal.append([
      { n: 1, text: big },
      { n: 2, text: big },
    ]);
    await journal.append([{ n: 3, text: 'small' }]);
    await appendFile(path, ''); // no-op: the file is not touched by readers
    expect((await readAll(journal)).map((e) => e.record.text.length)).toEqual([200_000, 200_000, 5]);
    await journal.close();
  });
});
