/** The refusal for ids that name properties of plain objects (see RESERVED_IDS). */
import { DomainError } from '../errors.js';
import { isReservedId } from '../model.js';

/** Throws invalid_input when `id` is reserved; `what` names the record in the message. */
export function refuseReservedId(what: string, id: string, prefix = '', suffix = ''): void {
  if (!isReservedId(id)) return;
  throw new DomainError('invalid_input', `${prefix}${what} id "${id}" is a reserved word in Greenlight; choose another id.${suffix}`);
}
