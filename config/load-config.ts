/**
 * The one place that reads process.env. Everything else receives a validated AppConfig,
 * so a missing or malformed setting stops startup with a message that says how to fix it.
 */
import { GreenlightError } from '../src/core/greenlight-error.js';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { discordConfigFromEnv, type DiscordConfig } from './discord-config.js';
import { configSchema, type FileConfig } from './schema.js';
import { slackConfigFromEnv, type SlackConfig } from './slack-config.js';
import { resolveSourceHeaders, resolveUserAgent, resolveWebhookSecret, type SourceConfig } from './sources-schema.js';
import { describeIssues, parseYaml } from './yaml-errors.js';

/** The default config file, next to this module. */
export const DEFAULT_CONFIG_PATH = resolve(dirname(fileURLToPath(import.meta.url)), 'greenlight.yml');

// An empty variable (as copied from .env.example) means "not set".
const unsetIfEmpty = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const envSchema = z.object({
  GREENLIGHT_CONFIG: z.preprocess(unsetIfEmpty, z.string().optional()),
  DATA_DIR: z.preprocess(unsetIfEmpty, z.string().default('./data')),
  LOG_LEVEL: z.preprocess(unsetIfEmpty, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()),
});

/** Everything the composition root needs to start Greenlight. */
export interface AppConfig {
  configPath: string;
  dataDir: string;
  /** LOG_LEVEL when set; the composition root picks a default for the mode it runs in. */
  logLevel?: string;
  file: FileConfig;
  /** Slack settings, or null when no SLACK_* variable is set. */
  slack: SlackConfig | null;
  /** Discord settings, or null when no DISCORD_* variable is set. */
  discord: DiscordConfig | null;
  /** User-Agent for fetching sources (GREENLIGHT_USER_AGENT, else the config's). */
  userAgent: string;
  /** Webhook secrets by source id, read from the environment at startup. */
  webhookSecrets: ReadonlyMap<string, string>;
  /** Request headers by source id (config `headers:`, credentials read from the environment at startup). */
  sourceHeaders: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

function sourceHeaders(sources: SourceConfig[], env: Record<string, string | undefined>): Map<string, Record<string, string>> {
  const headers = new Map<string, Record<string, string>>();
  for (const source of sources) {
    const resolved = platform(() => resolveSourceHeaders(source, env));
    if (resolved) headers.set(source.id, resolved);
  }
  return headers;
}

function webhookSecrets(sources: SourceConfig[], env: Record<string, string | undefined>): Map<string, string> {
  const secrets = new Map<string, string>();
  for (const source of sources) {
    const secret = platform(() => resolveWebhookSecret(source, env));
    if (secret) secrets.set(source.id, secret);
  }
  return secrets;
}

function platform<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
}

/** A configuration problem; its message is meant for the person starting Greenlight. */
export class ConfigError extends GreenlightError {
  constructor(message: string) {
    super('invalid_config', 'operator', message);
  }
}

/** Reads and validates a config file. */
export function loadConfigFile(path: string): FileConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `Cannot read the config file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}. Set GREENLIGHT_CONFIG to a readable YAML file, or unset it to use the default.`,
    );
  }
  let source;
  try {
    source = parseYaml(text, path);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
  const parsed = configSchema.safeParse(source.doc.toJS() ?? {});
  if (!parsed.success) throw new ConfigError(`Invalid config:\n${describeIssues(parsed.error.issues, source, path)}`);
  return parsed.data;
}

/** Loads the whole configuration from the environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Environment variable ${String(issue.path[0])}: ${issue.message}. See .env.example.`);
  }
  const configPath = parsed.data.GREENLIGHT_CONFIG ? resolve(parsed.data.GREENLIGHT_CONFIG) : DEFAULT_CONFIG_PATH;
  const file = loadConfigFile(configPath);
  return {
    configPath,
    dataDir: resolve(parsed.data.DATA_DIR),
    ...(parsed.data.LOG_LEVEL ? { logLevel: parsed.data.LOG_LEVEL } : {}),
    file,
    slack: platform(() => slackConfigFromEnv(env, file.admins.slack)),
    discord: platform(() => discordConfigFromEnv(env, { adminRoles: file.admins.discord.roles, adminUsers: file.admins.discord.users })),
    userAgent: resolveUserAgent(file.sourceDefaults, env),
    webhookSecrets: webhookSecrets(file.sources, env),
    sourceHeaders: sourceHeaders(file.sources, env),
  };
}
