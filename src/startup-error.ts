import { GreenlightError } from './core/greenlight-error.js';

/** A startup failure whose message is written for the person starting Greenlight (no stack trace needed). */
export class StartupError extends GreenlightError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('startup_failed', 'operator', message, options);
  }
}

/** Runs a platform's startup, turning its failure into a StartupError that keeps the platform's own message. */
export async function starting<T>(platform: string, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (err) {
    throw new StartupError(`${platform}: ${(err as Error).message ?? String(err)}`, { cause: err });
  }
}
