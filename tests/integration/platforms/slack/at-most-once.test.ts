/**
 * Slack alerts are posted once even when Slack accepted a post but its answer was lost: the
 * connection reset after Slack stored the message, the answer came after the client's
 * timeout, or a 5xx came back for a stored message. Real outbox and dispatcher, real Web
 * API client, fake Slack that stores posts (with their metadata) and answers
 * conversations.history / conversations.replies.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Alert } from '../../../../src/chat/alert.js';
import { Dispatcher } from '../../../../src/alerts/dispatcher.js';
import { Outbox } from '../../../../src/alerts/outbox.js';
import { silentLogger, systemClock } from '../../../../src/core/ports.js';
import { waitFor } from '../../../fakes/fake-slack.js';
import { tempDir } from '../../alerts/harness.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let n = 0;
beforeAll(async () => {
  h = await startHarness({ tuning: { delivery: { channelIntervalMs: 10, requestTimeoutMs: 300 } } });
});
afterAll(async () => {
  await h?.close();
});

function alert(channel: string, over: Partial<Alert> = {}): Alert {
  return {
    id: `ledger:${++n}|sub-1`,
    channel: { platform: 'slack', id: channel },
    subscriptionId: 'sub-1',
    kind: 'authorization.status',
    content: { severity: 'success', title: 'ByteDance H200 import approved', text: 'Status: approved' },
    mentions: { roles: [], users: [], groups: [] },
    createdAt: new Date().toISOString(),
    ...over,
  };
}

let outbox: Outbox;
let dispatcher: Dispatcher;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const dir = await tempDir();
  cleanup = dir.cleanup;
  outbox = await Outbox.open({ path: `${dir.dir}/outbox.jsonl`, logger: silentLogger });
  dispatcher = new Dispatcher({
    outbox,
    targets: new Map([['slack', h.runtime.target]]),
    clock: systemClock,
    logger: silentLogger,
    settings: { baseBackoffMs: 20, maxBackoffMs: 100 },
    onPermanentFailure: async () => {},
  });
  dispatcher.start();
});
afterEach(async () => {
  await dispatcher.stop();
  await outbox.close();
  await cleanup();
});

async function deliverThroughOutbox(a: Alert): Promise<void> {
  await outbox.enqueue([{ alert: a }]);
  await dispatcher.idle();
}

describe('a Slack post whose answer was lost is not posted again', () => {
  it.each([
    ['the connection is reset after Slack stored the post', 'reset' as const],
    ['the answer comes after the client timed out', { delayMs: 1_000 }],
    ['Slack answers 502 although it stored the post', { status: 502 }],
    ['Slack answers internal_error although it stored the post', { error: 'internal_error' }],
  ])('%s', async (_name, how) => {
    const a = alert(`C${200 + n}`);
    h.fake.loseAnswer('chat.postMessage', how);
    await deliverThroughOutbox(a);
    // One post in the channel, carrying its alert id; the outbox holds it as sent.
    expect(h.fake.postsOfAlert(a.id)).toHaveLength(1);
    expect(h.fake.messages.filter((m) => m.channel === a.channel.id)).toHaveLength(1);
    expect(h.fake.postsOfAlert(a.id)[0]!.metadata).toEqual({ event_type: 'greenlight_alert', event_payload: { alert_id: a.id } });
    expect(outbox.pendingCount).toBe(0);
    expect(outbox.has(a.id)).toBe(true);
    // The retry looked in the channel, from around the first attempt on, with metadata.
    const look = h.fake.callsOf('conversations.history').find((c) => c.params.channel === a.channel.id)!;
    expect(look.params.include_all_metadata).toBe('true');
    expect(Number(look.params.oldest)).toBeGreaterThan(Date.now() / 1000 - 600);
  });

  it('posts again when the lost attempt never reached Slack (nothing found in the channel)', async () => {
    const a = alert('C260');
    h.fake.on('chat.postMessage', (p) =>
      p.channel === 'C260' && h.fake.callsOf('chat.postMessage').filter((c) => c.params.channel === 'C260').length === 1
        ? { status: 503, body: 'down' }
        : undefined,
    );
    await deliverThroughOutbox(a);
    h.fake.on('chat.postMessage', () => undefined);
    expect(h.fake.postsOfAlert(a.id)).toHaveLength(1);
    expect(h.fake.callsOf('conversations.history').some((c) => c.params.channel === 'C260')).toBe(true);
  });

  it('keeps the threaded update of a living card single when its answer is lost', async () => {
    const card = alert('C270', { livingCard: {}, authorizationId: 'auth-1' });
    await deliverThroughOutbox(card);
    const cardTs = h.fake.postsOfAlert(card.id)[0]!.ts;
    const update = alert('C270', {
      livingCard: { existingMessageRef: `C270:${cardTs}` },
      authorizationId: 'auth-1',
      content: { severity: 'warning', title: 'ByteDance H200 import suspended' },
    });
    h.fake.loseAnswer('chat.postMessage', 'reset');
    await deliverThroughOutbox(update);
    const replies = h.fake.messages.filter((m) => m.thread_ts === cardTs);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.metadata?.event_payload.alert_id).toBe(update.id);
    expect(h.fake.callsOf('conversations.replies').some((c) => c.params.ts === cardTs)).toBe(true);
  });

  it('does not read the channel after a refusal that cannot have posted (429)', async () => {
    const a = alert('C280');
    let refused = 0;
    h.fake.on('chat.postMessage', (p) =>
      p.channel === 'C280' && refused++ < 4
        ? { status: 429, headers: { 'retry-after': '1', 'content-type': 'application/json' }, body: '{"ok":false,"error":"ratelimited"}' }
        : undefined,
    );
    await deliverThroughOutbox(a);
    h.fake.on('chat.postMessage', () => undefined);
    expect(h.fake.postsOfAlert(a.id)).toHaveLength(1);
    expect(h.fake.callsOf('conversations.history').filter((c) => c.params.channel === 'C280')).toEqual([]);
  }, 20_000);
});

describe('a crash between sending and marking sent', () => {
  const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
  const CHILD = join(import.meta.dirname, 'fixtures', 'slack-outbox-child.ts');

  it('does not post the alert again after a restart (the outbox held it as attempted)', async () => {
    const { dir, cleanup: remove } = await tempDir();
    const id = 'ledger:9001|sub-1';
    // Slack stores the post, but its answer never reaches the process before it dies.
    h.fake.loseAnswer('chat.postMessage', { delayMs: 5_000 });
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, h.fake.apiUrl, h.fake.botToken, id, 'C290'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    try {
      const inChannel = () => h.fake.messages.filter((m) => m.channel === 'C290');
      await waitFor(() => inChannel().length === 1 || child.exitCode !== null, 30_000, 'the child to post');
      child.kill('SIGKILL');
      await exited;
      expect(stderr).toBe('');
      expect(inChannel()).toHaveLength(1);

      // Restart: the same outbox file, a fresh dispatcher and the real target.
      const reopened = await Outbox.open({ path: join(dir, 'outbox.jsonl'), logger: silentLogger });
      const again = new Dispatcher({
        outbox: reopened,
        targets: new Map([['slack', h.runtime.target]]),
        clock: systemClock,
        logger: silentLogger,
        onPermanentFailure: async () => {},
      });
      again.start();
      await again.idle();
      await again.stop();
      expect(reopened.pendingCount).toBe(0);
      await reopened.close();
      expect(inChannel()).toHaveLength(1);
      expect(h.fake.postsOfAlert(id)).toHaveLength(1);
      expect(h.fake.callsOf('conversations.history').some((c) => c.params.channel === 'C290')).toBe(true);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
      await remove();
    }
  }, 60_000);
});
