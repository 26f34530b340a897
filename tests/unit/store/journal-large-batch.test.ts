/**
 * A batch larger than LINE_RECORDS (an import) is written in one append as several lines,
 * each readable alone, and is still all or nothing: a crash that leaves only its first
 * parts on disk is cut off whole when the journal is opened again.
 */
import { readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LINE_RECORDS } from '../../../src/store/journal-lines.js';
import { Journal } from '../../../src/store/journal.js';
import { recordingLogger, tempDir } from './store-test-helpers.js';

const schema = z.strictObject({ n: z.number().int(), text: z.string() });
type Rec = z.infer<typeof schema>;
const records = (from: number, count: number): Rec[] => Array.from({ length: count }, (_, i) => ({ n: from + i, text: `r${from + i}` }));

async function readAll(journal: Journal<Rec>): Promise<number[]> {
  const out: number[] = [];
  for await (const entry of journal.readFrom()) out.push(entry.record.n);
  return out;
}

describe('Journal, batches larger than one line', () => {
  it('writes one line per LINE_RECORDS records and reads each record back from its own line', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const journal = await Journal.open<Rec>({ path, schema, logger: recordingLogger() });
    await journal.append(records(0, 1));
    const big = await journal.append(records(1, LINE_RECORDS * 2 + 5));
    expect((await readFile(path, 'utf8')).trimEnd().split('\n')).toHaveLength(4);
    expect(await readAll(journal)).toEqual(records(0, LINE_RECORDS * 2 + 6).map((r) => r.n));
    const last = big.locations.at(-1)!;
    expect(last.end).toBe(big.end);
    expect(last.end - last.offset).toBeLessThan(big.end - big.offset);
    expect(await journal.readRecord(last.offset, last.end, last.index)).toEqual({ n: LINE_RECORDS * 2 + 5, text: `r${LINE_RECORDS * 2 + 5}` });
    const backward: number[] = [];
    for await (const line of journal.readBackward()) backward.push(line.length);
    expect(backward).toEqual([5, LINE_RECORDS, LINE_RECORDS, 1]);
    await journal.close();
  });

  it('cuts off a batch whose last parts never reached the disk, with a warning, keeping what came before', async () => {
    const path = join(await tempDir(), 'j.jsonl');
    const journal = await Journal.open<Rec>({ path, schema, logger: recordingLogger() });
    const first = await journal.append(records(0, 3));
    const big = await journal.append(records(3, LINE_RECORDS * 3));
    await journal.close();
    // A crash after the second of three parts: the file ends after part 2's newline.
    await truncate(path, big.locations[LINE_RECORDS * 2]!.offset);
    const logger = recordingLogger();
    const reopened = await Journal.open<Rec>({ path, schema, logger });
    expect(reopened.size).toBe(first.end);
    expect(await readAll(reopened)).toEqual([0, 1, 2]);
    expect(JSON.stringify(logger.lines)).toContain('removed an unfinished batch');
    await reopened.close();
  });
});
