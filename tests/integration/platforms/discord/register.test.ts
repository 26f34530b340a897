/** `npm run register` against the fake Discord: the expected JSON once, nothing the second time. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../../commands/index.js';
import { buildCommandJson } from '../../../../src/platforms/discord/command-json.js';
import { runRegister } from '../../../../scripts/register-discord.js';
import { FakeDiscord } from '../../../fakes/fake-discord.js';
import { APP_ID, TOKEN } from './harness.js';

const GUILD = '1000000000000000001';

describe('npm run register', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('registers the command tree globally, then changes nothing on a second run', async () => {
    const lines: string[] = [];
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl };
    const first = await runRegister(env, (l) => lines.push(l));
    expect(first.changed).toBe(true);
    const puts = fake.find('PUT', new RegExp(`^/applications/${APP_ID}/commands$`));
    expect(puts).toHaveLength(1);
    expect(puts[0]!.body).toEqual(JSON.parse(JSON.stringify(buildCommandJson(commands))));
    const names = puts[0]!.body.map((c: any) => c.name);
    expect(names).toEqual(['greenlight', 'greenlight-admin']);
    const admin = puts[0]!.body[1];
    expect(admin.default_member_permissions).toBe('32');
    expect(admin.options.find((o: any) => o.name === 'track').options.map((o: any) => o.name)).toEqual(['add', 'edit', 'remove', 'restore']);

    const commandsBefore = JSON.stringify(fake.commands.get(`/applications/${APP_ID}/commands`));
    const second = await runRegister(env, (l) => lines.push(l));
    expect(second.changed).toBe(false);
    expect(fake.find('PUT', /commands$/)).toHaveLength(1);
    expect(JSON.stringify(fake.commands.get(`/applications/${APP_ID}/commands`))).toBe(commandsBefore);
    expect(lines[1]).toContain('nothing changed');
  });

  it('registers to one guild when DISCORD_GUILD_ID is set', async () => {
    await runRegister({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: GUILD }, () => undefined);
    expect(fake.find('PUT', new RegExp(`^/applications/${APP_ID}/guilds/${GUILD}/commands$`))).toHaveLength(1);
    expect(fake.find('PUT', new RegExp(`^/applications/${APP_ID}/commands$`))).toHaveLength(0);
  });

  it('names DISCORD_TOKEN when Discord rejects the token', async () => {
    const error = await runRegister({ DISCORD_TOKEN: 'MTE.wrong.token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl }, () => undefined).then(
      () => null,
      (err: Error) => err,
    );
    expect(error?.message).toContain('DISCORD_TOKEN');
    expect(error?.message).not.toContain('MTE.wrong.token');
  });
});
