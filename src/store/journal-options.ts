/** How a journal is opened, and the part of it that checks records. */
import type { z } from 'zod';
import type { Logger } from '../core/ports.js';

/** How to open a journal. Records must be JSON objects (arrays are reserved for batches). */
export interface JournalOptions<T extends object> {
  path: string;
  /** Validates every record read or appended. */
  schema: z.ZodType<T>;
  logger: Logger;
  /** Names a raw record in error messages, e.g. `authorization "x"`. */
  label?: (raw: unknown) => string | undefined;
}

/** What checking a record needs: its schema, and how to name it in a message. */
export type RecordChecks<T extends object> = Pick<JournalOptions<T>, 'schema' | 'label'>;
