/**
 * The ledger as a file: what `export` writes and `import` reads (chat commands and
 * `npm run ledger`). Version 2 holds every collection keyed by id and the whole history,
 * each event with its original actor, tier, times, evidence and note, so that a round trip
 * keeps who did what. Version 1 (collections only) is still read.
 *
 * The file is written one record or event per line, so the line numbers in a problem report
 * point at one record, and the file diffs well.
 */
import { z } from 'zod';
import { storedEventSchema, type LedgerEvent, type StoredEvent } from './events.js';
import { ENTITY_KINDS, entitySchemas, type EntityKind, type LedgerCollections } from './model.js';
import { refuseReservedId } from './changes/reserved-id.js';
import { formatPath } from './zod-issues.js';

/** The version `export` writes. */
export const LEDGER_FILE_VERSION = 2;
/** What the file says it is. */
export const LEDGER_FILE_FORMAT = 'greenlight-ledger';

const collectionShape = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, z.record(z.string(), entitySchemas[kind]).optional()])) as {
  [K in EntityKind]: z.ZodOptional<z.ZodRecord<z.ZodString, (typeof entitySchemas)[K]>>;
};

/**
 * A history event in the file: as stored in the journal, with the record it sets checked
 * (`before` is an earlier event's `after`, or the ledger's own record).
 */
const fileEventSchema = storedEventSchema.superRefine((event, ctx) => {
  if (event.after === null || event.after === undefined) return;
  const result = entitySchemas[event.entity].safeParse(event.after);
  for (const issue of result.success ? [] : result.error.issues) ctx.addIssue({ ...issue, path: ['after', ...issue.path] });
});

/** The file's schema (both versions). */
export const ledgerFileSchema = z
  .strictObject({
    format: z.literal(LEDGER_FILE_FORMAT).optional(),
    version: z.union([z.literal(1), z.literal(2)], { error: 'must be 1 or 2 (this is not a Greenlight ledger export)' }),
    exportedAt: z.string().optional(),
    seq: z.number().int().nonnegative().optional(),
    ...collectionShape,
    history: z.array(fileEventSchema).optional(),
  })
  .superRefine((doc, ctx) => {
    const history = doc.history ?? [];
    for (let i = 1; i < history.length; i++) {
      if (history[i]!.seq <= history[i - 1]!.seq)
        ctx.addIssue({
          code: 'custom',
          path: ['history', i, 'seq'],
          message: `events must be in order: seq ${history[i]!.seq} follows ${history[i - 1]!.seq}`,
        });
    }
    for (const kind of ENTITY_KINDS) {
      for (const [id, record] of Object.entries(doc[kind] ?? {})) {
        if (record.id !== id) ctx.addIssue({ code: 'custom', path: [kind, id, 'id'], message: `the record keyed "${id}" has id "${record.id}"` });
      }
    }
  });

/** A checked ledger file. */
export type LedgerFile = Partial<LedgerCollections> & {
  format?: typeof LEDGER_FILE_FORMAT;
  version: 1 | 2;
  exportedAt?: string;
  seq?: number;
  history?: StoredEvent[];
};

/** The outcome of reading a file: the document, or the problems with where they are. */
export type LedgerFileResult = { ok: true; doc: LedgerFile } | { ok: false; problems: string[] };

/** Writes the ledger and its history as a version 2 file, one record or event per line. */
export function serializeLedgerFile(state: LedgerCollections & { seq: number }, history: readonly LedgerEvent[], exportedAt: string): string {
  const out: string[] = ['{'];
  out.push(`  "format": ${JSON.stringify(LEDGER_FILE_FORMAT)},`, `  "version": ${LEDGER_FILE_VERSION},`);
  out.push(`  "exportedAt": ${JSON.stringify(exportedAt)},`, `  "seq": ${state.seq},`);
  for (const kind of ENTITY_KINDS) {
    const entries = Object.entries(state[kind]).map(([id, record]) => `    ${JSON.stringify(id)}: ${JSON.stringify(record)}`);
    out.push(entries.length ? `  ${JSON.stringify(kind)}: {\n${entries.join(',\n')}\n  },` : `  ${JSON.stringify(kind)}: {},`);
  }
  const events = history.map((e) => `    ${JSON.stringify(e)}`);
  out.push(events.length ? `  "history": [\n${events.join(',\n')}\n  ]` : '  "history": []', '}');
  return out.join('\n') + '\n';
}

