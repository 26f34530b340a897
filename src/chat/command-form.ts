/**
 * Forms for commands, derived from what each command declares: an admin command that needs
 * input opens a form when it is run bare (Slack modal, Discord modal), with one field per
 * option, required ones first. The submission becomes the same options a typed command
 * gives, so the same coercion, zod schema and permission check apply.
 */
import type { NamedKind } from '../core/resolve.js';
import type { CommandOption, CommandSpec, RawOptions } from './command-spec.js';

/** One field of a form. */
export interface FormField {
  /** The option it fills. */
  name: string;
  /** The option's description, as a hint. */
  hint: string;
  required: boolean;
  /** A fixed list to pick from (booleans offer yes / no). */
  choices?: readonly string[];
  /** Free text that may run long (notes, reasons): a multi-line input. */
  long: boolean;
  /** Records to pick from as the user types (parties, authorizations…), where the platform can ask for them. */
  suggest?: readonly NamedKind[];
  /** Several may be picked; the submission joins them with commas. */
  list: boolean;
}

/** A command's form. */
export interface CommandForm {
  command: string;
  fields: FormField[];
}

const LONG_TEXT = /note|text|description|reason/;

function field(option: CommandOption): FormField {
  const choices = option.type === 'boolean' ? ['yes', 'no'] : option.choices;
  return {
    name: option.name,
    hint: option.description,
    required: option.required ?? false,
    ...(choices?.length ? { choices } : {}),
    long: option.type === 'string' && !choices?.length && LONG_TEXT.test(option.name),
    ...(option.autocomplete?.length && !choices?.length ? { suggest: option.autocomplete } : {}),
    list: option.list ?? false,
  };
}

/**
 * The form of a command, or null when it has none: only admin commands with at least one
 * required option get one (a bare run of anything else just runs), and only when all its
 * required options fit in `maxFields` (Discord modals hold five inputs).
 */
export function formFor(command: CommandSpec, maxFields = Number.POSITIVE_INFINITY): CommandForm | null {
  if (command.permission !== 'admin') return null;
  const required = command.options.filter((o) => o.required);
  if (required.length === 0 || required.length > maxFields) return null;
  const optional = command.options.filter((o) => !o.required);
  return { command: command.name, fields: [...required, ...optional].slice(0, maxFields).map(field) };
}

/** The options a submitted form holds: empty fields are left out, as if not typed. */
export function formOptions(form: CommandForm, valueOf: (field: string) => string | undefined): RawOptions {
  const options: RawOptions = {};
  for (const f of form.fields) {
    const value = valueOf(f.name)?.trim();
    if (value) options[f.name] = value;
  }
  return options;
}
