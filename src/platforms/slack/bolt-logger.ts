/** Bolt's logger interface over our structured logger (Bolt logs strings). */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';

const ORDER = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** Adapts a pino-style logger for Bolt, the Web API client and Socket Mode. */
export function boltLogger(logger: Logger, initial: LogLevel = LogLevel.INFO): BoltLogger {
  let level = initial;
  let name = 'bolt';
  const enabled = (l: LogLevel) => ORDER.indexOf(l) >= ORDER.indexOf(level);
  const text = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg: unknown[]) => {
      if (enabled(LogLevel.DEBUG)) logger.debug({ lib: name }, text(msg));
    },
    info: (...msg: unknown[]) => {
      if (enabled(LogLevel.INFO)) logger.info({ lib: name }, text(msg));
    },
    warn: (...msg: unknown[]) => {
      if (enabled(LogLevel.WARN)) logger.warn({ lib: name }, text(msg));
    },
    error: (...msg: unknown[]) => {
      if (enabled(LogLevel.ERROR)) logger.error({ lib: name }, text(msg));
    },
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n: string) => {
      name = n;
    },
  };
}