/**
 * Reads a file's text; throws DomainError for a reserved id (`__proto__`). Problems name where they are: `line 12, party "p-1" name: …`, at most
 * `max` of them. Nothing is assumed about the layout: a hand-edited file is located too.
 */
export function parseLedgerFile(text: string, max = 5): LedgerFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message.replace(/\s*\(line \d+ column \d+\)$/, '');
    const at = /position (\d+)/.exec(message);
    if (!at) return { ok: false, problems: [`not valid JSON: ${message}`] };
    const { line, column } = lineAndColumn(text, Number(at[1]));
    return { ok: false, problems: [`line ${line}, column ${column}: not valid JSON: ${message.replace(/ in JSON at position \d+/, '')}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: ['the file must hold one JSON object, a Greenlight ledger export'] };
  }
  // Before zod: a "__proto__" key would vanish from the parsed collection (or worse), silently.
  for (const kind of ENTITY_KINDS) {
    const collection = (raw as Record<string, unknown>)[kind];
    if (typeof collection !== 'object' || collection === null) continue;
    for (const id of Object.keys(collection)) refuseReservedId(kind, id, 'Import refused: ', ' Nothing was imported.');
  }
  const history = (raw as { history?: unknown }).history;
  for (const event of Array.isArray(history) ? (history as { entity?: unknown; entityId?: unknown }[]) : []) {
    if (typeof event?.entityId === 'string') refuseReservedId(String(event.entity), event.entityId, 'Import refused: ', ' Nothing was imported.');
  }
  const result = ledgerFileSchema.safeParse(raw);
  if (result.success) return { ok: true, doc: result.data };
  const issues = result.error.issues;
  const problems = issues.slice(0, max).map((issue) => {
    const line = lineOfPath(text, issue.path);
    const where = describePath(issue.path);
    return `${line ? `line ${line}, ` : ''}${where || 'the file'}: ${issue.message}`;
  });
  if (issues.length > max) problems.push(`(and ${issues.length - max} more problems)`);
  return { ok: false, problems };
}

/** `party "p-1" name`, `history event 3 (seq 17) after.status`. */
function describePath(path: readonly PropertyKey[]): string {
  const [head, key, ...rest] = path;
  if (head === undefined) return '';
  if (key === undefined) return String(head);
  if (head === 'history') return `history event ${Number(key) + 1}${rest.length ? ` ${formatPath(rest)}` : ''}`;
  return `${String(head)} "${String(key)}"${rest.length ? ` ${formatPath(rest)}` : ''}`;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1 };
}

/**
 * The line on which the value at `path` starts in a JSON text (the deepest part of the path
 * found), by walking the text without building values. Undefined if the text is not JSON.
 */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  let pos = 0;
  let found: number;
  const ws = () => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos]!)) pos++;
  };
  const skipString = () => {
    const start = ++pos;
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    pos++;
    return JSON.parse(text.slice(start - 1, pos)) as string;
  };
  const skipValue = (): void => {
    ws();
    const c = text[pos];
    if (c === '"') return void skipString();
    if (c === '{' || c === '[') {
      let depth = 0;
      while (pos < text.length) {
        const d = text[pos]!;
        if (d === '"') {
          skipString();
          continue;
        }
        if (d === '{' || d === '[') depth++;
        else if (d === '}' || d === ']') depth--;
        pos++;
        if (depth === 0) return;
      }
      return;
    }
    while (pos < text.length && !',}] \t\n\r'.includes(text[pos]!)) pos++;
  };
  try {
    for (let depth = 0; ; depth++) {
      ws();
      found = pos;
      if (depth === path.length) break;
      const want = String(path[depth]);
      const open = text[pos];
      if (open !== '{' && open !== '[') break;
      pos++;
      let hit = false;
      for (let index = 0; ; index++) {
        ws();
        if (text[pos] === '}' || text[pos] === ']') break;
        let key = String(index);
        if (open === '{') {
          key = skipString();
          ws();
          pos++; // the colon
        }
        ws();
        if (key === want) {
          hit = true;
          break;
        }
        skipValue();
        ws();
        if (text[pos] === ',') pos++;
      }
      if (!hit) break;
    }
  } catch {
    return undefined;
  }
  return lineAndColumn(text, found).line;
}
