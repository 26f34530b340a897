/**
 * Discord settings from the environment (and the YAML config for admin lists).
 * The only place Discord settings are read; the token is never echoed in errors or logs.
 */
import { inspect } from 'node:util';

/** Everything the Discord platform needs to connect, register commands and check admins. */
export interface DiscordConfig {
  /** Bot token (secret). Redacted when the config is logged or serialised. */
  readonly token: string;
  /** The application (client) id, used for command registration and interaction webhooks. */
  readonly applicationId: string;
  /** REST base URL override (`rest.api`), e.g. a local fake; discord.js appends `/v10`. */
  readonly apiUrl?: string;
  /** Register commands to this guild only (instant), instead of globally. */
  readonly guildId?: string;
  /** Members holding any of these role ids are Greenlight admins. */
  readonly adminRoleIds: readonly string[];
  /** These user ids are Greenlight admins. */
  readonly adminUserIds: readonly string[];
}

/** Admin lists as they may appear in the YAML config; environment variables override them. */
export interface DiscordYamlSettings {
  adminRoles?: readonly (string | number)[];
  adminUsers?: readonly (string | number)[];
  guildId?: string | number;
}

const SNOWFLAKE = /^\d{15,21}$/;
const TOKEN_HELP = 'Get one in the Discord Developer Portal: Applications → (your app) → Bot → Reset Token, then set DISCORD_TOKEN to it.';
const APP_ID_HELP = 'Find it in the Discord Developer Portal: Applications → (your app) → General Information → Application ID.';

function setting(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function snowflakes(name: string, raw: string | readonly (string | number)[] | undefined): string[] {
  if (raw === undefined) return [];
  const list = typeof raw === 'string' ? raw.split(/[\s,]+/) : raw.map(String);
  const ids = list.map((s) => s.trim()).filter(Boolean);
  const bad = ids.filter((id) => !SNOWFLAKE.test(id));
  if (bad.length) {
    throw new Error(
      `${name} must list Discord ids (numbers such as 112233445566778899, separated by commas); these are not ids: ${bad.join(', ')}. In Discord, turn on Developer Mode, then right-click a role or user → Copy ID.`,
    );
  }
  return [...new Set(ids)];
}

/** Non-secret view of a config, for logs. */
export function describeDiscordConfig(config: DiscordConfig): Record<string, unknown> {
  return {
    applicationId: config.applicationId,
    apiUrl: config.apiUrl,
    guildId: config.guildId,
    adminRoleIds: config.adminRoleIds,
    adminUserIds: config.adminUserIds,
    token: '[redacted]',
  };
}

/**
 * Reads the Discord settings. Returns null when no DISCORD_* variable is set (Discord is
 * off); throws an Error naming the variable, and where to get it, when one is missing or wrong.
 */
export function discordConfigFromEnv(env: Record<string, string | undefined>, yaml: DiscordYamlSettings = {}): DiscordConfig | null {
  const anySet = Object.keys(env).some((k) => k.startsWith('DISCORD_') && setting(env, k) !== undefined);
  if (!anySet) return null;

  const token = setting(env, 'DISCORD_TOKEN');
  if (!token) throw new Error(`DISCORD_TOKEN is not set, but other DISCORD_* settings are. ${TOKEN_HELP}`);
  if (/^bot\s/i.test(token)) throw new Error('DISCORD_TOKEN must be the bare bot token, without a "Bot " prefix.');
  if (/\s/.test(token) || token.split('.').length !== 3) {
    throw new Error(`DISCORD_TOKEN does not look like a bot token (three parts separated by dots, no spaces). ${TOKEN_HELP}`);
  }

  const applicationId = setting(env, 'DISCORD_APPLICATION_ID');
  if (!applicationId) throw new Error(`DISCORD_APPLICATION_ID is not set. ${APP_ID_HELP}`);
  if (!SNOWFLAKE.test(applicationId))
    throw new Error(`DISCORD_APPLICATION_ID must be a number such as 112233445566778899, not "${applicationId}". ${APP_ID_HELP}`);

  const apiUrl = setting(env, 'DISCORD_API_URL');
  if (apiUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(apiUrl);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new Error(`DISCORD_API_URL must be an http(s) URL such as https://discord.com/api (discord.js adds /v10), not "${apiUrl}".`);
    }
  }

  const guildRaw = setting(env, 'DISCORD_GUILD_ID') ?? (yaml.guildId === undefined ? undefined : String(yaml.guildId));
  if (guildRaw !== undefined && !SNOWFLAKE.test(guildRaw)) {
    throw new Error(
      `DISCORD_GUILD_ID must be a server id such as 112233445566778899, not "${guildRaw}". Right-click the server icon → Copy Server ID (Developer Mode on).`,
    );
  }

  const adminRoleIds = snowflakes('DISCORD_ADMIN_ROLES', setting(env, 'DISCORD_ADMIN_ROLES') ?? yaml.adminRoles);
  const adminUserIds = snowflakes('DISCORD_ADMIN_USERS', setting(env, 'DISCORD_ADMIN_USERS') ?? yaml.adminUsers);

  const config: DiscordConfig = {
    token,
    applicationId,
    ...(apiUrl !== undefined ? { apiUrl: apiUrl.replace(/\/+$/, '') } : {}),
    ...(guildRaw !== undefined ? { guildId: guildRaw } : {}),
    adminRoleIds,
    adminUserIds,
  };
  // Whoever logs or serialises the config by accident still never prints the token.
  Object.defineProperty(config, 'toJSON', { value: () => describeDiscordConfig(config), enumerable: false });
  Object.defineProperty(config, inspect.custom, { value: () => describeDiscordConfig(config), enumerable: false });
  return config;
}
