/** `/greenlight explain` and the review commands, through the real router on the seeded ledger fed by the real pipeline. */
import { describe, expect, it } from 'vitest';
import type { Invoker } from '../../../../src/chat/invoker.js';
import { renderText } from '../../../../src/platforms/shell/render-text.js';
import { ADMIN, MEMBER } from '../../../fakes/story-ledger.js';
import { newsItem, setup, wireBatch } from './helpers.js';

async function withCommands() {
  const env = await setup();
  const run = async (line: string, invoker: Invoker = ADMIN) => {
    const reply = await env.router.runLine(line, {
      invoker,
      channel: { platform: 'shell', id: 'shell' },
      ledger: env.ledger,
      services: { readings: env.ingestor },
    });
    return { reply, text: renderText(reply) };
  };
  return { ...env, run };
}

describe('/greenlight explain', () => {
  it('shows, to everyone, each field read with the words it came from and what the item did', async () => {
    const env = await withCommands();
    const item = newsItem('China approves ByteDance, Alibaba, Tencent to buy more than 400,000 Nvidia H200 chips in total - Reuters');
    await env.ingestor.ingest(wireBatch([item]));
    const { reply, text } = await env.run(`explain ${item.link}`, MEMBER);
    expect(reply.severity).toBe('info');
    expect(text).toContain('What happened');
    // The seed already holds this approval: the item tells that record again.
    expect(text).toContain('restatement (cn-h200-import-group told again as it stands) — "approves"');
    expect(text).toContain('mofcom — "China"');
    expect(text).toContain('bytedance — "ByteDance"; alibaba — "Alibaba"; tencent — "Tencent"');
    expect(text).toContain('over 400,000 chips, quota — "more than 400,000 Nvidia H200 chips"');
    expect(text).toContain('evidence added to cn-h200-import-group');
    expect(text).toMatch(/changed the ledger \(events \d+\)/);
  });

  it('says why a passing mention changed nothing, found by item id as well', async () => {
    const env = await withCommands();
    const item = newsItem('Episode 512: new Macs, Nvidia earnings and the H200');
    await env.ingestor.ingest(wireBatch([item]));
    const { text } = await env.run(`explain ${item.id}`);
    expect(text).toContain('No event read');
    expect(text).toContain('mention in passing ("Episode")');
    expect(text).toContain('changed nothing in the ledger and raised no alert of its own');
  });

  it('answers clearly for an item it has not read, changing nothing', async () => {
    const env = await withCommands();
    const seq = env.ledger.state.seq;
    const { reply } = await env.run('explain https://news.example/never');
    expect(reply).toMatchObject({ severity: 'error', title: 'Item not found', private: true });
    expect(env.ledger.state.seq).toBe(seq);
  });
});

