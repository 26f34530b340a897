/**
 * Issue 12 item 10, through the watcher's real webhook server: connections that never finish
 * their headers or body are cut off within the configured budgets, the number of open
 * connections is capped, and known and unknown source ids get the same answers until the
 * signature is checked.
 */
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveWebhookSecret } from '../../../config/sources-schema.js';
import { signWebhook } from '../../../src/sources/webhooks/signature.js';
import { buildWatcher } from './watcher-harness.js';

const SECRET = 'test-secret-0123456789abcdef';
const ENV = { GREENLIGHT_HOOK_SECRET_PROCUREMENT: SECRET, GREENLIGHT_HOOK_SECRET_PAUSED_HOOK: SECRET };
const BODY = JSON.stringify({ id: 'd-1', facts: [{ kind: 'order', item: 'h200', buyer: 'tencent', quantity: '50000 chips' }] });

/** Opens a raw TCP connection; resolves `closed` when the server drops it. */
function rawSocket(port: number): Promise<{ socket: Socket; closed: Promise<number>; data: () => string }> {
  return new Promise((resolve, reject) => {
    let received = '';
    const socket = connect(port, '127.0.0.1');
    const opened = Date.now();
    const closed = new Promise<number>((r) => socket.on('close', () => r(Date.now() - opened)));
    socket.on('data', (d: Buffer) => (received += d.toString('utf8')));
    socket.on('error', () => {});
    socket.once('connect', () => resolve({ socket, closed, data: () => received }));
    socket.once('error', reject);
  });
}

describe('webhook server limits', () => {
  let h: Awaited<ReturnType<typeof buildWatcher>> | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.destroy();
    await h?.close();
    h = undefined;
  });

  const start = async (defaults: Record<string, number> = {}) => {
    h = await buildWatcher(
      [
        { id: 'procurement', kind: 'webhook' },
        { id: 'paused-hook', kind: 'webhook' },
      ],
      {
        defaults: { webhookPort: 0, ...defaults },
        secretFor: (s) => resolveWebhookSecret(s, ENV),
      },
    );
    return h.watcher.webhookAddress()!.port;
  };

  it('50 connections that never finish their headers are all closed once the headers budget is spent', async () => {
    const port = await start({ webhookHeadersTimeoutMs: 1_000 });
    const conns = await Promise.all(Array.from({ length: 50 }, () => rawSocket(port)));
    for (const c of conns) {
      sockets.push(c.socket);
      c.socket.write('POST /hooks/procurement HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    }
    // Hang guard well below the old 30 s; the budget is 1 s.
    const waits = await Promise.race([Promise.all(conns.map((c) => c.closed)), new Promise<'hung'>((r) => setTimeout(() => r('hung'), 8_000))]);
    expect(waits).not.toBe('hung');
    // And the server still takes a real delivery afterwards.
    const ts = Math.floor(h!.clock.now().getTime() / 1000);
    const res = await fetch(`http://127.0.0.1:${port}/hooks/procurement`, {
      method: 'POST',
      body: BODY,
      headers: { 'x-greenlight-timestamp': String(ts), 'x-greenlight-signature': signWebhook(SECRET, ts, BODY) },
    });
    expect(res.status).toBe(202);
  });

  it('a body that stalls is answered 408 and the connection closed once the body budget is spent', async () => {
    const port = await start({ webhookBodyTimeoutMs: 500 });
    const c = await rawSocket(port);
    sockets.push(c.socket);
    c.socket.write('POST /hooks/procurement HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"id":');
    const waited = await Promise.race([c.closed, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 8_000))]);
    expect(waited).not.toBe('hung');
    expect(c.data()).toMatch(/^HTTP\/1\.1 408/);
    expect(h!.ingestor.batches).toEqual([]);
  });

  it('connections beyond the cap are closed at once', async () => {
    const port = await start({ webhookMaxConnections: 10, webhookHeadersTimeoutMs: 60_000 });
    const conns = [];
    for (let i = 0; i < 10; i++) {
      const c = await rawSocket(port);
      sockets.push(c.socket);
      conns.push(c);
    }
    // Let the server accept (and count) the first ten.
    await new Promise((r) => setTimeout(r, 100));
    const extra = await Promise.all(Array.from({ length: 5 }, () => rawSocket(port)));
    sockets.push(...extra.map((c) => c.socket));
    const waits = await Promise.race([Promise.all(extra.map((c) => c.closed)), new Promise<'hung'>((r) => setTimeout(() => r('hung'), 5_000))]);
    expect(waits).not.toBe('hung');
    for (const c of conns) expect(c.socket.destroyed).toBe(false);
  });

  it('answers a known id, an unknown one, a paused one and a non-webhook id alike until the signature is checked', async () => {
    const port = await start();
    await h!.watcher.pause('paused-hook');
    const base = `http://127.0.0.1:${port}`;
    const answer = async (res: Response) => ({ status: res.status, body: await res.text() });
    const ts = Math.floor(h!.clock.now().getTime() / 1000);
    for (const [method, headers] of [
      ['GET', {}],
      ['PUT', {}],
      ['POST', {}],
      ['POST', { 'x-greenlight-timestamp': String(ts), 'x-greenlight-signature': signWebhook('wrong-secret-0123456789', ts, BODY) }],
    ] as const) {
      const seen = [];
      for (const id of ['procurement', 'paused-hook', 'nope', 'Not_An-Id']) {
        seen.push(await answer(await fetch(`${base}/hooks/${id}`, { method, headers, ...(method === 'GET' ? {} : { body: BODY }) })));
      }
      expect(new Set(seen.map((s) => JSON.stringify(s))).size).toBe(1);
      expect(seen[0]!.status).toBe(method === 'GET' || method === 'PUT' ? 405 : 401);
    }
    // After a good signature, the paused source says so.
    const paused = await fetch(`${base}/hooks/paused-hook`, {
      method: 'POST',
      body: BODY,
      headers: { 'x-greenlight-timestamp': String(ts), 'x-greenlight-signature': signWebhook(SECRET, ts, BODY) },
    });
    expect(paused.status).toBe(503);
    expect(h!.ingestor.batches).toEqual([]);
  });
});
