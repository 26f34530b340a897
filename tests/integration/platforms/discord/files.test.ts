/**
 * Export and import on Discord, through the real discord.js client against the fake: the
 * export reply attaches the ledger file (multipart), and import reads a file attached to the
 * command's `file` option (an Attachment option, downloaded from the fake's CDN URL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatInput } from '../../../fakes/fake-discord-payloads.js';
import { parseLedgerFile, serializeLedgerFile } from '../../../../src/core/ledger-file.js';
import type { LedgerEvent } from '../../../../src/core/events.js';
import { ADMIN_ROLE, APP_ID, startHarness, type Harness } from './harness.js';

const admin = { userId: '1000000000000000101', username: 'lead', roles: [ADMIN_ROLE] };

describe('Discord export and import', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ DISCORD_ADMIN_ROLES: ADMIN_ROLE });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Dispatches an interaction; returns the body of the bot's answer (callback, or the edit after a deferral). */
  async function interact(payload: any) {
    const after = h.fake.requests.length;
    h.fake.dispatch('INTERACTION_CREATE', payload);
    const callback = await h.fake.waitFor('POST', new RegExp(`^/interactions/${payload.id}/[^/]+/callback$`), 10_000, after);
    // A multipart callback carries the files beside `data` (the fake reads them into _files / _fileContents).
    if (callback.body?.type !== 5) return { ...callback.body.data, _files: callback.body._files, _fileContents: callback.body._fileContents };
    const later = await h.fake.waitFor('PATCH', new RegExp(`^/webhooks/${APP_ID}/${payload.token}/messages/@original$`), 10_000, after);
    return later.body;
  }

  function withAttachment(name: string, content: string) {
    const file = h.fake.addAttachment(name, content);
    const payload: any = chatInput(APP_ID, admin, 'greenlight-admin', 'import', [{ name: 'file', value: file.id, type: 11 }]);
    payload.data.resolved = { attachments: { [file.id]: file } };
    return payload;
  }

  it('attaches the export as a file whose contents are the ledger and its history', async () => {
    const data = await interact(chatInput(APP_ID, admin, 'greenlight-admin', 'export'));
    expect(data._files).toHaveLength(1);
    expect(data._files[0]).toMatch(/^greenlight-ledger-.*\.json$/);
    expect(data.embeds[0].title).toContain('Ledger export');
    const parsed = parseLedgerFile(data._fileContents[0].content);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.keys(parsed.doc.authorization ?? {})).toEqual(['cn-h200-import']);
    expect(parsed.doc.history?.length).toBe(h.ledger.state.seq);
  });

  it('imports a file attached to the command, keeping who made each change', async () => {
    const party = { id: 'baidu', name: 'Baidu', aliases: ['百度'] };
    const event = {
      seq: 1,
      type: 'party.added',
      entity: 'party',
      entityId: 'baidu',
      before: null,
      after: party,
      actor: { kind: 'admin', id: 'slack:UOTHER', name: 'Other analyst' },
      tier: 'admin',
      effectiveAt: '2026-02-01T09:00:00.000Z',
      recordedAt: '2026-02-01T09:00:00.000Z',
      evidence: { title: 'Baidu filing', url: 'https://example.com/baidu', seenAt: '2026-02-01T09:00:00.000Z', tier: 'admin' },
    } as unknown as LedgerEvent;
    const state = { ...h.ledger.state, party: { ...h.ledger.state.party, baidu: party } };
    const data = await interact(withAttachment('backup.json', serializeLedgerFile(state, [event], '2026-02-01T10:00:00.000Z')));
    expect(data.embeds[0].title).toContain('Import finished');
    expect(h.ledger.state.party.baidu?.name).toBe('Baidu');
    const history = await h.ledger.history({ entityId: 'baidu' });
    expect(history.map((e) => [e.actor.name, e.evidence?.url])).toEqual([['Other analyst', 'https://example.com/baidu']]);
  });

  it('refuses a bad attached file with the line and field at fault, changing nothing', async () => {
    const seq = h.ledger.state.seq;
    const bad = '{\n  "version": 2,\n  "party": {\n    "x": {"id": "x", "name": 5, "aliases": []}\n  }\n}\n';
    const data = await interact(withAttachment('broken.json', bad));
    const text = `${data.embeds[0].title} ${data.embeds[0].description}`;
    expect(text).toContain('broken.json cannot be imported');
    expect(text).toContain('line 4, party "x" name');
    expect(text).toContain('Nothing was imported');
    expect(h.ledger.state.seq).toBe(seq);
  });
});
