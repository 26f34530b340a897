import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../../../../src/sources/webhooks/signature.js';

const SECRET = 'test-secret-0123456789abcdef';
const body = new TextEncoder().encode('{"id":"d1","facts":[]}');
const now = Date.parse('2026-02-01T09:00:00Z');
const ts = String(now / 1000);

describe('webhook signature', () => {
  it('is HMAC-SHA256 over "<timestamp>.<body>" as documented', () => {
    const expected = createHmac('sha256', SECRET).update(`${ts}.{"id":"d1","facts":[]}`).digest('hex');
    expect(signWebhook(SECRET, ts, body)).toBe(`sha256=${expected}`);
    expect(verifyWebhook(SECRET, ts, `sha256=${expected.toUpperCase()}`, body, now)).toEqual({ ok: true });
  });

  it('refuses wrong, malformed and missing signatures and stale or future timestamps', () => {
    const sig = signWebhook(SECRET, ts, body);
    expect(verifyWebhook('other-secret-0123456789', ts, sig, body, now).ok).toBe(false);
    expect(verifyWebhook(SECRET, ts, 'sha256=abc', body, now)).toMatchObject({ ok: false, reason: expect.stringMatching(/malformed/) });
    expect(verifyWebhook(SECRET, ts, undefined, body, now).ok).toBe(false);
    expect(verifyWebhook(SECRET, undefined, sig, body, now).ok).toBe(false);
    expect(verifyWebhook(SECRET, ts, sig, body, now + 301_000)).toMatchObject({ ok: false, reason: expect.stringMatching(/5 minutes/) });
    expect(verifyWebhook(SECRET, ts, sig, body, now - 301_000).ok).toBe(false);
    expect(verifyWebhook(SECRET, ts, sig, body, now + 299_000).ok).toBe(true);
  });
});
