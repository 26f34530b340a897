/** Coded errors: every refusal has a stable code and a message written for the user. */

/** Error codes the domain raises; platforms map them to replies, never to stack traces. */
export type DomainErrorCode =
  | 'not_found' | 'ambiguous' | 'invalid_transition' | 'invalid_input' | 'conflict' | 'forbidden';

/** A refusal the user caused and can fix; its message is safe to show. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** For `ambiguous`: the candidates to choose from. */
    readonly choices: string[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
