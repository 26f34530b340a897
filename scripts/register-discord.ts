/**
 * `npm run register`: registers `/greenlight` and `/greenlight-admin` with Discord, for one
 * guild when DISCORD_GUILD_ID is set (instant) or globally. Safe to run again: nothing
 * changes when the commands are already up to date.
 */
import { pathToFileURL } from 'node:url';
import { commands } from '../commands/index.js';
import { discordConfigFromEnv } from '../config/discord-config.js';
import { loadConfig } from '../config/load-config.js';
import { registerDiscordCommands, type RegisterResult } from '../src/platforms/discord/register.js';

/**
 * Registers the commands; writes one line about what happened. Settings come from `env`
 * when given (tests), else from the process's configuration (config/ reads the environment).
 */
export async function runRegister(
  env?: Record<string, string | undefined>,
  write: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Promise<RegisterResult> {
  const config = env ? discordConfigFromEnv(env) : loadConfig().discord;
  if (!config) {
    throw new Error(
      'Discord is not configured: set DISCORD_TOKEN (Developer Portal → Applications → (your app) → Bot → Reset Token) and DISCORD_APPLICATION_ID (General Information → Application ID).',
    );
  }
  const result = await registerDiscordCommands({ config, commands });
  write(
    result.changed
      ? `Registered /${result.names.join(' and /')} (${result.scope}).${config.guildId ? '' : ' Global commands can take up to an hour to appear.'}`
      : `Discord commands already up to date (${result.scope}); nothing changed.`,
  );
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runRegister().catch((err: Error) => {
    process.stderr.write(`register: ${err.message}\n`);
    process.exit(1);
  });
}
