/**
 * The webhook signing scheme (docs/webhooks.md): `X-Greenlight-Signature: sha256=<hex>` where
 * hex = HMAC-SHA256(secret, `${timestamp}.${rawBody}`), and `X-Greenlight-Timestamp` is unix
 * seconds within five minutes of our clock (so a captured request cannot be replayed later).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far the sender's clock may be from ours. */
export const MAX_SKEW_SECONDS = 5 * 60;

/** Header names (lowercase, as node:http gives them). */
export const SIGNATURE_HEADER = 'x-greenlight-signature';
export const TIMESTAMP_HEADER = 'x-greenlight-timestamp';

/** The signature header value for a body (senders and tests use this). */
export function signWebhook(secret: string, timestamp: number | string, rawBody: string | Uint8Array): string {
  const mac = createHmac('sha256', secret);
  mac.update(`${timestamp}.`);
  mac.update(rawBody);
  return `sha256=${mac.digest('hex')}`;
}

/** Why a signature was refused; the text goes into the 401 body (it reveals nothing secret). */
export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** Checks timestamp freshness and the HMAC in constant time. */
export function verifyWebhook(
  secret: string,
  timestampHeader: string | undefined,
  signatureHeader: string | undefined,
  rawBody: Uint8Array,
  nowMs: number,
): SignatureCheck {
  if (!timestampHeader || !/^\d{1,12}$/.test(timestampHeader)) return { ok: false, reason: 'missing or malformed X-Greenlight-Timestamp (unix seconds)' };
  if (Math.abs(nowMs / 1000 - Number(timestampHeader)) > MAX_SKEW_SECONDS) {
    return { ok: false, reason: 'X-Greenlight-Timestamp is more than 5 minutes from the server clock' };
  }
  const m = /^sha256=([0-9a-f]{64})$/i.exec(signatureHeader?.trim() ?? '');
  if (!m) return { ok: false, reason: 'missing or malformed X-Greenlight-Signature (expected sha256=<64 hex digits>)' };
  const expected = Buffer.from(signWebhook(secret, timestampHeader, rawBody).slice('sha256='.length), 'hex');
  const given = Buffer.from(m[1]!.toLowerCase(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? { ok: true } : { ok: false, reason: 'signature does not match' };
}
