/**
 * Alert delivery through the real Web API client to the fake Slack: escaping, mentions,
 * living cards, joining channels, 429 handling and error mapping.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Alert, DeliveryError } from '../../../../src/chat/alert.js';
import { visibleText, type SlackBlock } from '../../../../src/platforms/slack/blocks.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let n = 0;
beforeAll(async () => {
  h = await startHarness({ tuning: { delivery: { channelIntervalMs: 50 } } });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.fake.calls.length = 0;
});

function alert(channel: string, over: Partial<Alert> = {}): Alert {
  return {
    id: `alert-${++n}`,
    channel: { platform: 'slack', id: channel },
    subscriptionId: 'sub-1',
    kind: 'authorization.status_changed',
    content: {
      severity: 'success',
      title: 'ByteDance H200 import approved',
      text: 'Status: approved with conditions',
      links: [{ title: 'Reuters', url: 'https://www.reuters.com/x' }],
    },
    mentions: { roles: [], users: [], groups: [] },
    createdAt: new Date().toISOString(),
    ...over,
  };
}

const posts = () => h.fake.callsOf('chat.postMessage');
const blocksOf = (params: Record<string, unknown>) => params.blocks as SlackBlock[];

describe('SlackDeliveryTarget', () => {
  it('posts an alert as Block Kit with escaped text, pinging only the listed user and group', async () => {
    const hostile = '<!channel> @everyone <@U123> <!here|here> & <https://evil.example|click>';
    await h.runtime.target.deliver(
      alert('C100', {
        content: {
          severity: 'warning',
          title: `Headline ${hostile}`,
          text: hostile,
          sections: [{ heading: hostile, fields: [{ label: hostile, value: hostile }] }],
        },
        mentions: { roles: [], users: ['U777'], groups: ['S42'] },
      }),
    );
    expect(posts()).toHaveLength(1);
    const params = posts()[0]!.params;
    const all = `${String(params.text)}\n${visibleText(blocksOf(params))}`;
    expect(all).toContain('<!subteam^S42>');
    expect(all).toContain('<@U777>');
    // Shown as written, but `@everyone` carries a zero-width joiner: it cannot notify.
    expect(all).toContain('&lt;!channel&gt; @\u200deveryone &lt;@U123&gt;');
    expect(all).not.toMatch(/@(everyone|here|channel)/i);
    // Every mrkdwn object is verbatim, so Slack does not parse plain mentions in it either.
    const mrkdwn = JSON.stringify(params.blocks).match(/\{"type":"mrkdwn"[^}]*\}/g) ?? [];
    expect(mrkdwn.length).toBeGreaterThan(2);
    for (const m of mrkdwn) expect(JSON.parse(m)).toMatchObject({ verbatim: true });
    // Nothing but the two listed mentions is a live Slack token.
    const live = all.match(/<[^>]*>/g) ?? [];
    expect(new Set(live)).toEqual(new Set(['<!subteam^S42>', '<@U777>']));
    expect(all).not.toContain('<https://evil.example');
  });

  it('shows evidence links and returns no card reference for a plain alert', async () => {
    const receipt = await h.runtime.target.deliver(alert('C101'));
    expect(receipt.messageRef).toBeUndefined();
    expect(visibleText(blocksOf(posts()[0]!.params))).toContain('<https://www.reuters.com/x|Reuters>');
  });

  it('keeps a living card: posts it first, then edits it and threads the update (broadcast when asked)', async () => {
    const first = await h.runtime.target.deliver(alert('C102', { livingCard: {} }));
    expect(first.messageRef).toMatch(/^C102:\d+\.\d+$/);
    const ts = first.messageRef!.split(':')[1];
    const second = await h.runtime.target.deliver(
      alert('C102', {
        livingCard: { existingMessageRef: first.messageRef!, broadcast: true },
        content: { severity: 'warning', title: 'ByteDance H200 import suspended' },
      }),
    );
    expect(second.messageRef).toBe(first.messageRef);
    const update = h.fake.callsOf('chat.update')[0]!.params;
    expect(update.ts).toBe(ts);
    expect(visibleText(update.blocks as SlackBlock[])).toContain('suspended');
    const reply = posts()[1]!.params;
    expect(reply.thread_ts).toBe(ts);
    expect(reply.reply_broadcast).toBe('true');
  });

  it('delivers the same alert id only once', async () => {
    const a = alert('C103');
    await Promise.all([h.runtime.target.deliver(a), h.runtime.target.deliver(a)]);
    await h.runtime.target.deliver(a);
    expect(posts()).toHaveLength(1);
  });

  it('joins a public channel it is not in, then posts once', async () => {
    let joined = false;
    h.fake.on('conversations.join', () => {
      joined = true;
      return { ok: true, channel: { id: 'C104' } };
    });
    h.fake.on('chat.postMessage', (p) => (p.channel === 'C104' && !joined ? { ok: false, error: 'not_in_channel' } : undefined));
    await h.runtime.target.deliver(alert('C104'));
    expect(h.fake.callsOf('conversations.join')).toHaveLength(1);
    expect(posts()).toHaveLength(2);
  });

  it('maps a private channel it cannot join to a permanent "forbidden" error', async () => {
    h.fake.on('conversations.join', () => ({ ok: false, error: 'method_not_supported_for_channel_type' }));
    h.fake.on('chat.postMessage', (p) => (p.channel === 'G105' ? { ok: false, error: 'not_in_channel' } : undefined));
    const err = await h.runtime.target.deliver(alert('G105')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).code).toBe('forbidden');
    expect((err as DeliveryError).permanent).toBe(true);
    expect((err as DeliveryError).message).toContain('/invite @Greenlight');
  });

  it.each([
    ['channel_not_found', 'channel_gone'],
    ['is_archived', 'channel_gone'],
    ['missing_scope', 'forbidden'],
    ['invalid_blocks', 'invalid'],
  ])('maps %s to a permanent %s error', async (slackError, code) => {
    h.fake.on('chat.postMessage', () => ({ ok: false, error: slackError }));
    const err = (await h.runtime.target.deliver(alert('C106')).catch((e: unknown) => e)) as DeliveryError;
    expect(err.code).toBe(code);
    expect(err.permanent).toBe(true);
  });

  it('maps a Slack 500 to a transient "unavailable" error', async () => {
    h.fake.on('chat.postMessage', () => ({ status: 500, body: 'oops' }));
    const err = (await h.runtime.target.deliver(alert('C107')).catch((e: unknown) => e)) as DeliveryError;
    expect(err.code).toBe('unavailable');
    expect(err.permanent).toBe(false);
  });

  it('waits out a 429 with Retry-After and delivers the alert exactly once', async () => {
    let rateLimited = 0;
    h.fake.on('chat.postMessage', () => {
      if (rateLimited++ === 0)
        return { status: 429, headers: { 'retry-after': '1', 'content-type': 'application/json' }, body: '{"ok":false,"error":"ratelimited"}' };
      return undefined;
    });
    const receipt = await h.runtime.target.deliver(alert('C108', { livingCard: {} }));
    expect(receipt.messageRef).toMatch(/^C108:/);
    expect(posts()).toHaveLength(2);
    expect(rateLimited).toBe(2);
  });
});

// Overrides live on the shared fake: clear them between tests.
beforeEach(() => {
  for (const m of ['chat.postMessage', 'conversations.join']) h.fake.on(m, () => undefined);
});
