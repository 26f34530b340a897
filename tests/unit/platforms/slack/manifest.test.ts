import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLACK_COMMAND, SLACK_SCOPES } from '../../../../src/platforms/slack/scopes.js';

const manifest = parse(readFileSync(new URL('../../../../manifest.yml', import.meta.url), 'utf8')) as {
  oauth_config: { scopes: { bot: string[]; user?: string[] } };
  features: { slash_commands: { command: string }[]; bot_user: unknown };
  settings: { interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
};

describe('manifest.yml', () => {
  it('asks for exactly the bot scopes the code uses, and no user scopes', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...SLACK_SCOPES].sort());
    expect(manifest.oauth_config.scopes.user).toBeUndefined();
  });

  it('registers the /greenlight command, a bot user, interactivity and Socket Mode', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLACK_COMMAND]);
    expect(manifest.features.bot_user).toBeTruthy();
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
