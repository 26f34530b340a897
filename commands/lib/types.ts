/**
 * The platform-neutral command contract. A command declares its name, options, zod input
 * schema and permission, and returns a neutral Reply that each platform renders.
 */
import type { z } from 'zod';
import type { Ledger } from '../../src/core/ledger.js';
import type { NamedKind } from '../../src/core/resolve.js';

/** Option value types, mirroring Discord's option types. */
export type OptionType = 'string' | 'integer' | 'number' | 'boolean';

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
}

/** Who may run a command. */
export type Permission = 'everyone' | 'admin';

/** A labelled value inside a reply section. */
export interface ReplyField {
  label: string;
  value: string;
  inline?: boolean;
}

/** A block of a reply: a heading with text and/or fields. */
export interface ReplySection {
  heading?: string;
  text?: string;
  fields?: ReplyField[];
}

/** How a reply should look: platforms map this to colours and icons. */
export type Severity = 'info' | 'success' | 'warning' | 'error';

/** What a command answers, before any platform renders it. */
export interface Reply {
  severity: Severity;
  title: string;
  text?: string;
  sections?: ReplySection[];
  table?: { columns: string[]; rows: string[][] };
  /** Evidence and other links. */
  links?: { title: string; url: string }[];
  /** For ambiguous input: the candidates. */
  choices?: string[];
  /** A document to attach (e.g. an export). */
  file?: { name: string; content: string };
  /** Shown only to the person who asked. Errors are always private. */
  private?: boolean;
}

/** The person running a command. */
export interface Invoker {
  platform: string;
  userId: string;
  displayName: string;
  isAdmin: boolean;
  /**
   * How this invoker types admin commands, when the platform puts them under another
   * command (Discord: `/greenlight-admin`); `/greenlight` when absent. Replies that name a
   * command to run next use it, so no command checks which platform it runs on.
   */
  adminCommand?: string;
  /** What this invoker may do beyond its role; set by the platform adapter, absent means none. */
  capabilities?: InvokerCapabilities;
}

/** Powers a platform grants its users because of where they sit, not who they are. */
export interface InvokerCapabilities {
  /** May add sources on local files, loopback and private hosts (the shell runs on the machine itself). */
  localSources?: boolean;
}

/** Where a command was run (and where channel-scoped commands such as subscribe act). */
export interface ChannelRef {
  platform: string;
  id: string;
  name?: string;
}

/**
 * Services beyond the ledger that some commands use. Optional so that a deployment
 * without them (or a test) still runs the rest; commands say clearly when one is missing.
 */
export interface CommandServices {
  [name: string]: unknown;
}

/** Everything a handler may use. Passed in; commands import no platform code. */
export interface CommandContext {
  invoker: Invoker;
  channel: ChannelRef;
  ledger: Ledger;
  services: CommandServices;
  /** Every registered command, for help. */
  commands: readonly AnyCommand[];
}

/** A command definition. `input` validates the options object the parser builds. */
export interface Command<S extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  options: readonly CommandOption[];
  input: S;
  permission: Permission;
  run(input: z.output<S>, ctx: CommandContext): Promise<Reply> | Reply;
}

/** Any command, whatever its schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Command<any>;

/** Raw option values: strings from text, or already typed values from Discord. */
export type RawOptions = Record<string, string | number | boolean>;
