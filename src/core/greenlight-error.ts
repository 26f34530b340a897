/**
 * The one error taxonomy. Every error Greenlight raises on purpose has a stable `code` and
 * an `audience`: the person in chat (their input can fix it; the reply shows the message)
 * or the operator running Greenlight (the config, the data folder, a credential, a source).
 * The entry point prints an operator's error as its message alone, and anything else with
 * its stack, because anything else is a bug.
 */

/** Who an error's message is written for. */
export type ErrorAudience = 'user' | 'operator';

/** The base of every deliberate Greenlight error. */
export class GreenlightError extends Error {
  constructor(
    /** Stable, for code to branch on; each subclass narrows it to its own union. */
    readonly code: string,
    readonly audience: ErrorAudience,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** True for a deliberate error written for the operator (print its message, no stack trace). */
export function isOperatorError(err: unknown): err is GreenlightError {
  return err instanceof GreenlightError && err.audience === 'operator';
}
