/**
 * What a command declares about itself, as platforms see it: its name, its typed options and
 * who may run it. Platforms build their slash-command definitions, autocomplete and forms
 * from this; the handler and schema stay in commands/.
 */
import type { NamedKind } from '../core/resolve.js';

/**
 * Option value types, mirroring Discord's option types. `attachment` names a file: Discord
 * uploads one, elsewhere it is typed as text (a Slack file link, a local path), and the
 * command reads it through the invoker's AttachmentReader (attachment.ts).
 */
export type OptionType = 'string' | 'integer' | 'number' | 'boolean' | 'attachment';

/** One typed option, typed by users as `name:value`. */
export interface CommandOption {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  choices?: readonly string[];
  min?: number;
  max?: number;
  /** Bare words (without `name:`) fill this option; at most one per command. */
  positional?: boolean;
  /** Which kinds of record autocomplete suggests. */
  autocomplete?: readonly NamedKind[];
  /** Takes a comma-separated list (holders): forms offer a pick of several. */
  list?: boolean;
}

/** Who may run a command. */
export type Permission = 'everyone' | 'admin';

/** A command's declaration, without its schema and handler. */
export interface CommandSpec {
  name: string;
  description: string;
  options: readonly CommandOption[];
  permission: Permission;
}

/** Raw option values: strings from text or a form, or already typed values from Discord. */
export type RawOptions = Record<string, string | number | boolean>;
