/** Translates a Discord interaction into the shared layer's Invocation, Invoker and ChannelRef. */
import { ApplicationCommandOptionType, PermissionFlagsBits, type CommandInteractionOption, type Interaction } from 'discord.js';
import type { DiscordConfig } from '../../../config/discord-config.js';
import { ADMIN_COMMAND } from './command-json.js';
import type { Invocation } from '../../../commands/lib/router.js';
import type { ChannelRef } from '../../chat/channel-ref.js';
import type { Invoker, InvokerCapabilities } from '../../chat/invoker.js';
import type { RawOptions } from '../../chat/command-spec.js';

/** The shared command name (`status`, `track add`) from a subcommand group and subcommand. */
export function commandNameOf(group: string | null, subcommand: string | null): string | null {
  if (!subcommand) return null;
  return group ? `${group} ${subcommand}` : subcommand;
}

/** The leaf options (below the subcommand and its group) as raw values. */
export function leafOptions(data: readonly CommandInteractionOption[]): RawOptions {
  let level = data;
  // Walk down through the group and subcommand to the typed options.
  while (
    level.length === 1 &&
    (level[0]!.type === ApplicationCommandOptionType.SubcommandGroup || level[0]!.type === ApplicationCommandOptionType.Subcommand)
  ) {
    level = level[0]!.options ?? [];
  }
  const out: RawOptions = {};
  for (const option of level) {
    if (option.value !== undefined && option.value !== null) out[option.name] = option.value;
  }
  return out;
}

/** Builds the invocation for a chat input command or autocomplete interaction. */
export function invocationOf(interaction: Interaction): Invocation | null {
  if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return null;
  const name = commandNameOf(interaction.options.getSubcommandGroup(false), interaction.options.getSubcommand(false));
  if (!name) return null;
  return { name, options: leafOptions(interaction.options.data) };
}

/** Role ids of the member who sent the interaction (cached GuildMember or raw API member). */
function memberRoleIds(interaction: Interaction): string[] {
  const member = interaction.member as { roles?: string[] | { cache: Map<string, unknown> } } | null;
  if (!member?.roles) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

/**
 * Whether the member is a Greenlight admin: a configured admin user or role, or, when none
 * is configured, anyone with Manage Server. Checked on every admin command, because server
 * owners can change who may use `/greenlight-admin`.
 */
export function isDiscordAdmin(interaction: Interaction, config: Pick<DiscordConfig, 'adminRoleIds' | 'adminUserIds'>): boolean {
  if (!interaction.inGuild()) return false;
  if (config.adminUserIds.length || config.adminRoleIds.length) {
    if (config.adminUserIds.includes(interaction.user.id)) return true;
    return memberRoleIds(interaction).some((r) => config.adminRoleIds.includes(r));
  }
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}

/** Discord attaches whole files to replies; its users are remote, so local sources are not theirs to add. */
export const DISCORD_CAPABILITIES: InvokerCapabilities = { localSources: false, attachments: true };

/** The person behind an interaction. */
export function invokerOf(interaction: Interaction, config: Pick<DiscordConfig, 'adminRoleIds' | 'adminUserIds'>): Invoker {
  const member = interaction.member as { nick?: string | null; displayName?: string } | null;
  const displayName = member?.displayName ?? member?.nick ?? interaction.user.globalName ?? interaction.user.username;
  return {
    platform: 'discord',
    userId: interaction.user.id,
    displayName,
    isAdmin: isDiscordAdmin(interaction, config),
    capabilities: DISCORD_CAPABILITIES,
    adminCommand: `/${ADMIN_COMMAND}`,
  };
}

/** The channel an interaction came from. */
export function channelOf(interaction: Interaction): ChannelRef {
  const channel = interaction.channel as { name?: string } | null;
  return { platform: 'discord', id: interaction.channelId ?? 'unknown', ...(channel?.name ? { name: channel.name } : {}) };
}
