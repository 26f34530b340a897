/**
 * Alert delivery through the bot's REST client against the fake Discord: mentions limited
 * to what the alert allows, hostile text inert, 429s waited out, living cards, forum posts
 * and permanent failures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Alert, DeliveryError, type DeliveryReceipt } from '../../../../src/chat/alert.js';
import { FORUM_CHANNEL, startHarness, TEXT_CHANNEL, type Harness } from './harness.js';

let n = 0;
function alert(overrides: Partial<Alert> = {}): Alert {
  n += 1;
  return {
    id: `alert-${n}`,
    channel: { platform: 'discord', id: TEXT_CHANNEL },
    subscriptionId: 'sub-1',
    kind: 'authorization.status_changed',
    authorizationId: 'cn-h200-import',
    content: {
      severity: 'warning',
      title: 'China H200 import approval: approved with conditions',
      text: 'Reported by Reuters.',
      links: [{ title: 'China approves H200 imports', url: 'https://example.com/reuters-h200' }],
    },
    mentions: { roles: ['1000000000000000055'], users: [], groups: [] },
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

describe('Discord alert delivery', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('names admin commands as Discord types them: a paused source is resumed with /greenlight-admin', async () => {
    const after = h.fake.requests.length;
    await h.bot.target.deliver(
      alert({
        kind: 'source.health',
        content: {
          severity: 'warning',
          title: 'Source wire was paused after 5 failures in a row: HTTP 500. An admin can resume it with /greenlight source resume wire',
        },
      }),
    );
    const post = h.fake.find('POST', new RegExp(`^/channels/${TEXT_CHANNEL}/messages$`)).filter((r) => h.fake.requests.indexOf(r) >= after)[0]!;
    expect(post.body.embeds[0].title).toContain('/greenlight-admin source resume wire');
  });

  it('posts to the channel with allowed_mentions limited to the alert, and hostile text inert', async () => {
    const after = h.fake.requests.length;
    const hostile = alert({
      content: {
        severity: 'error',
        title: '@everyone H200 **BANNED** <@&1000000000000000099>',
        text: '@here click [here](https://evil.example/phish) <@1000000000000000123> ||spoiler|| # Heading',
        sections: [{ heading: '@everyone', fields: [{ label: 'Source', value: '`code` @here' }] }],
      },
    });
    const receipt = await h.bot.target.deliver(hostile);
    const posts = h.fake.find('POST', new RegExp(`^/channels/${TEXT_CHANNEL}/messages$`)).filter((r) => h.fake.requests.indexOf(r) >= after);
    expect(posts).toHaveLength(1);
    const body = posts[0]!.body;
    expect(body.allowed_mentions).toEqual({ parse: [], roles: ['1000000000000000055'], users: [] });
    expect(body.content).toBe('<@&1000000000000000055>');
    const embed = body.embeds[0];
    // No unescaped mention, ping or markdown survives from the source text.
    const visible = [embed.title, embed.description, ...embed.fields.flatMap((f: any) => [f.name, f.value])].join('\n');
    expect(visible).not.toMatch(/(^|[^\\])@(everyone|here)/);
    expect(visible).not.toMatch(/(^|[^\\])<@/);
    expect(visible).not.toMatch(/(^|[^\\])\[here\]\(/);
    expect(visible).not.toMatch(/(^|[^\\])\*\*BANNED/);
    expect(embed.title).toContain('BANNED');
    expect(receipt.messageRef).toMatch(new RegExp(`^${TEXT_CHANNEL}/\\d+$`));
  });

  it('waits out a 429 with rate-limit headers and posts the alert exactly once', async () => {
    const after = h.fake.requests.length;
    h.fake.failNext({
      method: 'POST',
      path: new RegExp(`^/channels/${TEXT_CHANNEL}/messages$`),
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
      headers: {
        'retry-after': '1',
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': '0.3',
        'x-ratelimit-bucket': 'fakebucket',
        'x-ratelimit-scope': 'user',
      },
    });
    const a = alert();
    await h.bot.target.deliver(a);
    const posts = h.fake.find('POST', new RegExp(`^/channels/${TEXT_CHANNEL}/messages$`)).filter((r) => h.fake.requests.indexOf(r) >= after);
    expect(posts).toHaveLength(2);
    expect(posts[0]!.body.nonce).toBe(posts[1]!.body.nonce);
    // The fake answered the first with 429: one message was created.
    expect(posts.map((p) => p.body.embeds[0].title)).toEqual([a.content.title, a.content.title]);
  });

  it('keeps a living card: edits the first message and posts the change in its thread', async () => {
    const first = await h.bot.target.deliver(alert({ livingCard: {} }));
    const [channelId, messageId] = first.messageRef!.split('/');
    const after = h.fake.requests.length;
    const update = alert({
      livingCard: { existingMessageRef: first.messageRef! },
      content: { severity: 'info', title: 'China H200 import approval: quota raised', text: 'Now over 500,000.' },
    });
    const second = await h.bot.target.deliver(update);
    expect(second.messageRef).toBe(first.messageRef);
    const recent = h.fake.requests.slice(after);
    const edit = recent.find((r) => r.method === 'PATCH' && r.path === `/channels/${channelId}/messages/${messageId}`);
    expect(edit?.body.embeds[0].title).toBe('China H200 import approval: quota raised');
    expect(recent.some((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages/${messageId}/threads`)).toBe(true);
    const inThread = recent.find((r) => r.method === 'POST' && r.path === `/channels/${messageId}/messages`);
    expect(inThread?.body.embeds[0].description).toBe('Now over 500,000.');
    expect(inThread?.body.allowed_mentions.parse).toEqual([]);
    // A later change reuses the thread.
    const after2 = h.fake.requests.length;
    await h.bot.target.deliver(alert({ livingCard: { existingMessageRef: first.messageRef! } }));
    expect(h.fake.requests.slice(after2).filter((r) => r.path.endsWith('/threads'))).toHaveLength(0);
  });

  it('creates a post in a forum channel', async () => {
    const receipt = await h.bot.target.deliver(alert({ channel: { platform: 'discord', id: FORUM_CHANNEL } }));
    const post = h.fake.find('POST', new RegExp(`^/channels/${FORUM_CHANNEL}/threads$`)).at(-1);
    expect(post?.body.name).toBe('China H200 import approval: approved with conditions');
    expect(post?.body.message.allowed_mentions.parse).toEqual([]);
    const [threadId, messageId] = receipt.messageRef!.split('/');
    expect(threadId).toBe(messageId);
  });

  it.each([
    ['a forum post', FORUM_CHANNEL, new RegExp(`^/channels/${FORUM_CHANNEL}/threads$`)],
    ['a channel message', TEXT_CHANNEL, new RegExp(`^/channels/${TEXT_CHANNEL}/messages$`)],
  ])('creates %s once when Discord took it but the answer was lost (the retry repeats the nonce)', async (_what, channelId, route) => {
    const after = h.fake.requests.length;
    const forumPostsBefore = h.fake.forumPosts.length;
    const messagesBefore = h.fake.channelMessages.length;
    h.fake.loseAnswerNext('POST', route);
    const a = alert({ channel: { platform: 'discord', id: channelId } });
    // The REST client may retry the reset itself; if it gives up, the outbox delivers again.
    const first = await h.bot.target.deliver(a).then(
      (r) => r,
      (err: unknown) => err,
    );
    const receipt = first instanceof Error ? await h.bot.target.deliver(a) : (first as DeliveryReceipt);
    const sent = h.fake.find('POST', route).filter((r) => h.fake.requests.indexOf(r) >= after);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    if (channelId === FORUM_CHANNEL) {
      expect(h.fake.forumPosts.length - forumPostsBefore).toBe(1);
      const id = h.fake.forumPosts.at(-1)!.id;
      expect(receipt.messageRef).toBe(`${id}/${id}`);
    } else {
      expect(h.fake.channelMessages.length - messagesBefore).toBe(1);
      expect(receipt.messageRef).toBe(`${TEXT_CHANNEL}/${h.fake.channelMessages.at(-1)!.id}`);
    }
    const messages = sent.map((r) => (channelId === FORUM_CHANNEL ? r.body.message : r.body));
    expect(new Set(messages.map((m) => m.nonce)).size).toBe(1);
    expect(messages.every((m) => m.enforce_nonce === true)).toBe(true);
  });

  it.each([
    [403, 50013, 'Missing Permissions', 'forbidden'],
    [403, 50001, 'Missing Access', 'forbidden'],
    [404, 10003, 'Unknown Channel', 'channel_gone'],
  ])('turns %i / %i (%s) into a permanent DeliveryError %s', async (status, code, message, expected) => {
    h.fake.failNext({ method: 'POST', path: new RegExp(`^/channels/${TEXT_CHANNEL}/messages$`), status, body: { message, code } });
    const error = await h.bot.target.deliver(alert()).then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).code).toBe(expected);
    expect((error as DeliveryError).permanent).toBe(true);
    expect((error as DeliveryError).message).toContain(TEXT_CHANNEL);
  });

  it('reports a channel that does not exist as gone', async () => {
    const error = await h.bot.target.deliver(alert({ channel: { platform: 'discord', id: '1000000000000000404' } })).then(
      () => null,
      (err: unknown) => err,
    );
    expect((error as DeliveryError).code).toBe('channel_gone');
  });

  it('turns repeated server errors into a transient DeliveryError (unavailable)', async () => {
    for (let i = 0; i < 4; i++)
      h.fake.failNext({ method: 'POST', path: new RegExp(`^/channels/${TEXT_CHANNEL}/messages$`), status: 502, body: { message: 'Bad Gateway', code: 0 } });
    const error = await h.bot.target.deliver(alert()).then(
      () => null,
      (err: unknown) => err,
    );
    expect((error as DeliveryError).code).toBe('unavailable');
    expect((error as DeliveryError).permanent).toBe(false);
  });
});
