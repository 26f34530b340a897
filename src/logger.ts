/** The process logger: pino, to standard error (standard output belongs to the shell). */
import { destination as pinoDestination, pino } from 'pino';
import type { Logger } from './core/ports.js';

/** Paths pino blanks out wherever they appear, so secrets never reach logs. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'secret',
  '*.secret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'config.token',
  'err.config.headers.Authorization',
];

/** Where log lines go: a stream, or a file descriptor (2, standard error). */
export type LogDestination = { write(line: string): unknown } | number;

const LEVEL_WORDS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warning', 50: 'error', 60: 'fatal' };

/**
 * For the shell, whose terminal is the user interface: each log line printed as one
 * sentence ("greenlight: warning: The data folder …") instead of a JSON object.
 */
export function sentenceDestination(out: { write(text: string): unknown }): { write(line: string): void } {
  return {
    write(line: string): void {
      let entry: { level?: number; msg?: string; err?: { message?: string } };
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        out.write(line);
        return;
      }
      const cause = entry.err?.message ? ` (${entry.err.message})` : '';
      out.write(`greenlight: ${LEVEL_WORDS[entry.level ?? 30] ?? 'log'}: ${entry.msg ?? ''}${cause}\n`);
    },
  };
}

/** Creates the root logger. */
export function createLogger(level: string, destination: LogDestination = 2): Logger {
  return pino(
    { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
    typeof destination === 'number' ? pinoDestination({ fd: destination, sync: true }) : destination,
  );
}
