import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { MEMBER, storyLedger } from '../../fakes/story-ledger.js';

const ADMIN_LINES = [
  '/greenlight track add name:"Test license" direction:export authority:bis item:h200 holders:bytedance',
  '/greenlight track edit cn-h200-import-pending status:approved',
  '/greenlight track remove cn-h200-import-pending confirm:true',
  '/greenlight track restore cn-h200-import-pending',
  '/greenlight order add item:h200 quantity:1000 buyer:ByteDance',
  '/greenlight order edit ord-cn-firms-2026-01 status:placed',
  '/greenlight condition add authorization:cn-h200-import-group text:"Buy 1 domestic chip per 2 H200"',
  '/greenlight condition edit cond-1 status:final',
  '/greenlight condition remove cond-1',
  '/greenlight party add name:Baidu',
  '/greenlight party edit tencent aliases:腾讯控股',
  '/greenlight party remove baidu confirm:true',
  '/greenlight supply set item:h200 quantity:800000',
  '/greenlight import data:\'{"version":1}\'',
  '/greenlight export',
  '/greenlight subscribe kinds:authorization.status',
  '/greenlight unsubscribe',
  '/greenlight source add newswire url:https://news.example/feed.xml',
  '/greenlight source pause newswire',
  '/greenlight source resume newswire',
  '/greenlight source test newswire',
  '/greenlight source remove newswire confirm:true',
  '/greenlight review list',
  '/greenlight review accept review-1',
  '/greenlight review reject review-1',
];

describe('permissions', () => {
  it('covers every admin command in this test', () => {
    const tested = new Set(ADMIN_LINES.map((l) => l.split(' ').slice(1, 3).join(' ')));
    for (const c of commands.filter((c) => c.permission === 'admin')) {
      expect([...tested].some((t) => t.startsWith(c.name))).toBe(true);
    }
  });

  it.each(ADMIN_LINES)('a non-admin is refused and nothing changes: %s', async (line) => {
    const { run, ledger } = await storyLedger();
    const before = JSON.stringify(ledger.state);
    const { reply } = await run(line, MEMBER);
    expect(reply.severity).toBe('error');
    expect(reply.private).toBe(true);
    expect(reply.text).toMatch(/^Only Greenlight admins can run `\/greenlight [a-z ]+`\. Nothing was changed\./);
    expect(JSON.stringify(ledger.state)).toBe(before);
  });

  it('the same ledger edits work for an admin', async () => {
    const { run } = await storyLedger();
    // Subscription and source commands need their services, review commands a reported candidate;
    // their own tests run them as admins.
    for (const line of ADMIN_LINES.filter((l) => !/subscribe|source |review /.test(l))) {
      const { reply } = await run(line);
      expect(reply.severity, `${line}: ${reply.text}`).not.toBe('error');
    }
  });

  it('queries are open to everyone', async () => {
    const { run } = await storyLedger();
    for (const line of ['/greenlight status', '/greenlight quota h200', '/greenlight list', '/greenlight history cn-h200-import-group', '/greenlight help']) {
      expect((await run(line, MEMBER)).reply.severity).not.toBe('error');
    }
  });
});