describe('/greenlight review', () => {
  it('lists a reported new holder with its sources, and accepting it tracks it as an admin fact', async () => {
    const env = await withCommands();
    await env.ingestor.ingest(wireBatch(['Reuters', 'Bloomberg'].map((o) => newsItem(`China approves Lenovo to buy 50,000 Nvidia H200 chips - ${o}`))));
    const list = await env.run('review list');
    expect(list.text).toContain('review-1: China H200 import approval (Lenovo)');
    expect(list.text).toContain('Sources (2)');
    expect(list.text).toContain('Reuters: China approves Lenovo');
    expect(list.text).toContain('holders lenovo ("Lenovo")');

    const accepted = await env.run('review accept review-1');
    expect(accepted.reply.severity).toBe('success');
    const auth = env.ledger.state.authorization['cn-h200-import-lenovo']!;
    expect(auth).toMatchObject({ holderIds: ['lenovo'], status: 'approved', quota: { value: 50_000 }, provenance: { status: 'admin' } });
    expect(env.ledger.state.party.lenovo).toMatchObject({ name: 'Lenovo', country: 'CN' });
    expect(env.ledger.state.claim['review-1']).toBeUndefined();
    expect((await env.run('review list')).reply.title).toBe('Nothing to review');
  });

  it('says on the candidate when an official statement has told it too', async () => {
    const env = await withCommands();
    await env.ingestor.ingest(wireBatch([newsItem('Harbour Mining is said to win approval to import Nvidia H200 chips - Bloomberg')]));
    expect((await env.run('review list')).text).not.toContain('stated officially');
    await env.ingestor.ingest(
      wireBatch([newsItem("Ministry of Commerce says it has approved Harbour Mining's H200 import application, a spokesperson said - Xinhua")]),
    );
    const list = await env.run('review list');
    expect(list.text, list.text).toContain('approved (import, mofcom); stated officially');
    expect(list.text).toContain('Sources (2)');
  });

  it('proposes a firm named only in Chinese under an ASCII id and keeps its Chinese name', async () => {
    const env = await withCommands();
    await env.ingestor.ingest(wireBatch([newsItem('商务部批准智元机器人进口英伟达H200芯片')]));
    const accepted = await env.run('review accept review-1');
    expect(accepted.reply.severity).toBe('success');
    const auth = Object.values(env.ledger.state.authorization).find((a) => a.holderIds.some((h) => env.ledger.state.party[h]?.name === '智元机器人'));
    expect(auth?.id).toMatch(/^cn-h200-import-zh-[a-z0-9]+$/);
    expect(auth?.holderIds[0]).toMatch(/^zh-[a-z0-9]+$/);
  });

  it('rejecting keeps the ledger as it was, and the same report is not proposed again', async () => {
    const env = await withCommands();
    await env.ingestor.ingest(wireBatch([newsItem('China approves Lenovo to buy Nvidia H200 chips - Reuters')]));
    const auths = Object.keys(env.ledger.state.authorization).length;
    expect((await env.run('review reject review-1')).reply.severity).toBe('success');
    expect(Object.keys(env.ledger.state.authorization)).toHaveLength(auths);
    expect(env.ledger.state.claim['review-1']!.review).toBe('rejected');
    const again = await env.run('review accept review-1');
    expect(again.reply).toMatchObject({ severity: 'error' });
    expect(again.text).toContain('already rejected');
  });

  it('is for admins only', async () => {
    const env = await withCommands();
    await env.ingestor.ingest(wireBatch([newsItem('China approves Lenovo to buy Nvidia H200 chips - Reuters')]));
    for (const line of ['review list', 'review accept review-1', 'review reject review-1']) {
      expect((await env.run(line, MEMBER)).reply.severity).toBe('error');
    }
    expect(env.ledger.state.claim['review-1']!.review).toBe('pending');
  });
});

describe('claims keep their sources', () => {
  it('counts every outlet supporting a claim as one claim', async () => {
    const env = await withCommands();
    await env.ingestor.ingest(
      wireBatch([
        newsItem('US suspends Nvidia H200 export licenses, sources say - Reuters', { publishedAt: '2026-01-29T10:00:00Z' }),
        newsItem('US suspends Nvidia H200 export licences, people familiar say - Bloomberg', { publishedAt: '2026-01-29T11:00:00Z' }),
      ]),
    );
    const claims = Object.values(env.ledger.state.claim).filter((c) => c.field === 'status');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.value).toBe('suspended');
    expect([claims[0]!.evidence, ...(claims[0]!.support ?? [])].map((e) => e.publisher)).toEqual(['Reuters', 'Bloomberg']);
  });

  it('a report about one holder of a group is a claim for that holder, never a change to the group', async () => {
    const env = await withCommands();
    const group = structuredClone(env.ledger.state.authorization['cn-h200-import-group']!);
    await env.ingestor.ingest(wireBatch([newsItem("China revokes Tencent's approval to buy Nvidia H200 chips")]));
    const after = env.ledger.state.authorization['cn-h200-import-group']!;
    expect(after.status).toBe(group.status);
    expect(after.quota).toEqual(group.quota);
    expect(Object.values(env.ledger.state.claim).map((c) => [c.field, c.value])).toEqual([['status', 'revoked']]);
  });
});
