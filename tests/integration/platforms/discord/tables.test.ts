/**
 * Issue 13, "the change column is not cut mid-word", on Discord: a history table rendered by
 * the real client against the fake gateway wraps long cells between words, and every message
 * stays within Discord's limits however long the history.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chatInput } from '../../../fakes/fake-discord-payloads.js';
import { ADMIN_ROLE, APP_ID, startHarness, type Harness } from './harness.js';

let h: Harness;
const admin = { userId: '1000000000000000100', username: 'analyst', roles: [ADMIN_ROLE] };

beforeAll(async () => {
  h = await startHarness({ DISCORD_ADMIN_ROLES: ADMIN_ROLE });
});
afterAll(async () => {
  await h?.close();
});

async function interact(payload: any) {
  const after = h.fake.requests.length;
  h.fake.dispatch('INTERACTION_CREATE', payload);
  return (await h.fake.waitFor('POST', new RegExp(`^/interactions/${payload.id}/[^/]+/callback$`), 10_000, after)).body;
}

function tableOf(embeds: any[]): string {
  return embeds.flatMap((e) => (e.fields ?? []).filter((f: any) => f.name.startsWith('Table')).map((f: any) => f.value)).join('\n');
}

it('wraps a long change between words instead of clipping it with an ellipsis', async () => {
  await interact(
    chatInput(APP_ID, admin, 'greenlight-admin', 'track edit', [
      { name: 'authorization', value: 'cn-h200-import' },
      { name: 'valid_to', value: '2026-12-02' },
      { name: 'status', value: 'suspended' },
    ]),
  );
  const reply = await interact(chatInput(APP_ID, admin, 'greenlight', 'history', [{ name: 'authorization', value: 'cn-h200-import' }]));
  const table = tableOf(reply.data.embeds);
  expect(table).not.toContain('…');
  // Each piece of the change sits whole on its line of the column.
  expect(table).toMatch(/status: approved with\s/);
  expect(table).toMatch(/\bconditions → suspended;/);
  expect(table).toMatch(/valid until: none → 2 Dec\s/);
  expect(table).toMatch(/\b2026\b/);
});

it('a long history stays within the embed limits, over pages', async () => {
  for (let i = 0; i < 30; i++) {
    await interact(
      chatInput(APP_ID, admin, 'greenlight-admin', 'track edit', [
        { name: 'authorization', value: 'cn-h200-import' },
        { name: 'quota', value: String(400_000 + i) },
        { name: 'note', value: `raised after the talks in round ${i} with the ministry` },
      ]),
    );
  }
  const reply = await interact(
    chatInput(APP_ID, admin, 'greenlight', 'history', [
      { name: 'authorization', value: 'cn-h200-import' },
      { name: 'limit', value: 50 },
    ]),
  );
  for (const embed of reply.data.embeds) {
    const size =
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.fields ?? []).reduce((n: number, f: any) => n + f.name.length + f.value.length, 0);
    expect(size).toBeLessThanOrEqual(6000);
    for (const f of embed.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
  }
  expect(reply.data.content?.length ?? 0).toBeLessThanOrEqual(2000);
  expect(tableOf(reply.data.embeds)).not.toContain('…');
});
