/**
 * Slash commands over HTTP: real Bolt, real Web API client, fake Slack. Asserts what the
 * user would see (the text in the Block Kit reply) and what the ledger holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleText, type SlackBlock } from '../../../../src/platforms/slack/blocks.js';
import { interactionBody, postSigned, sendSlashCommand, slackSignature } from '../../../fakes/fake-slack-client.js';
import { waitFor } from '../../../fakes/fake-slack.js';
import { ADMIN, AUTH_ID, SECRET, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ extraOrders: 60 });
});
afterAll(async () => {
  await h?.close();
});

const blocksOf = (body: Record<string, unknown> | undefined) => (body?.blocks ?? []) as SlackBlock[];
const orderCount = () => Object.keys(h.ledger.state.order).length;
const ORDER_ADD = 'order add item:h200 quantity:1234 buyer:alibaba authorization:china-h200-import';

function command(text: string, user = 'U1') {
  return { text, user_id: user, response_url: h.fake.responseUrl() };
}

describe('Slack slash commands over HTTP', () => {
  it('answers /greenlight quota h200 with the approved and ordered figures in Block Kit, privately', async () => {
    const res = await sendSlashCommand(h.url, command('quota h200'), { secret: SECRET });
    expect(res.status).toBe(200);
    expect(res.json?.response_type).toBe('ephemeral');
    const blocks = blocksOf(res.json);
    const text = visibleText(blocks);
    expect(blocks[0]?.type).toBe('header');
    expect(text).toContain('Quota: H200');
    expect(text).toContain('over 400,000 chips');
    // 50,000 placed; 60 × 10 reported orders, kept apart
    expect(text).toContain('50,000 chips confirmed, 600 chips reported');
    expect(text).toContain('Share in channel');
    expect(blocks.length).toBeLessThanOrEqual(50);
  });

  it('posts in the channel when the text starts with `share`', async () => {
    const res = await sendSlashCommand(h.url, command('share quota h200'), { secret: SECRET });
    expect(res.json?.response_type).toBe('in_channel');
    expect(visibleText(blocksOf(res.json))).toContain('over 400,000 chips');
  });

  it('shares a private reply in the channel when "Share in channel" is pressed', async () => {
    const res = await sendSlashCommand(h.url, command('quota h200'), { secret: SECRET });
    const actions = blocksOf(res.json).find((b) => b.type === 'actions') as unknown as { elements: { action_id: string; value: string }[] };
    const share = actions.elements.find((e) => e.action_id === 'greenlight_share')!;
    const responseUrl = h.fake.responseUrl();
    const click = await postSigned(
      h.url,
      interactionBody({
        type: 'block_actions',
        user: { id: 'U1', username: 'alice', name: 'alice', team_id: 'T1' },
        api_app_id: 'A1',
        token: 't',
        container: { type: 'message', message_ts: '1.1', channel_id: 'C1', is_ephemeral: true },
        trigger_id: 'trig-share-1',
        team: { id: 'T1', domain: 'fake' },
        channel: { id: 'C1', name: 'general' },
        response_url: responseUrl,
        actions: [{ action_id: share.action_id, block_id: 'greenlight_buttons', value: share.value, type: 'button', action_ts: '1.2' }],
      }),
      { secret: SECRET },
    );
    expect(click.status).toBe(200);
    const posted = await waitFor(() => h.fake.responses.find((r) => responseUrl.endsWith(r.id)), 10_000, 'shared reply');
    expect(posted.body.response_type).toBe('in_channel');
    const text = visibleText(blocksOf(posted.body));
    expect(text).toContain('over 400,000 chips');
    expect(text).toContain('Shared by <@U1>');
  });

  it('records an admin order once even when Slack retries the request', async () => {
    const before = orderCount();
    const body = new URLSearchParams({
      token: 't',
      team_id: 'T1',
      channel_id: 'C1',
      channel_name: 'general',
      user_id: ADMIN,
      user_name: 'admin',
      command: '/greenlight',
      text: ORDER_ADD,
      response_url: h.fake.responseUrl(),
      trigger_id: 'trigger-retry-1',
      api_app_id: 'A1',
    }).toString();
    const first = await postSigned(h.url, body, { secret: SECRET });
    const retry = await postSigned(h.url, body, { secret: SECRET, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(visibleText(blocksOf(first.json))).toContain('1,234');
    expect(orderCount()).toBe(before + 1);
  });

  it('refuses an admin command from a non-admin privately and changes nothing', async () => {
    const seq = h.ledger.state.seq;
    const res = await sendSlashCommand(h.url, command(ORDER_ADD, 'U999'), { secret: SECRET });
    expect(res.json?.response_type).toBe('ephemeral');
    const text = visibleText(blocksOf(res.json));
    expect(text).toContain('Not allowed');
    expect(text).not.toContain('Share in channel');
    expect(h.ledger.state.seq).toBe(seq);
  });

  it.each([
    ['forged', { secret: SECRET, forgedSignature: 'v0=' + '0'.repeat(64) }],
    ['signed with another secret', { secret: 'another-secret-entirely-0000' }],
    ['unsigned', { secret: SECRET, unsigned: true }],
    ['stale (six minutes old)', { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 360 }],
    ['dated an hour in the future (correctly signed)', { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) + 3600 }],
    ['dated six minutes in the future (correctly signed)', { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) + 360 }],
  ])('answers a %s request with 401 and runs nothing', async (_name, opts) => {
    const seq = h.ledger.state.seq;
    const res = await sendSlashCommand(h.url, command(ORDER_ADD, ADMIN), opts);
    expect(res.status).toBe(401);
    expect(h.ledger.state.seq).toBe(seq);
  });

  it('accepts a correctly signed request dated two minutes ahead (clock skew within five minutes)', async () => {
    const res = await sendSlashCommand(h.url, command('quota h200'), { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) + 120 });
    expect(res.status).toBe(200);
    expect(visibleText(blocksOf(res.json))).toContain('Quota: H200');
  });

  it('keeps a long reply within 50 blocks and pages it with a working More button', async () => {
    const res = await sendSlashCommand(h.url, command(`history ${AUTH_ID} limit:62`), { secret: SECRET });
    const blocks = blocksOf(res.json);
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(visibleText(blocks)).toContain('(1/2)');
    const actions = blocks.find((b) => b.type === 'actions') as unknown as { elements: { action_id: string; value: string }[] };
    const more = actions.elements.find((e) => e.action_id === 'greenlight_more')!;
    const responseUrl = h.fake.responseUrl();
    await postSigned(
      h.url,
      interactionBody({
        type: 'block_actions',
        user: { id: 'U1', username: 'alice', name: 'alice', team_id: 'T1' },
        api_app_id: 'A1',
        token: 't',
        container: { type: 'message', message_ts: '1.1', channel_id: 'C1', is_ephemeral: true },
        trigger_id: 'trig-more-1',
        team: { id: 'T1', domain: 'fake' },
        channel: { id: 'C1', name: 'general' },
        response_url: responseUrl,
        actions: [{ action_id: more.action_id, block_id: 'greenlight_buttons', value: more.value, type: 'button', action_ts: '1.2' }],
      }),
      { secret: SECRET },
    );
    const page2 = await waitFor(() => h.fake.responses.find((r) => responseUrl.endsWith(r.id)), 10_000, 'page 2');
    const blocks2 = blocksOf(page2.body);
    expect(blocks2.length).toBeLessThanOrEqual(50);
    expect(visibleText(blocks2)).toContain('(2/2)');
    expect(page2.body.response_type).toBe('ephemeral');
  });

  it('answers GET /healthz with 200', async () => {
    const res = await fetch(`${h.origin}/healthz`);
    expect(res.status).toBe(200);
    await res.text();
  });

  it('signs as Slack does (sanity check of the test helper)', () => {
    expect(
      slackSignature(
        '8f742231b10e8888abcd99yyyzzz85a5',
        1531420618,
        'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
      ),
    ).toBe('v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
  });
});
