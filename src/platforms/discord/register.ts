/**
 * Registers `/greenlight` (and `/greenlight-admin`) with Discord, globally or for one guild.
 * Idempotent: it reads what is registered and sends the bulk overwrite only on a difference
 * (and the bulk overwrite itself changes nothing when sent twice).
 */
import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../../../config/discord-config.js';
import type { CommandSpec } from '../../chat/command-spec.js';
import type { Logger } from '../../core/ports.js';
import { silentLogger } from '../../core/ports.js';
import { buildCommandJson, sameCommandJson } from './command-json.js';
import { describeRestError } from './errors.js';

/** What a registration did. */
export interface RegisterResult {
  /** `global` or `guild <id>`. */
  scope: string;
  /** False when Discord already held exactly these commands. */
  changed: boolean;
  /** Top-level command names registered. */
  names: string[];
}

/** Builds a REST client for the config (token set, base URL overridden when configured). */
export function restFor(config: DiscordConfig): REST {
  return new REST({ ...(config.apiUrl ? { api: config.apiUrl } : {}) }).setToken(config.token);
}

/** Registers the command tree. Throws an Error with a clear message when Discord refuses. */
export async function registerDiscordCommands(options: {
  config: DiscordConfig;
  commands: readonly CommandSpec[];
  logger?: Logger;
  rest?: REST;
}): Promise<RegisterResult> {
  const { config, commands } = options;
  const logger = options.logger ?? silentLogger;
  const rest = options.rest ?? restFor(config);
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
  const scope = config.guildId ? `guild ${config.guildId}` : 'global';
  const body = buildCommandJson(commands);
  const names = body.map((c) => c.name);
  try {
    const existing = await rest.get(route);
    if (sameCommandJson(body, existing)) {
      logger.info({ scope, names }, 'Discord commands already up to date');
      return { scope, changed: false, names };
    }
    await rest.put(route, { body });
  } catch (err) {
    throw new Error(`Registering Discord commands (${scope}) failed: ${describeRestError(err)}`, { cause: err });
  }
  logger.info({ scope, names }, 'Discord commands registered');
  return { scope, changed: true, names };
}
