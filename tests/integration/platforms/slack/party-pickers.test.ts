/**
 * Issue 13, "autocomplete offers parties on both platforms", on Slack: slash commands have no
 * autocomplete there, so the forms of admin commands with a party option pick parties from the
 * ledger as the user types (external_select, answered through bolt's options() handler).
 * Real bolt against signed HTTP requests and the fake Slack Web API.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { interactionBody, postSigned, sendSlashCommand } from '../../../fakes/fake-slack-client.js';
import { waitFor } from '../../../fakes/fake-slack.js';
import { ADMIN, SECRET, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Block = { block_id: string; element: { type: string; action_id: string } };

async function openForm(text: string, trigger: string): Promise<{ callback_id: string; blocks: Block[] }> {
  await sendSlashCommand(h.url, { text, user_id: ADMIN, response_url: h.fake.responseUrl(), trigger_id: trigger }, { secret: SECRET });
  const open = await waitFor(() => h.fake.callsOf('views.open').find((c) => c.params.trigger_id === trigger), 5000, 'views.open');
  return open.params.view as { callback_id: string; blocks: Block[] };
}

async function suggestions(callbackId: string, blockId: string, value: string) {
  const body = interactionBody({
    type: 'block_suggestion',
    team: { id: 'T1', domain: 'fake' },
    user: { id: ADMIN, username: 'admin', name: 'admin', team_id: 'T1' },
    api_app_id: 'A1',
    token: 't',
    action_id: 'value',
    block_id: blockId,
    value,
    view: { id: 'V1', type: 'modal', callback_id: callbackId, private_metadata: '{"channel":"C1"}', blocks: [], state: { values: {} } },
  });
  const res = await postSigned(h.url, body, { secret: SECRET });
  return (res.json?.options ?? []) as { text: { text: string }; value: string }[];
}

it('the order add form picks its buyer from the parties, found by any name', async () => {
  const view = await openForm('order add', 'trig-pick-1');
  const buyer = view.blocks.find((b) => b.block_id === 'opt_buyer')!;
  expect(buyer.element).toMatchObject({ type: 'external_select', action_id: 'value' });

  expect((await suggestions(view.callback_id, 'opt_buyer', 'byte')).map((o) => o.value)).toEqual(['bytedance']);
  // A party added at run time, found by its alias in another language.
  await h.ledger.commit({ kind: 'party.add', input: { name: 'Baidu', aliases: ['百度'] } }, { actor: { kind: 'admin', id: ADMIN }, tier: 'admin' });
  const found = await suggestions(view.callback_id, 'opt_buyer', '百度');
  expect(found.map((o) => o.value)).toEqual(['baidu']);
  expect(found[0]!.text.text).toContain('Baidu');
  // Typing nothing offers the parties (and nothing else).
  const all = (await suggestions(view.callback_id, 'opt_buyer', '')).map((o) => o.value);
  expect(all).toEqual(expect.arrayContaining(['bytedance', 'alibaba', 'tencent', 'baidu']));
  expect(all).not.toContain('h200');
});

it('track add picks several holders, and the submission joins them', async () => {
  const view = await openForm('track add', 'trig-pick-2');
  expect(view.blocks.find((b) => b.block_id === 'opt_holders')!.element.type).toBe('multi_external_select');
  const picked = (value: string) => ({ text: { type: 'plain_text', text: value }, value });
  const values: Record<string, Record<string, unknown>> = {
    opt_name: { value: { type: 'plain_text_input', value: 'Tencent and Alibaba H200 import' } },
    opt_direction: { value: { type: 'static_select', selected_option: picked('import') } },
    opt_authority: { value: { type: 'external_select', selected_option: picked('mofcom') } },
    opt_item: { value: { type: 'external_select', selected_option: picked('h200') } },
    opt_holders: { value: { type: 'multi_external_select', selected_options: [picked('tencent'), picked('alibaba')] } },
  };
  const res = await postSigned(
    h.url,
    interactionBody({
      type: 'view_submission',
      team: { id: 'T1', domain: 'fake' },
      user: { id: ADMIN, username: 'admin', name: 'admin', team_id: 'T1' },
      api_app_id: 'A1',
      token: 't',
      trigger_id: 'trig-pick-3',
      view: {
        id: 'V2',
        team_id: 'T1',
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: '{"channel":"C1"}',
        hash: 'h-pick-3',
        state: { values },
        blocks: [],
      },
    }),
    { secret: SECRET },
  );
  expect(JSON.stringify(res.json?.errors ?? {})).toBe('{}');
  const created = Object.values(h.ledger.state.authorization).find((a) => a.name === 'Tencent and Alibaba H200 import');
  expect(created?.holderIds).toEqual(['tencent', 'alibaba']);
});
