import { describe, expect, it } from 'vitest';
import { MEMBER, storyLedger } from '../../fakes/story-ledger.js';

describe('parties as records (issue 13)', () => {
  it('refuses an unknown holder with the exact party add command, then tracks it once the party exists', async () => {
    const { run, ledger } = await storyLedger();
    const seq = ledger.state.seq;
    const refused = await run('/greenlight track add name:"Baidu H200 import" direction:import authority:mofcom item:h200 holders:Baidu');
    expect(refused.reply.severity).toBe('error');
    expect(refused.text).toContain('No party matches "Baidu". Add the holder first with `/greenlight party add name:Baidu`');
    expect(ledger.state.seq).toBe(seq);
    const added = await run('/greenlight party add name:Baidu aliases:百度,"Baidu Inc" kind:holder');
    expect(added.reply.severity).toBe('success');
    expect(added.text).toContain('Added Baidu (baidu)');
    const tracked = await run('/greenlight track add name:"Baidu H200 import" direction:import authority:mofcom item:h200 holders:百度');
    expect(tracked.reply.severity).toBe('success');
    const shown = await run('/greenlight status 百度', MEMBER);
    expect(shown.text).toContain('Baidu (baidu): 1 authorization, 0 orders');
    expect(shown.text).toContain('Also known as: 百度, Baidu Inc');
  });

  it('refuses an unknown buyer in order add with the party add command, quoting a name with spaces', async () => {
    const { run, ledger } = await storyLedger();
    const seq = ledger.state.seq;
    const refused = await run('/greenlight order add item:h200 quantity:1000 buyer:"Alibaba Cloud"');
    expect(refused.text).toContain('Add the buyer first with `/greenlight party add name:"Alibaba Cloud"`');
    expect(ledger.state.seq).toBe(seq);
  });

  it('keeps subsidiaries under their parent, lists parties, and refuses to remove one still in use', async () => {
    const { run, ledger } = await storyLedger();
    await run('/greenlight party add name:"Alibaba Cloud" aliases:阿里云 parent:Alibaba');
    await run('/greenlight order add item:h200 quantity:1000 buyer:阿里云');
    const cloud = await run('/greenlight status "Alibaba Cloud"', MEMBER);
    expect(cloud.text).toContain('Part of: Alibaba (alibaba)');
    expect(cloud.text).toContain('Alibaba Cloud (alibaba-cloud): 0 authorizations, 1 order');
    expect((await run('/greenlight status alibaba', MEMBER)).text).toContain('Subsidiaries: Alibaba Cloud (alibaba-cloud)');
    const list = await run('/greenlight parties', MEMBER);
    expect(list.reply.table?.rows).toContainEqual(['alibaba-cloud', 'Alibaba Cloud', '—', 'Alibaba', '阿里云']);
    const seq = ledger.state.seq;
    const inUse = await run('/greenlight party remove alibaba confirm:true');
    expect(inUse.text).toContain('Alibaba is still in use (holder of cn-h200-import-group, parent of Alibaba Cloud); remove or change those first.');
    expect(ledger.state.seq).toBe(seq);
    const loop = await run('/greenlight party edit alibaba parent:"Alibaba Cloud"');
    expect(loop.text).toContain('Alibaba cannot belong to Alibaba Cloud: that would make it its own parent.');
    const clash = await run('/greenlight party add name:Tencent2 aliases:腾讯');
    expect(clash.text).toContain('"腾讯" already names the party Tencent (id tencent).');
    expect((await run('/greenlight party add name:Nobody', MEMBER)).reply.severity).toBe('error');
    const help = (await run('/greenlight help', MEMBER)).text;
    expect(help).toContain('/greenlight party add name:<text>');
    expect(help).toContain('/greenlight parties');
    expect(help).toContain('/greenlight orders');
  });

  it('edits and removes a party, keeping its history in the journal', async () => {
    const { run, ledger } = await storyLedger();
    await run('/greenlight party add name:Baidu');
    const edited = await run('/greenlight party edit baidu aliases:百度 kind:holder');
    expect(edited.reply.severity).toBe('success');
    expect((await run('/greenlight parties kind:holder', MEMBER)).reply.table?.rows.map((r) => r[0])).toEqual([
      'alibaba',
      'baidu',
      'bytedance',
      'other-cn-firms',
      'tencent',
    ]);
    expect((await run('/greenlight parties kind:seller', MEMBER)).reply.table?.rows.map((r) => r[0])).toEqual(['nvidia']);
    const removed = await run('/greenlight party remove 百度 confirm:true');
    expect(removed.text).toContain('Removed Baidu');
    expect(ledger.state.party.baidu).toBeUndefined();
    const events = await ledger.history({ entityId: 'baidu' });
    expect(events.map((e) => e.type)).toEqual(['party.added', 'party.changed', 'party.removed']);
  });
});
