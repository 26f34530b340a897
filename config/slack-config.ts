/**
 * Slack settings from the environment (and the admin lists from the YAML config).
 * Every problem names the variable and says where to get a correct value; secret
 * values never appear in a message.
 */
import { z } from 'zod';

/** Who counts as a Greenlight admin on Slack. */
export interface SlackAdmins {
  /** Slack user ids (U… or W…). */
  users: string[];
  /** Slack user group ids (S…): members are admins. */
  groups: string[];
  /** Workspace admins and owners (looked up with users.info) are admins too. */
  workspaceAdmins: boolean;
}

/** Everything the Slack platform needs to start. */
export interface SlackConfig {
  /** `socket` when SLACK_APP_TOKEN is set, else `http`. */
  mode: 'socket' | 'http';
  botToken: string;
  appToken?: string;
  signingSecret?: string;
  /** HTTP mode only: the port to listen on (0 picks a free one). */
  port: number;
  /** Web API base URL ending in `/` (for proxies and tests); Slack's own when absent. */
  apiUrl?: string;
  admins: SlackAdmins;
}

const APP_SETTINGS = 'api.slack.com/apps → your app';
const HOW = {
  SLACK_BOT_TOKEN: `the Bot User OAuth Token at ${APP_SETTINGS} → OAuth & Permissions (install the app to the workspace first); it starts with xoxb-`,
  SLACK_APP_TOKEN: `an app-level token with the connections:write scope at ${APP_SETTINGS} → Basic Information → App-Level Tokens; it starts with xapp-. Leave SLACK_APP_TOKEN unset to use HTTP mode instead`,
  SLACK_SIGNING_SECRET: `the Signing Secret at ${APP_SETTINGS} → Basic Information → App Credentials (or set SLACK_APP_TOKEN to use Socket Mode, which needs no signing secret)`,
} as const;

const idList = (pattern: RegExp, what: string) => z.array(z.string().regex(pattern, { error: (i) => `"${String(i.input)}" is not a Slack ${what} id` }));

/** The validated shape; tokens are checked by prefix only, never echoed. */
export const slackConfigSchema = z.strictObject({
  mode: z.enum(['socket', 'http']),
  botToken: z.string().regex(/^xoxb-[A-Za-z0-9-]+$/, { error: `SLACK_BOT_TOKEN does not look like a bot token: use ${HOW.SLACK_BOT_TOKEN}` }),
  appToken: z
    .string()
    .regex(/^xapp-[A-Za-z0-9-]+$/, { error: `SLACK_APP_TOKEN does not look like an app-level token: use ${HOW.SLACK_APP_TOKEN}` })
    .optional(),
  signingSecret: z
    .string()
    .regex(/^[A-Za-z0-9]{16,}$/, {
      error: `SLACK_SIGNING_SECRET does not look like a signing secret (letters and digits, usually 32 hex characters): use ${HOW.SLACK_SIGNING_SECRET}`,
    })
    .optional(),
  port: z.number().int().min(0).max(65535),
  apiUrl: z.url({ protocol: /^https?$/, error: 'SLACK_API_URL must be an http(s) URL such as https://slack.com/api/' }).optional(),
  admins: z.strictObject({
    users: idList(/^[UW][A-Z0-9]{2,}$/, 'user'),
    groups: idList(/^S[A-Z0-9]{2,}$/, 'user group'),
    workspaceAdmins: z.boolean(),
  }),
});

function list(value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function bool(name: string, value: string | undefined): boolean | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new Error(`${name} must be true or false, not "${value}".`);
}

/**
 * Reads the Slack settings. Returns null when no SLACK_* variable is set at all (Slack is
 * off); throws an Error naming the variable when one is missing or malformed.
 * `yamlAdmins` come from the YAML config; SLACK_ADMIN_* variables override them.
 */
export function slackConfigFromEnv(env: Record<string, string | undefined>, yamlAdmins?: Partial<SlackAdmins>): SlackConfig | null {
  const present = (name: string) => env[name] !== undefined && env[name].trim() !== '';
  if (!Object.keys(env).some((k) => k.startsWith('SLACK_') && present(k))) return null;
  if (!present('SLACK_BOT_TOKEN')) throw new Error(`SLACK_BOT_TOKEN is not set: Slack needs ${HOW.SLACK_BOT_TOKEN}.`);
  const mode = present('SLACK_APP_TOKEN') ? 'socket' : 'http';
  if (mode === 'http' && !present('SLACK_SIGNING_SECRET')) {
    throw new Error(`SLACK_SIGNING_SECRET is not set: HTTP mode needs ${HOW.SLACK_SIGNING_SECRET}.`);
  }
  const portText = env.PORT?.trim() || '3000';
  if (!/^\d+$/.test(portText)) throw new Error(`PORT must be a port number (0-65535), not "${portText}".`);
  let apiUrl = env.SLACK_API_URL?.trim() || undefined;
  if (apiUrl && !apiUrl.endsWith('/')) apiUrl += '/';
  const candidate = {
    mode,
    botToken: env.SLACK_BOT_TOKEN!.trim(),
    ...(mode === 'socket' ? { appToken: env.SLACK_APP_TOKEN!.trim() } : {}),
    ...(present('SLACK_SIGNING_SECRET') ? { signingSecret: env.SLACK_SIGNING_SECRET!.trim() } : {}),
    port: Number(portText),
    ...(apiUrl ? { apiUrl } : {}),
    admins: {
      users: list(env.SLACK_ADMIN_USERS) ?? yamlAdmins?.users ?? [],
      groups: list(env.SLACK_ADMIN_GROUPS) ?? yamlAdmins?.groups ?? [],
      workspaceAdmins: bool('SLACK_ADMINS_INCLUDE_WORKSPACE_ADMINS', env.SLACK_ADMINS_INCLUDE_WORKSPACE_ADMINS) ?? yamlAdmins?.workspaceAdmins ?? false,
    },
  };
  const parsed = slackConfigSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.join('.');
    // Messages for token fields already name the variable; others get it prefixed.
    const prefix = path.startsWith('admins.users')
      ? 'SLACK_ADMIN_USERS: '
      : path.startsWith('admins.groups')
        ? 'SLACK_ADMIN_GROUPS: '
        : path === 'port'
          ? 'PORT: '
          : '';
    throw new Error(`${prefix}${issue.message}`);
  }
  return parsed.data;
}
