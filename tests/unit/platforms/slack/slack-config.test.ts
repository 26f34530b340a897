import { describe, expect, it } from 'vitest';
import { slackConfigFromEnv } from '../../../../config/slack-config.js';

const SECRET = '0123456789abcdef0123456789abcdef';

describe('slackConfigFromEnv', () => {
  it('is null when no SLACK_* variable is set', () => {
    expect(slackConfigFromEnv({ PORT: '8080', HOME: '/root' })).toBeNull();
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: '  ' })).toBeNull();
  });

  it('picks Socket Mode when SLACK_APP_TOKEN is set', () => {
    const c = slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-A1-abc' })!;
    expect(c.mode).toBe('socket');
    expect(c.appToken).toBe('xapp-1-A1-abc');
  });

  it('picks HTTP mode on PORT (default 3000) with the signing secret', () => {
    const c = slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: SECRET })!;
    expect(c).toMatchObject({ mode: 'http', port: 3000, signingSecret: SECRET });
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET, PORT: '8080' })!.port).toBe(8080);
  });

  it('adds the trailing slash to SLACK_API_URL', () => {
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: 'http://127.0.0.1:9000/api' })!.apiUrl).toBe(
      'http://127.0.0.1:9000/api/',
    );
  });

  it.each([
    [{ SLACK_APP_TOKEN: 'xapp-1' }, /^SLACK_BOT_TOKEN is not set: .*OAuth & Permissions.*xoxb-/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /^SLACK_SIGNING_SECRET is not set: .*Basic Information/],
    [{ SLACK_BOT_TOKEN: 'xoxp-user-secret-token', SLACK_SIGNING_SECRET: SECRET }, /^SLACK_BOT_TOKEN does not look like a bot token/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-not-an-app-token' }, /^SLACK_APP_TOKEN does not look like an app-level token/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'short!' }, /^SLACK_SIGNING_SECRET does not look like a signing secret/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET, PORT: 'eighty' }, /^PORT must be a port number/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: 'ftp://x' }, /SLACK_API_URL must be an http\(s\) URL/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET, SLACK_ADMIN_USERS: 'U123,alice' }, /^SLACK_ADMIN_USERS: "alice" is not a Slack user id/],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET, SLACK_ADMINS_INCLUDE_WORKSPACE_ADMINS: 'maybe' },
      /^SLACK_ADMINS_INCLUDE_WORKSPACE_ADMINS must be true or false/,
    ],
  ])('refuses %o with a message naming the variable', (env, message) => {
    expect(() => slackConfigFromEnv(env)).toThrow(message);
  });

  it('never puts a secret value in an error', () => {
    for (const env of [
      { SLACK_BOT_TOKEN: 'xoxp-user-secret-token', SLACK_SIGNING_SECRET: SECRET },
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-secret-app' },
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret with spaces' },
    ]) {
      const message = (() => {
        try {
          slackConfigFromEnv(env);
          return '';
        } catch (e) {
          return (e as Error).message;
        }
      })();
      expect(message).not.toBe('');
      for (const value of Object.values(env)) expect(message).not.toContain(value);
    }
  });

  it('takes admins from YAML, with SLACK_ADMIN_* overriding them', () => {
    const yaml = { users: ['UYAML1'], groups: ['SYAML1'], workspaceAdmins: true };
    const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET };
    expect(slackConfigFromEnv(base, yaml)!.admins).toEqual(yaml);
    expect(slackConfigFromEnv({ ...base, SLACK_ADMIN_USERS: 'UENV1, UENV2', SLACK_ADMINS_INCLUDE_WORKSPACE_ADMINS: 'false' }, yaml)!.admins).toEqual({
      users: ['UENV1', 'UENV2'],
      groups: ['SYAML1'],
      workspaceAdmins: false,
    });
    expect(slackConfigFromEnv(base)!.admins).toEqual({ users: [], groups: [], workspaceAdmins: false });
  });
});
