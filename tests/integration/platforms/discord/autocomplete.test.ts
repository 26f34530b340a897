/**
 * Issue 13, "autocomplete offers parties on both platforms", on Discord: holder, buyer and
 * party options complete from the ledger's parties, by any of their names, including a party
 * added at run time. Real discord.js against the fake gateway.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { autocomplete } from '../../../fakes/fake-discord-payloads.js';
import { ADMIN_ROLE, APP_ID, startHarness, type Harness } from './harness.js';

let h: Harness;
const admin = { userId: '1000000000000000100', username: 'analyst', roles: [ADMIN_ROLE] };

beforeAll(async () => {
  h = await startHarness({ DISCORD_ADMIN_ROLES: ADMIN_ROLE });
  await h.ledger.commit({ kind: 'party.add', input: { name: 'Baidu', aliases: ['百度'] } }, { actor: { kind: 'admin', id: 'discord:1' }, tier: 'admin' });
});
afterAll(async () => {
  await h?.close();
});

async function choices(command: string, path: string, option: string, value: string): Promise<string[]> {
  const payload = autocomplete(APP_ID, admin, command, path, [{ name: option, value, focused: true }]);
  const after = h.fake.requests.length;
  h.fake.dispatch('INTERACTION_CREATE', payload);
  const body = (await h.fake.waitFor('POST', new RegExp(`^/interactions/${payload.id}/[^/]+/callback$`), 10_000, after)).body;
  expect(body.type).toBe(8);
  return body.data.choices.map((c: { value: string }) => c.value);
}

it('offers parties for buyer, holder and party options, by any name', async () => {
  expect(await choices('greenlight-admin', 'order add', 'buyer', '百度')).toEqual(['baidu']);
  expect(await choices('greenlight-admin', 'supply set', 'holder', 'bai')).toEqual(['baidu']);
  expect(await choices('greenlight-admin', 'party edit', 'party', 'Douyin')).toEqual(['bytedance']);
  expect(await choices('greenlight', 'list', 'holder', 'ten')).toEqual(['tencent']);
  expect(await choices('greenlight', 'orders', 'holder', 'ali')).toEqual(['alibaba']);
  // A list of holders completes its last entry and keeps the ones before it.
  expect(await choices('greenlight-admin', 'track add', 'holders', 'tencent, bai')).toEqual(['tencent, baidu']);
});
