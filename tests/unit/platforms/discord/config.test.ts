/** discordConfigFromEnv: null when off, clear errors naming the variable, never the token. */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { discordConfigFromEnv } from '../../../../config/discord-config.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDA5.secretpart.moresecret';
const APP = '1000000000000000009';

function error(env: Record<string, string | undefined>): string {
  try {
    discordConfigFromEnv(env);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
}

describe('discordConfigFromEnv', () => {
  it('returns null when no DISCORD_* variable is set', () => {
    expect(discordConfigFromEnv({ SLACK_BOT_TOKEN: 'x', DISCORD_TOKEN: '' })).toBeNull();
  });

  it('reads token, application id, API URL, guild and admin lists', () => {
    const config = discordConfigFromEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP,
      DISCORD_API_URL: 'http://127.0.0.1:9/api/',
      DISCORD_GUILD_ID: '1000000000000000001',
      DISCORD_ADMIN_ROLES: '1000000000000000077, 1000000000000000078',
      DISCORD_ADMIN_USERS: '1000000000000000100',
    })!;
    expect(config.token).toBe(TOKEN);
    expect(config.apiUrl).toBe('http://127.0.0.1:9/api');
    expect(config.guildId).toBe('1000000000000000001');
    expect(config.adminRoleIds).toEqual(['1000000000000000077', '1000000000000000078']);
    expect(config.adminUserIds).toEqual(['1000000000000000100']);
  });

  it('takes admin lists from the YAML config unless the environment overrides them', () => {
    const yaml = { adminRoles: ['1000000000000000077'], adminUsers: [1000000000000000] };
    const fromYaml = discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP }, yaml)!;
    expect(fromYaml.adminRoleIds).toEqual(['1000000000000000077']);
    const overridden = discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_ADMIN_ROLES: '1000000000000000099' }, yaml)!;
    expect(overridden.adminRoleIds).toEqual(['1000000000000000099']);
  });

  it('names the missing or wrong variable and where to get it', () => {
    expect(error({ DISCORD_APPLICATION_ID: APP })).toMatch(/DISCORD_TOKEN.*Bot → Reset Token/);
    expect(error({ DISCORD_TOKEN: TOKEN })).toMatch(/DISCORD_APPLICATION_ID.*Application ID/);
    expect(error({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: 'abc' })).toContain('DISCORD_APPLICATION_ID');
    expect(error({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: 'ftp://x' })).toContain('DISCORD_API_URL');
    expect(error({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_ADMIN_ROLES: 'Moderators' })).toContain('DISCORD_ADMIN_ROLES');
    expect(error({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: 'my server' })).toContain('DISCORD_GUILD_ID');
  });

  it('never echoes the token, in errors or when the config is logged', () => {
    const bad = 'not a token with spaces';
    expect(error({ DISCORD_TOKEN: bad, DISCORD_APPLICATION_ID: APP })).not.toContain(bad);
    expect(error({ DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_APPLICATION_ID: APP })).not.toContain(TOKEN);
    const config = discordConfigFromEnv({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP })!;
    expect(JSON.stringify(config)).not.toContain('secretpart');
    expect(inspect(config)).not.toContain('secretpart');
  });
});
