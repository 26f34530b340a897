/**
 * Builds Discord application command JSON from the shared command definitions.
 *
 * Discord applies `default_member_permissions` per top-level command, never per
 * subcommand, so everyone's subcommands live under `/greenlight` and admin subcommands under
 * `/greenlight-admin`, which carries Manage Server by default. Server owners can override
 * that in Server Settings → Integrations, so admin commands are checked again at run time.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { formFor, type CommandForm } from '../../chat/command-form.js';
import type { CommandOption, CommandSpec } from '../../chat/command-spec.js';

/** Name of the top-level command holding everyone's subcommands. */
export const PUBLIC_COMMAND = 'greenlight';
/** Name of the top-level command holding admin subcommands (Manage Server by default). */
export const ADMIN_COMMAND = 'greenlight-admin';
/** Permission bits `/greenlight-admin` requires unless a server owner changes it. */
export const ADMIN_DEFAULT_PERMISSIONS = PermissionFlagsBits.ManageGuild.toString();
/** Discord allows at most five inputs in a modal. */
export const MODAL_MAX_INPUTS = 5;

/** The form an admin command opens in a modal when run without options (src/chat/command-form.ts), or null. */
export function discordForm(command: CommandSpec): CommandForm | null {
  return formFor(command, MODAL_MAX_INPUTS);
}

/** Which top-level command a shared command is registered under. */
export function topLevelFor(command: CommandSpec): string {
  return command.permission === 'admin' ? ADMIN_COMMAND : PUBLIC_COMMAND;
}

function optionType(
  option: CommandOption,
):
  | ApplicationCommandOptionType.String
  | ApplicationCommandOptionType.Integer
  | ApplicationCommandOptionType.Number
  | ApplicationCommandOptionType.Boolean
  | ApplicationCommandOptionType.Attachment {
  switch (option.type) {
    case 'attachment':
      return ApplicationCommandOptionType.Attachment;
    case 'integer':
      return ApplicationCommandOptionType.Integer;
    case 'number':
      return ApplicationCommandOptionType.Number;
    case 'boolean':
      return ApplicationCommandOptionType.Boolean;
    default:
      return ApplicationCommandOptionType.String;
  }
}

function optionJson(option: CommandOption, relaxRequired: boolean): APIApplicationCommandBasicOption {
  const type = optionType(option);
  const json: Record<string, unknown> = { type, name: option.name, description: option.description };
  // Required options of modal-capable commands are optional in Discord, so that the command
  // can be sent bare to open the form; the shared layer still insists on them.
  if (option.required && !relaxRequired) json.required = true;
  const numeric = type === ApplicationCommandOptionType.Integer || type === ApplicationCommandOptionType.Number;
  if (option.choices?.length) {
    json.choices = option.choices.map((c) => ({ name: c, value: numeric ? Number(c) : c }));
  } else if (option.autocomplete?.length && type === ApplicationCommandOptionType.String) {
    json.autocomplete = true;
  }
  if (numeric) {
    if (option.min !== undefined) json.min_value = option.min;
    if (option.max !== undefined) json.max_value = option.max;
  }
  return json as unknown as APIApplicationCommandBasicOption;
}

function subcommandJson(command: CommandSpec, leaf: string): APIApplicationCommandSubcommandOption {
  const relax = discordForm(command) !== null;
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: leaf,
    description: command.description,
    options: command.options.map((o) => optionJson(o, relax)),
  };
}

function tree(commands: readonly CommandSpec[]): APIApplicationCommandOption[] {
  const out: APIApplicationCommandOption[] = [];
  const groups = new Map<string, APIApplicationCommandSubcommandOption[]>();
  for (const command of commands) {
    const [first, second] = command.name.split(' ') as [string, string | undefined];
    if (second === undefined) {
      out.push(subcommandJson(command, first));
      continue;
    }
    let group = groups.get(first);
    if (!group) {
      group = [];
      groups.set(first, group);
      out.push({
        type: ApplicationCommandOptionType.SubcommandGroup,
        name: first,
        description: `${first[0]!.toUpperCase()}${first.slice(1)} commands`,
        options: group,
      });
    }
    group.push(subcommandJson(command, second));
  }
  return out;
}

/**
 * The bulk-overwrite body for `PUT /applications/{app}/commands`: `/greenlight` for
 * everyone's commands and, when there are any, `/greenlight-admin` for admin commands.
 */
export function buildCommandJson(commands: readonly CommandSpec[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const base = {
    type: ApplicationCommandType.ChatInput as const,
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  };
  const result: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
    {
      ...base,
      name: PUBLIC_COMMAND,
      description: 'Tracked approvals: status, quotas, orders and alerts',
      default_member_permissions: null,
      options: tree(commands.filter((c) => c.permission !== 'admin')),
    },
  ];
  const admin = commands.filter((c) => c.permission === 'admin');
  if (admin.length) {
    result.push({
      ...base,
      name: ADMIN_COMMAND,
      description: 'Greenlight admin: edit tracked approvals and subscriptions',
      default_member_permissions: ADMIN_DEFAULT_PERMISSIONS,
      options: tree(admin),
    });
  }
  return result;
}

/**
 * True when what Discord holds already matches what we would register. Discord adds ids,
 * versions and defaults, so only the keys we send are compared.
 */
export function sameCommandJson(desired: unknown, existing: unknown): boolean {
  if (Array.isArray(desired)) {
    if (!Array.isArray(existing) || existing.length !== desired.length) return false;
    if (desired.every((d) => d && typeof d === 'object' && 'name' in d)) {
      // Discord may return top-level commands in any order.
      const byName = new Map(existing.map((e: { name?: string }) => [e?.name, e]));
      return desired.every((d: { name: string }) => sameCommandJson(d, byName.get(d.name)));
    }
    return desired.every((d, i) => sameCommandJson(d, existing[i]));
  }
  if (desired && typeof desired === 'object') {
    if (!existing || typeof existing !== 'object') return false;
    const e = existing as Record<string, unknown>;
    return Object.entries(desired).every(([k, v]) => sameCommandJson(v, e[k] ?? (Array.isArray(v) && v.length === 0 ? [] : e[k])));
  }
  return desired === existing || (desired === null && existing === undefined);
}
