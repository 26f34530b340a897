/**
 * `npm start`'s composition root with every platform at once: Slack (HTTP mode) and
 * Discord against their local fakes, and the shell, side by side, sharing one ledger and
 * one alert pipeline.
 */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load-config.js';
import { silentLogger } from '../../src/core/ports.js';
import { startApp, type App } from '../../src/start-app.js';
import { FakeDiscord } from '../fakes/fake-discord.js';
import { FakeSlack, waitFor } from '../fakes/fake-slack.js';
import { sendSlashCommand } from '../fakes/fake-slack-client.js';

const SECRET = 'fakesigningsecret0123456789abcdef';
const DISCORD_TOKEN = 'MTAxMjM0NTY3ODkwMTIzNDU2Nw.GhIjKl.fake-token-for-tests-only_0123456789';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm start with Slack, Discord and the shell side by side', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.reverse()) await fn();
    cleanup.length = 0;
  });

  it('connects to both platforms; an admin edit from Slack raises an alert in the shell', async () => {
    const slack = await new FakeSlack().start();
    cleanup.push(() => slack.close());
    const discord = await FakeDiscord.start({ token: DISCORD_TOKEN, applicationId: '223344556677889900' });
    cleanup.push(() => discord.close());
    const port = await freePort();
    const config = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'gl-app-')),
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      SLACK_ADMIN_USERS: 'UADMIN1',
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: '223344556677889900',
      DISCORD_API_URL: discord.apiUrl,
    });
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let printed = '';
    stdout.on('data', (d) => (printed += d));
    const app: App = await startApp({ config, args: { shell: true }, logger: silentLogger, stdin, stdout });
    cleanup.push(() => app.stop());

    expect(slack.callsOf('auth.test').length).toBeGreaterThan(0);
    expect(discord.identifies.length).toBe(1);

    stdin.write('/greenlight subscribe kinds:order.new\n');
    await waitFor(() => printed.includes('Subscribed'));

    const res = await sendSlashCommand(
      `http://127.0.0.1:${port}/slack/events`,
      {
        text: 'order add item:h200 quantity:25000 buyer:Tencent authorization:cn-h200-import-group',
        user_id: 'UADMIN1',
        response_url: slack.responseUrl(),
      },
      { secret: SECRET },
    );
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json)).toContain('25,000 chips');

    await waitFor(() => printed.includes('🔔'));
    const alert = printed.slice(printed.indexOf('🔔'));
    expect(alert).toContain('25,000 chips');
    expect(alert).toMatch(/Tencent|tencent/);

    // A member who is not an admin is refused on Slack, and nothing is added.
    const refused = await sendSlashCommand(
      `http://127.0.0.1:${port}/slack/events`,
      {
        text: 'order add item:h200 quantity:1 buyer:Tencent',
        user_id: 'UOTHER',
        response_url: slack.responseUrl(),
      },
      { secret: SECRET },
    );
    expect(JSON.stringify(refused.json)).toContain('Only Greenlight admins');
    // What a user types is echoed back inert: it can never ping the channel.
    const hostile = await sendSlashCommand(
      `http://127.0.0.1:${port}/slack/events`,
      {
        text: 'status <!channel> @here',
        user_id: 'UOTHER',
        response_url: slack.responseUrl(),
      },
      { secret: SECRET },
    );
    expect(JSON.stringify(hostile.json)).toContain('&lt;!channel&gt;');
    expect(JSON.stringify(hostile.json)).not.toContain('<!channel>');

    stdin.write('/greenlight quota tencent\n');
    await waitFor(() => /Ordered: 25,000 chips/.test(printed));
    expect(printed).not.toMatch(/Ordered: 25,001 chips/);
  });

  it('answers "Greenlight is starting" to a command that reaches Slack while Discord still connects, then runs it once started', async () => {
    const slack = await new FakeSlack().start();
    cleanup.push(() => slack.close());
    const discord = await FakeDiscord.start({ token: DISCORD_TOKEN, applicationId: '223344556677889900' });
    cleanup.push(() => discord.close());
    const releaseReady = discord.holdReady();
    const port = await freePort();
    const config = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'gl-app-')),
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      SLACK_ADMIN_USERS: 'UADMIN1',
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: '223344556677889900',
      DISCORD_API_URL: discord.apiUrl,
    });
    const starting = startApp({ config, args: { shell: false }, logger: silentLogger, stdin: new PassThrough(), stdout: new PassThrough() });
    cleanup.push(() =>
      starting.then(
        (app) => app.stop(),
        () => undefined,
      ),
    );
    // Slack listens (it started first); Discord waits for READY.
    await waitFor(() => discord.identifies.length === 1);
    const subscribe = { text: 'subscribe kinds:order.new', user_id: 'UADMIN1', channel_id: 'C0ALERTS', response_url: slack.responseUrl() };
    const early = await sendSlashCommand(`http://127.0.0.1:${port}/slack/events`, subscribe, { secret: SECRET });
    expect(early.status).toBe(200);
    const earlyText = JSON.stringify(early.json);
    expect(earlyText).toContain('Greenlight is starting, try again in a few seconds');
    // Before, this window answered that alerts were not running, which was false.
    expect(earlyText).not.toContain('Alerts are not running');

    releaseReady();
    await starting;
    const later = await sendSlashCommand(`http://127.0.0.1:${port}/slack/events`, subscribe, { secret: SECRET });
    expect(JSON.stringify(later.json)).toContain('Subscribed');
  });
});

describe('logs (issue 13)', () => {
  it('carry each key once: a platform logger is not given `platform` twice', async () => {
    const { createLogger } = await import('../../src/logger.js');
    const slack = await new FakeSlack().start();
    const discord = await FakeDiscord.start({ token: DISCORD_TOKEN, applicationId: '223344556677889900' });
    const port = await freePort();
    const config = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'gl-logs-')),
      LOG_LEVEL: 'debug',
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      SLACK_ADMIN_USERS: 'UADMIN1',
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: '223344556677889900',
      DISCORD_API_URL: discord.apiUrl,
    });
    const logs = new PassThrough();
    let logged = '';
    logs.on('data', (d) => (logged += d));
    const app = await startApp({ config, args: { shell: false }, logger: createLogger('debug', logs), stdin: new PassThrough(), stdout: new PassThrough() });
    await app.stop();
    await slack.close();
    await discord.close();
    const lines = logged.split('\n').filter(Boolean);
    const withPlatform = lines.filter((l) => l.includes('"platform"'));
    expect(withPlatform.some((l) => l.includes('"platform":"slack"'))).toBe(true);
    expect(withPlatform.some((l) => l.includes('"platform":"discord"'))).toBe(true);
    for (const line of lines) expect(line.match(/"platform":/g)?.length ?? 0, line).toBeLessThanOrEqual(1);
  });
});
