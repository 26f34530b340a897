/**
 * Where the pipeline keeps the stories that changed nothing in the ledger (a delivery or
 * stock report, a condition read from news: an alert, no record). Stories that changed a
 * record are rebuilt from the ledger's history after a restart; these have no event to
 * carry their mark, so without this a later outlet's telling would alert again.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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
 * A JSON file beside the ledger, replaced whole (write then rename, so a crash leaves the
 * old file or the new one). A missing or unreadable file is an empty memory: at worst a
 * later telling alerts once more, which is better than not starting.
 */
export class FileStoryMemory implements StoryMemory {
  private marks: IngestMark[] | undefined;

  constructor(private readonly path: string) {}

  async load(): Promise<IngestMark[]> {
    if (!this.marks) {
      try {
        const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as unknown;
        this.marks = Array.isArray(parsed) ? (parsed as IngestMark[]).filter((m) => m && typeof m.source === 'string' && Array.isArray(m.stories)) : [];
      } catch {
        this.marks = [];
      }
    }
    return [...this.marks];
  }

  async add(mark: IngestMark): Promise<void> {
    const marks = await this.load();
    marks.push(mark);
    this.marks = marks.slice(-MAX_MARKS);
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.marks));
    renameSync(tmp, this.path);
  }
}
