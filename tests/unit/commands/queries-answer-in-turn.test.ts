/**
 * Everyday queries answer in the same turn they were asked: Slack's ack and Discord's first
 * interaction reply then carry the answer directly, with no deferral, timer or extra round
 * trip. A query that turns async by accident (an `async run`) still works, so only this test
 * notices it; the Slack latency bench measured the cost (issue 10).
 */
import { describe, expect, it } from 'vitest';
import { isPromiseLike } from '../../../src/chat/awaitable.js';
import { MEMBER, storyLedger } from '../../fakes/story-ledger.js';

const QUERIES = [
  'status',
  'status cn-h200-import-group',
  'status ByteDance',
  'status h200',
  'status ord-cn-firms-2026-01',
  'quota bytedance',
  'list',
  'orders',
  'parties',
  'help',
];

describe('queries answer synchronously', () => {
  it.each(QUERIES)('/greenlight %s', async (line) => {
    const { router, ledger } = await storyLedger();
    const reply = router.runLine(line, { invoker: MEMBER, channel: { platform: 'shell', id: 'shell' }, ledger, services: {} });
    expect(isPromiseLike(reply)).toBe(false);
    expect((reply as { severity: string }).severity).not.toBe('error');
  });

  it('still finds a removed authorization, which needs the journal', async () => {
    const { router, ledger, run } = await storyLedger();
    const removed = await run('/greenlight track remove cn-h200-import-pending note:"merged into the group record" confirm:true');
    expect(removed.reply.severity).not.toBe('error');
    const reply = await router.runLine('status cn-h200-import-pending', { invoker: MEMBER, channel: { platform: 'shell', id: 'shell' }, ledger, services: {} });
    expect(reply.title).toContain('removed from tracking');
  });
});
