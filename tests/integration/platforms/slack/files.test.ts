/**
 * Export and import on Slack, through real Bolt and the real Web API client against the
 * fake: the export is uploaded with filesUploadV2 (into the admin's direct messages), and
 * import reads a file shared in Slack, named by its link or id (files.info + url_private).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLedgerFile, serializeLedgerFile } from '../../../../src/core/ledger-file.js';
import type { LedgerEvent } from '../../../../src/core/events.js';
import { visibleText, type SlackBlock } from '../../../../src/platforms/slack/blocks.js';
import { sendSlashCommand } from '../../../fakes/fake-slack-client.js';
import { waitFor } from '../../../fakes/fake-slack.js';
import { ADMIN, AUTH_ID, SECRET, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** What the user sees: the ack's reply, or the one posted to response_url after an empty ack. */
async function run(text: string, user = ADMIN): Promise<string> {
  const responseUrl = h.fake.responseUrl();
  const res = await sendSlashCommand(h.url, { text, user_id: user, response_url: responseUrl }, { secret: SECRET });
  expect(res.status).toBe(200);
  const blocks = res.json?.blocks as SlackBlock[] | undefined;
  if (blocks?.length) return visibleText(blocks);
  const id = responseUrl.split('/').pop();
  const later = await waitFor(() => h.fake.responses.find((r) => r.id === id), 10_000, 'the reply via response_url');
  return visibleText((later.body.blocks ?? []) as SlackBlock[]);
}

function fileWithBaidu(): string {
  const party = { id: 'baidu', name: 'Baidu', aliases: ['百度'] };
  const event = {
    seq: 1,
    type: 'party.added',
    entity: 'party',
    entityId: 'baidu',
    before: null,
    after: party,
    actor: { kind: 'admin', id: 'discord:42', name: 'Analyst on Discord' },
    tier: 'admin',
    effectiveAt: '2026-02-01T09:00:00.000Z',
    recordedAt: '2026-02-01T09:00:00.000Z',
    evidence: { title: 'Baidu filing', url: 'https://example.com/baidu', seenAt: '2026-02-01T09:00:00.000Z', tier: 'admin' },
  } as unknown as LedgerEvent;
  const state = { ...h.ledger.state, party: { ...h.ledger.state.party, baidu: party } };
  return serializeLedgerFile(state, [event], '2026-02-01T10:00:00.000Z');
}

describe('Slack export and import', () => {
  it('uploads the export into the admin’s direct messages; the fake receives the whole ledger file', async () => {
    const text = await run('export');
    expect(text).toContain('Ledger export');
    expect(text).toContain('in your direct messages with Greenlight');
    expect(h.fake.callsOf('files.getUploadURLExternal')).toHaveLength(1);
    expect(h.fake.callsOf('files.completeUploadExternal')).toHaveLength(1);
    const uploaded = [...h.fake.files.values()].find((f) => f.name.startsWith('greenlight-ledger-'));
    expect(uploaded?.uploaded).toBe(true);
    expect(uploaded?.channels).toEqual([`D${ADMIN.replace(/^U/, '')}`]);
    const parsed = parseLedgerFile(uploaded!.content.toString('utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(Object.keys(parsed.doc.authorization ?? {})).toEqual([AUTH_ID]);
  });

  it('imports a file shared in Slack by its link, keeping who made each change', async () => {
    const id = h.fake.addFile('backup.json', fileWithBaidu());
    const text = await run(`import file:${h.fake.permalink(id)}`);
    expect(text).toContain('Import finished');
    const history = await h.ledger.history({ entityId: 'baidu' });
    expect(history.map((e) => [e.actor.name, e.evidence?.url])).toEqual([['Analyst on Discord', 'https://example.com/baidu']]);
    // The file was fetched with the bot token from url_private.
    expect(h.fake.callsOf('files.info').at(-1)?.params.file).toBe(id);
  });

  it('refuses a bad shared file with the line and field at fault, changing nothing', async () => {
    const seq = h.ledger.state.seq;
    const id = h.fake.addFile('broken.json', '{\n  "version": 2,\n  "order": {\n    "o-1": {"id": "o-1"}\n  }\n}\n');
    const text = await run(`import ${id}`);
    expect(text).toContain('broken.json cannot be imported');
    expect(text).toMatch(/line 4, order "o-1" \w+/);
    expect(text).toContain('Nothing was imported');
    expect(h.ledger.state.seq).toBe(seq);
  });

  it('says how to share a file when the id names none Greenlight can see', async () => {
    const text = await run('import file:F0NOSUCHFILE');
    expect(text).toContain('cannot see file F0NOSUCHFILE');
    expect(text).toContain('Share the file in a channel Greenlight is in');
  });
});
