/** Coded errors: every refusal has a stable code and a message written for the user. */
import { GreenlightError } from './greenlight-error.js';

/** Error codes the domain raises; platforms map them to replies, never to stack traces. */
export type DomainErrorCode = 'not_found' | 'ambiguous' | 'invalid_transition' | 'invalid_input' | 'conflict' | 'forbidden';

/** A refusal the user caused and can fix; its message is safe to show. */
export class DomainError extends GreenlightError {
  declare readonly code: DomainErrorCode;
  constructor(
    code: DomainErrorCode,
    message: string,
    /** For `ambiguous`: the candidates to choose from. */
    readonly choices: string[] = [],
  ) {
    super(code, 'user', message);
  }
}
