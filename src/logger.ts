/** The process logger: pino, to standard error (standard output belongs to the shell). */
import { destination as pinoDestination, pino } from 'pino';
import type { Logger } from './core/ports.js';

/** Paths pino blanks out wherever they appear, so secrets never reach logs. */
export const REDACT_PATHS = [
  'token', '*.token', 'botToken', '*.botToken', 'appToken', '*.appToken', 'signingSecret', '*.signingSecret',
  'secret', '*.secret', 'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization',
  'config.token', 'err.config.headers.Authorization',
];

/** Creates the root logger. */
export function createLogger(level: string, destination: NodeJS.WritableStream | number = 2): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, typeof destination === 'number' ? pinoDestination({ fd: destination, sync: true }) : destination) as unknown as Logger;
}
