/**
 * Parses what users type, exactly as in Slack or the shell:
 * `/greenlight quota h200`, `/greenlight track edit id:x status:approved note:"long text"`.
 * Options are `key:value` (Discord's option names); bare words fill the positional option.
 */
import { GreenlightError } from '../../src/core/greenlight-error.js';

/** A usage problem with what was typed; the message says how to fix it. */
export class UsageError extends GreenlightError {
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super('usage', 'user', message);
  }
}

/** A tokenised command line. */
export interface ParsedLine {
  /** Bare words in order (the command path, then positional text). */
  words: string[];
  /** `key:value` pairs, keys lower-cased. */
  options: Record<string, string>;
}

const KEY = /^([a-zA-Z][a-zA-Z0-9_-]*):(.*)$/s;

/** Splits a line into tokens, honouring "double" and 'single' quotes and backslash escapes. */
export function tokenize(line: string): { text: string; quotedKey: boolean }[] {
  const tokens: { text: string; quotedKey: boolean }[] = [];
  let current = '';
  let inToken = false;
  let quote: string | null = null;
  let sawQuote = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\' && (line[i + 1] === quote || line[i + 1] === '\\')) current += line[++i];
      else if (ch === quote) quote = null;
      else current += ch;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '“' || ch === '”') {
      quote = ch === '“' ? '”' : ch;
      inToken = true;
      // A quote that opens the whole token makes it literal text, even if it contains a colon.
      if (current === '') sawQuote = true;
      continue;
    }
    if (/\s/.test(ch)) {
      if (inToken) tokens.push({ text: current, quotedKey: sawQuote });
      current = '';
      inToken = false;
      sawQuote = false;
      continue;
    }
    current += ch;
    inToken = true;
  }
  if (quote) throw new UsageError(`Unclosed quote ${quote} in: ${line}`);
  if (inToken) tokens.push({ text: current, quotedKey: sawQuote });
  return tokens;
}

/** Tokenises a line, strips a leading `/greenlight`, and separates words from options. */
export function parseLine(line: string): ParsedLine {
  const tokens = tokenize(line.trim());
  if (tokens[0]?.text.toLowerCase() === '/greenlight' || tokens[0]?.text.toLowerCase() === 'greenlight') tokens.shift();
  const words: string[] = [];
  const options: Record<string, string> = {};
  for (const token of tokens) {
    const m = token.quotedKey ? null : KEY.exec(token.text);
    // URLs typed as bare words (https://...) are text, not an option named "https".
    if (m && !m[2]!.startsWith('//')) {
      const key = m[1]!.toLowerCase();
      if (key in options) throw new UsageError(`Option \`${key}\` is given twice.`);
      options[key] = m[2]!;
    } else {
      words.push(token.text);
    }
  }
  return { words, options };
}
