/**
 * The track modal (views.open + view_submission through the router), a slow command
 * answered through response_url, Socket Mode, and startup credential errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackConfigFromEnv } from '../../../../config/slack-config.js';
import { CommandRouter } from '../../../../commands/lib/router.js';
import { commands } from '../../../../commands/index.js';
import { Ledger } from '../../../../src/core/ledger.js';
import { silentLogger, systemClock } from '../../../../src/core/ports.js';
import { visibleText, type SlackBlock } from '../../../../src/platforms/slack/blocks.js';
import { startSlack } from '../../../../src/platforms/slack/index.js';
import { MemoryLedgerStore } from '../../../../src/store/memory-ledger-store.js';
import { interactionBody, postSigned, sendSlashCommand } from '../../../fakes/fake-slack-client.js';
import { FakeSlack, waitFor } from '../../../fakes/fake-slack.js';
import { ADMIN, AUTH_ID, SECRET, startHarness, type Harness } from './harness.js';

const blocksOf = (body: Record<string, unknown> | undefined) => (body?.blocks ?? []) as SlackBlock[];

function submission(user: string, values: Record<string, string>, trigger: string, callbackId = 'greenlight_track_add') {
  const state: Record<string, Record<string, unknown>> = {};
  for (const [name, value] of Object.entries(values)) {
    const select = ['direction', 'status'].includes(name);
    state[`opt_${name}`] = {
      value: select ? { type: 'static_select', selected_option: { text: { type: 'plain_text', text: value }, value } } : { type: 'plain_text_input', value },
    };
  }
  return interactionBody({
    type: 'view_submission',
    team: { id: 'T1', domain: 'fake' },
    user: { id: user, username: 'admin', name: 'admin', team_id: 'T1' },
    api_app_id: 'A1',
    token: 't',
    trigger_id: trigger,
    view: {
      id: 'V1',
      team_id: 'T1',
      type: 'modal',
      callback_id: callbackId,
      private_metadata: '{"channel":"C1"}',
      hash: `h-${trigger}`,
      state: { values: state },
      blocks: [],
    },
  });
}

describe('the track modal', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens a form built from `track add` for an admin', async () => {
    const res = await sendSlashCommand(
      h.url,
      { text: 'track', user_id: ADMIN, response_url: h.fake.responseUrl(), trigger_id: 'trig-open-1' },
      { secret: SECRET },
    );
    expect(res.status).toBe(200);
    const open = await waitFor(() => h.fake.callsOf('views.open')[0], 5000, 'views.open');
    expect(open.params.trigger_id).toBe('trig-open-1');
    const view = open.params.view as { callback_id: string; blocks: { block_id: string; optional: boolean }[] };
    expect(view.callback_id).toBe('greenlight_track_add');
    expect(view.blocks.find((b) => b.block_id === 'opt_name')?.optional).toBe(false);
    expect(view.blocks.find((b) => b.block_id === 'opt_quota')?.optional).toBe(true);
  });

  it('refuses the form to a non-admin, privately', async () => {
    const opened = h.fake.callsOf('views.open').length;
    const res = await sendSlashCommand(h.url, { text: 'track add', user_id: 'U999', response_url: h.fake.responseUrl() }, { secret: SECRET });
    expect(res.json?.response_type).toBe('ephemeral');
    expect(visibleText(blocksOf(res.json))).toContain('Not allowed');
    expect(h.fake.callsOf('views.open')).toHaveLength(opened);
  });

  it('shows validation problems on the field and changes nothing', async () => {
    const seq = h.ledger.state.seq;
    const res = await postSigned(
      h.url,
      submission(ADMIN, { name: 'ab', direction: 'import', authority: 'mofcom', item: 'h200', holders: 'alibaba' }, 'trig-sub-1'),
      { secret: SECRET },
    );
    expect(res.status).toBe(200);
    expect(res.json?.response_action).toBe('errors');
    expect(Object.keys(res.json?.errors as object)).toEqual(['opt_name']);
    expect(h.ledger.state.seq).toBe(seq);
  });

  it('tracks the authorization from a valid submission and shows the result', async () => {
    const res = await postSigned(
      h.url,
      submission(
        ADMIN,
        { name: 'Alibaba H200 import', direction: 'import', authority: 'mofcom', item: 'h200', holders: 'alibaba', status: 'approved', quota: '100,000' },
        'trig-sub-2',
      ),
      { secret: SECRET },
    );
    expect(res.json?.response_action).toBe('update');
    expect(visibleText((res.json?.view as { blocks: SlackBlock[] }).blocks)).toContain('Now tracking');
    expect(h.ledger.state.authorization['alibaba-h200-import']?.quota?.value).toBe(100_000);
  });

  it('refuses a forged submission from a non-admin', async () => {
    const seq = h.ledger.state.seq;
    const res = await postSigned(
      h.url,
      submission('U999', { name: 'Tencent H200 import', direction: 'import', authority: 'mofcom', item: 'h200', holders: 'tencent' }, 'trig-sub-3'),
      { secret: SECRET },
    );
    expect(res.json?.response_action).toBe('errors');
    expect(JSON.stringify(res.json?.errors)).toContain('Not allowed');
    expect(h.ledger.state.seq).toBe(seq);
  });
});

describe('forms for other admin commands', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('`condition add` typed bare opens its own form, built from its options, and the submission adds the condition', async () => {
    await sendSlashCommand(h.url, { text: 'condition add', user_id: ADMIN, response_url: h.fake.responseUrl(), trigger_id: 'trig-cond-1' }, { secret: SECRET });
    const open = await waitFor(() => h.fake.callsOf('views.open').find((c) => c.params.trigger_id === 'trig-cond-1'), 5000, 'views.open');
    const view = open.params.view as { callback_id: string; blocks: { block_id: string; optional: boolean }[] };
    expect(view.callback_id).toBe('greenlight_condition_add');
    expect(view.blocks.filter((b) => !b.optional).map((b) => b.block_id)).toEqual(['opt_authorization', 'opt_text']);
    expect(view.blocks.map((b) => b.block_id)).toContain('opt_note');

    const before = Object.keys(h.ledger.state.condition).length;
    const res = await postSigned(
      h.url,
      submission(ADMIN, { authorization: AUTH_ID, text: 'Report every shipment' }, 'trig-cond-2', 'greenlight_condition_add'),
      { secret: SECRET },
    );
    expect(JSON.stringify(res.json?.errors ?? {})).toBe('{}');
    expect(res.json?.response_action).toBe('update');
    expect(Object.keys(h.ledger.state.condition).length).toBe(before + 1);
    expect(Object.values(h.ledger.state.condition).some((c) => c.text === 'Report every shipment')).toBe(true);
  });

  it('a status query typed bare still just runs (only admin commands that need input get a form)', async () => {
    const opened = h.fake.callsOf('views.open').length;
    const res = await sendSlashCommand(h.url, { text: 'status', user_id: ADMIN, response_url: h.fake.responseUrl() }, { secret: SECRET });
    expect(res.status).toBe(200);
    expect(h.fake.callsOf('views.open')).toHaveLength(opened);
  });
});

describe('a command slower than the ack budget', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ tuning: { ackBudgetMs: 50 }, env: { SLACK_ADMINS_INCLUDE_WORKSPACE_ADMINS: 'true' } });
    // A slow users.info (workspace-admin check) makes the command outlast the ack budget.
    h.fake.on('users.info', async () => {
      await new Promise((r) => setTimeout(r, 400));
      return undefined;
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('acks empty at once and answers through response_url', async () => {
    const responseUrl = h.fake.responseUrl();
    const res = await sendSlashCommand(h.url, { text: 'quota h200', user_id: 'U5', response_url: responseUrl }, { secret: SECRET });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const late = await waitFor(() => h.fake.responses.find((r) => responseUrl.endsWith(r.id)), 10_000, 'late reply');
    expect(late.body.response_type).toBe('ephemeral');
    expect(visibleText(blocksOf(late.body))).toContain('over 400,000 chips');
  });
});

describe('Socket Mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ socket: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers a slash command envelope with the Block Kit reply in the ack', async () => {
    expect(h.runtime.port).toBeUndefined();
    const ack = await h.fake.sendEnvelope('slash_commands', {
      token: 't',
      team_id: 'T1',
      team_domain: 'fake',
      channel_id: 'C1',
      channel_name: 'general',
      user_id: 'U1',
      user_name: 'alice',
      command: '/greenlight',
      text: 'quota h200',
      api_app_id: 'A1',
      response_url: h.fake.responseUrl(),
      trigger_id: 'trig-socket-1',
    });
    const payload = ack.payload as Record<string, unknown>;
    expect(payload.response_type).toBe('ephemeral');
    expect(visibleText(blocksOf(payload))).toContain('over 400,000 chips');
  });
});

describe('startup', () => {
  let fake: FakeSlack;
  beforeAll(async () => {
    fake = await new FakeSlack({ botToken: 'xoxb-the-right-one', appToken: 'xapp-the-right-one' }).start();
  });
  afterAll(async () => {
    await fake?.close();
  });

  const start = (env: Record<string, string>) =>
    startSlack({
      config: slackConfigFromEnv({ PORT: '0', SLACK_API_URL: fake.apiUrl, ...env })!,
      router: new CommandRouter(commands),
      ledger: new Ledger(new MemoryLedgerStore(), systemClock),
      services: {},
      logger: silentLogger,
      tuning: { host: '127.0.0.1' },
    });

  it('names SLACK_BOT_TOKEN and how to get one when Slack rejects it, without the token', async () => {
    const err = (await start({ SLACK_BOT_TOKEN: 'xoxb-wrong-token', SLACK_SIGNING_SECRET: SECRET }).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(
      /^SLACK_BOT_TOKEN was rejected by Slack \(invalid_auth\): create a bot token at api\.slack\.com → your app → OAuth & Permissions/,
    );
    expect(err.message).not.toContain('xoxb-wrong-token');
  });

  it('names SLACK_APP_TOKEN when Slack rejects it', async () => {
    const err = (await start({ SLACK_BOT_TOKEN: 'xoxb-the-right-one', SLACK_APP_TOKEN: 'xapp-wrong' }).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/^SLACK_APP_TOKEN was rejected by Slack \(invalid_auth\)/);
    expect(err.message).not.toContain('xapp-wrong');
  });

  it('says when Slack cannot be reached', async () => {
    const err = (await start({ SLACK_BOT_TOKEN: 'xoxb-the-right-one', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: 'http://127.0.0.1:9/api/' }).catch(
      (e: unknown) => e,
    )) as Error;
    expect(err.message).toMatch(/Could not reach the Slack Web API .* to check SLACK_BOT_TOKEN/);
  });
});
