/** subscribe / unsubscribe / subscriptions through the router, as users type them. */
import { afterEach, describe, expect, it } from 'vitest';
import { CommandRouter } from '../../../commands/lib/router.js';
import { renderText } from '../../../src/platforms/shell/render-text.js';
import { FakeDeliveryTarget } from '../../fakes/fake-delivery-target.js';
import { MEMBER } from '../../fakes/story-ledger.js';
import { allCommands, channel, harness, tempDir } from './harness.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup() {
  const { dir, cleanup } = await tempDir();
  const h = await harness({ dir, targets: [new FakeDeliveryTarget('test')], digestCronDefault: '0 8 * * *' });
  cleanups.push(cleanup, () => h.service.close());
  return h;
}

describe('subscription commands', () => {
  it('subscribe resolves names and summarises the subscription; subscriptions lists it', async () => {
    const { run } = await setup();
    const here = channel('h200');
    const { reply, text } = await run(
      '/greenlight subscribe kinds:authorization.status,order.new items:H200 holders:"ByteDance, Alibaba" exclude_authorities:BIS min_quantity:10k mention_role:<@&123> mention_group:"<!subteam^S9|@ops>" quiet:22:00-7:00 living_card:true',
      here,
    );
    expect(reply.severity).toBe('success');
    expect(reply.title).toBe('Subscribed #h200 (sub-1)');
    expect(text).toContain(
      'kinds authorization.status, order.new · items Nvidia H200 · holders ByteDance, Alibaba · except authorities US Commerce Department (BIS) · at least 10,000 · instant · quiet 22:00–07:00 · living card · mentions roles 123 · mentions groups S9',
    );
    const list = await run('/greenlight subscriptions', here, MEMBER);
    expect(list.reply.title).toBe('1 subscription in #h200');
    expect(list.text).toContain('sub-1 · on');
    expect((await run('/greenlight subscriptions', channel('other'), MEMBER)).reply.title).toBe('This channel has no subscriptions');
  });

  it('explains mistakes: unknown kinds, ambiguous names, bad schedules, @everyone', async () => {
    const { run } = await setup();
    const c = channel('x');
    const unknown = await run('/greenlight subscribe kinds:order.neww', c);
    expect(unknown.reply.severity).toBe('error');
    expect(unknown.text).toContain('Unknown alert kind: order.neww. Valid kinds: authorization.new, authorization.status');
    const ambiguous = await run('/greenlight subscribe holders:a', c);
    expect(ambiguous.reply.title).toBe('Which one?');
    expect(ambiguous.reply.choices?.length).toBeGreaterThan(1);
    expect((await run('/greenlight subscribe items:nothing-like-this', c)).reply.title).toBe('Not found');
    expect((await run('/greenlight subscribe mode:digest digest:"99 * * * *"', c)).text).toContain('is not a valid cron schedule');
    expect((await run('/greenlight subscribe mention_role:@everyone', c)).text).toMatch(/Alerts cannot mention @\u200deveryone/);
    expect((await run('/greenlight subscribe quiet:late', c)).text).toContain('Quiet hours look like "22:00-07:00"');
    expect((await run('/greenlight subscriptions', c)).reply.title).toBe('This channel has no subscriptions');
    expect((await run('/greenlight subscribe mode:digest', c)).text).toContain('digest 0 8 * * *');
  });

  it('subscribe and unsubscribe are for admins; everyone may list', async () => {
    const { run } = await setup();
    const c = channel('x');
    expect((await run('/greenlight subscribe', c, MEMBER)).reply.title).toBe('Not allowed');
    await run('/greenlight subscribe', c);
    await run('/greenlight subscribe kinds:news', c);
    expect((await run('/greenlight unsubscribe sub-1', c, MEMBER)).reply.title).toBe('Not allowed');
    expect((await run('/greenlight subscriptions all:true', c, MEMBER)).reply.title).toBe('Not allowed');
    expect((await run('/greenlight unsubscribe sub-9', c)).text).toContain('This channel has no subscription sub-9. Its subscriptions: sub-1, sub-2.');
    expect((await run('/greenlight unsubscribe sub-1', channel('elsewhere'))).reply.title).toBe('Not found');
    expect((await run('/greenlight unsubscribe sub-1', c)).reply.title).toBe('Unsubscribed sub-1');
    expect((await run('/greenlight unsubscribe', c)).reply.title).toBe('Removed 1 subscription of this channel');
    expect((await run('/greenlight unsubscribe', c)).reply.title).toBe('Nothing to remove');
  });

  it('says clearly when alerts are not running', async () => {
    const { ledger } = await setup();
    const router = new CommandRouter(allCommands);
    const reply = await router.runLine('/greenlight subscriptions', { invoker: MEMBER, channel: channel('x'), ledger, services: {} });
    expect(renderText(reply)).toContain('Alerts are not running in this Greenlight');
  });
});

describe('no accidental copies (issue 13)', () => {
  it('refuses a second identical subscribe in a channel, pointing at the first; other filters and other channels are fine', async () => {
    const { run, service } = await setup();
    const c = channel('ops');
    expect((await run('/greenlight subscribe items:H200 holders:"ByteDance, Alibaba"', c)).reply.title).toBe('Subscribed #ops (sub-1)');
    const again = await run('/greenlight subscribe holders:"Alibaba, ByteDance" items:h200', c);
    expect(again.reply.severity).toBe('error');
    expect(again.text).toContain(
      'This channel already has this subscription: sub-1 (all kinds · items Nvidia H200 · holders ByteDance, Alibaba · instant). A second one would send every alert twice. Nothing was changed.',
    );
    expect(service.subscriptions.all()).toHaveLength(1);
    expect((await run('/greenlight subscribe items:H200 holders:ByteDance', c)).reply.severity).toBe('success');
    expect((await run('/greenlight subscribe items:H200 holders:"ByteDance, Alibaba"', channel('other'))).reply.severity).toBe('success');
    await run('/greenlight unsubscribe sub-1', c);
    expect((await run('/greenlight subscribe items:H200 holders:"ByteDance, Alibaba"', c)).reply.severity).toBe('success');
  });

  it('names the unsubscribe command the invoker can type (a property of the invoker, not a platform check)', async () => {
    const { run } = await setup();
    const discordAdmin = {
      platform: 'discord',
      userId: '1',
      displayName: 'Ada',
      isAdmin: true,
      adminCommand: '/greenlight-admin',
      capabilities: { localSources: false, attachments: true },
    };
    const { text } = await run('/greenlight subscribe', channel('ops'), discordAdmin);
    expect(text).toContain('Remove it with `/greenlight-admin unsubscribe sub-1`.');
    expect((await run('/greenlight subscribe kinds:news', channel('ops'))).text).toContain('Remove it with `/greenlight unsubscribe sub-2`.');
  });
});
