/**
 * Where the pipeline keeps the stories that changed nothing in the ledger (a delivery or
 * stock report, a condition read from news: an alert, no record). Stories that changed a
 * record are rebuilt from the ledger's history after a restart; these have no event to
 * carry their mark, so without this a later outlet's telling would alert again.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { replaceFileDurably } from '../../store/durable-fs.js';
import type { IngestMark } from './story-index.js';

/** Keeps the marks of report-only stories across restarts. */
export interface StoryMemory {
  /** The marks kept, oldest first. */
  load(): Promise<IngestMark[]>;
  /** Keeps one more mark (the memory bounds itself). */
  add(mark: IngestMark): Promise<void>;
}

/** How many marks are kept: far more than one story window of report-only stories. */
const MAX_MARKS = 2_000;

/** A memory for tests and dry runs: lost with the process. */
export class InMemoryStoryMemory implements StoryMemory {
  readonly marks: IngestMark[] = [];
  async load(): Promise<IngestMark[]> {
    return [...this.marks];
  }
  async add(mark: IngestMark): Promise<void> {
    this.marks.push(mark);
    if (this.marks.length > MAX_MARKS) this.marks.splice(0, this.marks.length - MAX_MARKS);
  }
}

/**
 * A JSON file beside the ledger, replaced whole the way the store replaces its snapshot
 * (private, fsynced, renamed: a crash leaves the old file or the new one). Writes are queued
 * so that they land in order. A missing or unreadable file is an empty memory: at worst a
 * later telling alerts once more, which is better than not starting.
 */
export class FileStoryMemory implements StoryMemory {
  private marks: IngestMark[] | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly path: string) {}

  async load(): Promise<IngestMark[]> {
    return [...this.loaded()];
  }

  add(mark: IngestMark): Promise<void> {
    this.marks = [...this.loaded(), mark].slice(-MAX_MARKS);
    // Serialised now, so the write holds the marks as they are at this call.
    const text = JSON.stringify(this.marks);
    const run = this.queue.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await replaceFileDurably(this.path, text);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private loaded(): IngestMark[] {
    if (!this.marks) {
      try {
        const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as unknown;
        this.marks = Array.isArray(parsed) ? (parsed as IngestMark[]).filter((m) => m && typeof m.source === 'string' && Array.isArray(m.stories)) : [];
      } catch {
        this.marks = [];
      }
    }
    return this.marks;
  }
}
