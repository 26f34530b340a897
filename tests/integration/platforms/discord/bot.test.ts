/**
 * The real discord.js client against the fake Discord: login, slash commands answered with
 * embeds, admin refusals, autocomplete, paging, modals and gateway reconnects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autocomplete, buttonClick, chatInput, MANAGE_GUILD, modalSubmit } from '../../../fakes/fake-discord-payloads.js';
import { FakeDiscord } from '../../../fakes/fake-discord.js';
import { CommandRouter } from '../../../../commands/lib/router.js';
import { commands } from '../../../../commands/index.js';
import { silentLogger } from '../../../../src/core/ports.js';
import { startDiscord } from '../../../../src/platforms/discord/index.js';
import { importLedger, type LedgerExport } from '../../../../src/core/changes/entity.js';
import { ADMIN_ROLE, APP_ID, configFor, seededLedger, startHarness, TOKEN, type Harness } from './harness.js';

const member = { userId: '1000000000000000100', username: 'analyst' };
const EPHEMERAL = 64;

function fieldsOf(embed: any): Record<string, string> {
  return Object.fromEntries((embed.fields ?? []).map((f: any) => [f.name, f.value]));
}

describe('Discord bot against a fake Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ DISCORD_ADMIN_ROLES: ADMIN_ROLE });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Dispatches an interaction and returns the callback the bot sent for it. */
  async function interact(payload: any) {
    const after = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    const request = await h.fake.waitFor('POST', new RegExp(`^/interactions/${payload.id}/[^/]+/callback$`), 10_000, after);
    return request.body;
  }

  it('logs in with only the Guilds intent', () => {
    expect(h.fake.identifies).toHaveLength(1);
    expect(h.fake.identifies[0].intents).toBe(1);
    expect(h.bot.client.user?.id).toBe(APP_ID);
  });

  it('answers /greenlight quota with an embed showing the seeded numbers', async () => {
    const body = await interact(chatInput(APP_ID, member, 'greenlight', 'quota', [{ name: 'target', value: 'bytedance' }]));
    expect(body.type).toBe(4);
    expect(body.data.flags ?? 0).toBe(0);
    const [embed] = body.data.embeds;
    expect(embed.title).toBe('Quota: ByteDance');
    const fields = fieldsOf(embed);
    expect(fields.Approved).toBe('over 400,000 chips');
    expect(fields.Ordered).toBe('250,000 chips');
    expect(fields.Delivered).toBe('100,000 chips');
    expect(fields.Remaining).toBe('over 150,000 chips');
    expect(fields.Used).toContain('63%');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('refuses an admin subcommand from a member without permission, privately, changing nothing', async () => {
    const before = h.ledger.state.seq;
    const body = await interact(
      chatInput(APP_ID, { ...member, permissions: MANAGE_GUILD }, 'greenlight-admin', 'track remove', [{ name: 'id', value: 'cn-h200-import' }]),
    );
    expect(body.type).toBe(4);
    expect(body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(body.data.embeds[0].title).toBe('Not allowed');
    expect(h.ledger.state.seq).toBe(before);
    expect(h.ledger.state.authorization['cn-h200-import']).toBeDefined();
  });

  it('lets a member with the configured admin role make an edit', async () => {
    const body = await interact(
      chatInput(APP_ID, { ...member, roles: [ADMIN_ROLE] }, 'greenlight-admin', 'supply set', [
        { name: 'item', value: 'h200' },
        { name: 'quantity', value: 'about 700,000' },
      ]),
    );
    expect(body.data.embeds[0].title).not.toBe('Not allowed');
    expect(Object.values(h.ledger.state.supply).some((s) => s.quantity.value === 700000)).toBe(true);
  });

  it('answers autocomplete with matching holders (type 8 callback)', async () => {
    const body = await interact(autocomplete(APP_ID, member, 'greenlight', 'quota', [{ name: 'target', value: 'byte', focused: true }]));
    expect(body.type).toBe(8);
    expect(body.data.choices).toEqual([{ name: 'ByteDance (holder, id bytedance)', value: 'bytedance' }]);
  });

  it('opens a modal for a bare admin command and runs the submitted form', async () => {
    const admin = { ...member, roles: [ADMIN_ROLE] };
    const opened = await interact(chatInput(APP_ID, admin, 'greenlight-admin', 'track add'));
    expect(opened.type).toBe(9);
    expect(opened.data.custom_id).toBe('gl:modal:track add');
    expect(opened.data.components.map((row: any) => row.components[0].custom_id)).toEqual(['name', 'direction', 'authority', 'item', 'holders']);
    const body = await interact(
      modalSubmit(APP_ID, admin, 'gl:modal:track add', {
        name: 'Tencent H200 import',
        direction: 'import',
        authority: 'mofcom',
        item: 'h200',
        holders: 'tencent',
      }),
    );
    expect(body.type).toBe(4);
    expect(body.data.flags ?? 0).toBe(0);
    expect(Object.values(h.ledger.state.authorization).some((a) => a.name === 'Tencent H200 import')).toBe(true);
  });

  it('pages a long reply with buttons instead of cutting it off', async () => {
    const condition = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `c-${i + 1}`,
        {
          id: `c-${i + 1}`,
          authorizationId: 'cn-h200-import',
          kind: 'bundling',
          text: `Condition number ${i + 1}: buy domestic chips in ratio ${i + 1}:10`,
          status: 'negotiating',
        },
      ]),
    );
    await h.ledger.commit(importLedger({ version: 1, condition } as LedgerExport), { actor: { kind: 'system', id: 'test' }, tier: 'admin' });
    const body = await interact(chatInput(APP_ID, member, 'greenlight', 'status', [{ name: 'target', value: 'cn-h200-import' }]));
    const first = body.data.embeds[0];
    expect(first.fields.length).toBeLessThanOrEqual(25);
    expect(first.footer.text).toMatch(/^Page 1 of [2-9]$/);
    const [previous, , next] = body.data.components[0].components;
    expect(previous.disabled).toBe(true);
    expect(next.label).toContain('Next');
    // Every condition appears on some page: nothing was cut off.
    const seen = new Set<string>();
    let page = body;
    for (;;) {
      for (const f of page.data.embeds[0].fields ?? []) seen.add(f.value);
      const button = page.data.components[0].components[2];
      if (button.disabled) break;
      page = await interact(buttonClick(APP_ID, member, button.custom_id));
      expect(page.type).toBe(7);
    }
    for (let i = 1; i <= 30; i++) expect(seen).toContain(`Condition number ${i}: buy domestic chips in ratio ${i}:10`);
  });

  it('defers a slow command and then edits the reply', async () => {
    const slow = await startHarnessWithSlowDefer();
    try {
      const payload = chatInput(APP_ID, member, 'greenlight', 'status');
      slow.fake.dispatch('INTERACTION_CREATE', payload);
      const deferred = await slow.fake.waitFor('POST', new RegExp(`^/interactions/${payload.id}/`));
      expect(deferred.body.type).toBe(5);
      const edit = await slow.fake.waitFor('PATCH', new RegExp(`^/webhooks/${APP_ID}/${payload.token}/messages/@original$`));
      expect(edit.body.embeds[0].title).toBe('Greenlight status');
    } finally {
      await slow.close();
    }
  });

  it('survives a gateway reconnect request and a dropped socket, then still answers', async () => {
    const identifies = h.fake.identifies.length;
    h.fake.requestReconnect();
    await waitUntil(() => h.fake.resumes.length >= 1 && h.fake.openSockets === 1);
    h.fake.dropConnections(4000);
    await waitUntil(() => h.fake.resumes.length + h.fake.identifies.length - identifies >= 2 && h.fake.openSockets === 1);
    const body = await interact(chatInput(APP_ID, member, 'greenlight', 'quota', [{ name: 'target', value: 'h200' }]));
    expect(body.data.embeds[0].title).toBe('Quota: H200');
  });
});

describe('Discord startup', () => {
  it('stops with a message naming DISCORD_TOKEN when the token is rejected', async () => {
    const fake = await FakeDiscord.start({ token: 'MTE.other.token', applicationId: APP_ID });
    try {
      const { ledger } = await seededLedger();
      const start = startDiscord({ config: configFor(fake), router: new CommandRouter(commands), ledger, services: {}, logger: silentLogger });
      const error = await start.then(
        () => null,
        (err: Error) => err,
      );
      expect(error?.message).toContain('DISCORD_TOKEN');
      expect(error?.message).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  });
});

async function startHarnessWithSlowDefer(): Promise<Harness> {
  // deferAfterMs 0 makes every command take the deferred path, deterministically.
  return startHarness({}, { deferAfterMs: 0 });
}

async function waitUntil(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
