/** Turns typed text into option values of the declared type, with specific errors. */
import type { CommandOption, RawOptions } from '../../src/chat/command-spec.js';
import { UsageError } from './parse.js';

/** The longest text any option takes; names have a tighter limit in their schemas. */
const MAX_TEXT = 2000;

function toNumber(option: CommandOption, raw: string, integer: boolean): number {
  const cleaned = raw.trim().replace(/(?<=\d)[,_](?=\d{3}\b)/g, '');
  const m = /^(-?\d+(?:\.\d+)?)\s*([km])?$/i.exec(cleaned);
  const value = m ? Number(m[1]) * (m[2] ? (m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1) : NaN;
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new UsageError(`Option \`${option.name}\` must be ${integer ? 'a whole number' : 'a number'} (like 400000, 400,000 or 40k), not "${raw}".`);
  }
  return value;
}

/** Coerces one raw value (string from text, or typed from Discord) and checks choices and range. */
export function coerceOption(option: CommandOption, raw: string | number | boolean): string | number | boolean {
  let value: string | number | boolean;
  switch (option.type) {
    case 'integer':
    case 'number':
      value = typeof raw === 'number' ? raw : toNumber(option, String(raw), option.type === 'integer');
      break;
    case 'boolean': {
      const text = String(raw).toLowerCase();
      if (['true', 'yes', 'y', '1', 'on'].includes(text)) value = true;
      else if (['false', 'no', 'n', '0', 'off'].includes(text)) value = false;
      else throw new UsageError(`Option \`${option.name}\` must be true or false, not "${raw}".`);
      break;
    }
    default:
      value = String(raw);
      if (value.trim() === '') throw new UsageError(`Option \`${option.name}\` is empty; give it a value or leave it out.`);
      // No option is a document: the longest free text (a note) is 2,000 characters.
      if (value.length > MAX_TEXT)
        throw new UsageError(
          `Option \`${option.name}\` can be at most ${MAX_TEXT.toLocaleString('en-US')} characters (this one has ${value.length.toLocaleString('en-US')}).`,
        );
  }
  if (option.choices && !option.choices.includes(String(value).toLowerCase())) {
    throw new UsageError(`Option \`${option.name}\` must be one of: ${option.choices.join(', ')} (got "${raw}").`);
  }
  if (option.choices) value = String(value).toLowerCase();
  if (typeof value === 'number') {
    if (option.min !== undefined && value < option.min) throw new UsageError(`Option \`${option.name}\` must be at least ${option.min}.`);
    if (option.max !== undefined && value > option.max) throw new UsageError(`Option \`${option.name}\` must be at most ${option.max}.`);
  }
  return value;
}

/** Checks names against the declared options and coerces every value. */
export function coerceOptions(options: readonly CommandOption[], raw: RawOptions, commandName: string): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(raw)) {
    const option = options.find((o) => o.name === key);
    if (!option) {
      const known = options.map((o) => o.name).join(', ') || 'none';
      throw new UsageError(`Unknown option \`${key}\` for \`/greenlight ${commandName}\`. Its options: ${known}.`);
    }
    out[key] = coerceOption(option, value);
  }
  for (const option of options) {
    if (option.required && !(option.name in out)) {
      throw new UsageError(`\`/greenlight ${commandName}\` needs \`${option.name}:\` (${option.description}).`);
    }
  }
  return out;
}

/** `/greenlight quota [target]`-style usage line for a command. */
export function usage(name: string, options: readonly CommandOption[]): string {
  const parts = options.map((o) => {
    const inner = o.positional
      ? `<${o.name}>`
      : `${o.name}:<${o.choices ? o.choices.join('|') : o.type === 'string' ? 'text' : o.type === 'attachment' ? 'file' : o.type}>`;
    return o.required ? inner : `[${inner}]`;
  });
  return `/greenlight ${name}${parts.length ? ' ' + parts.join(' ') : ''}`;
}
