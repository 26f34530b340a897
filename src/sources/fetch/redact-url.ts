/**
 * The one redaction of source URLs. A URL may carry a password (`user:pw@`) or a key in its
 * query (`?api_key=...`); whatever shows or logs a source URL, or a message that may contain
 * one (fetch errors, health alerts, `sources`, `source test`), passes it through here first.
 */

/** What replaces a secret. */
export const REDACTED = '***';

/** Name parts that mark a query parameter as a credential ("api_key", "accessToken", "X-Amz-Signature"). */
const SECRET_PARTS = new Set([
  'key',
  'apikey',
  'token',
  'secret',
  'password',
  'passwd',
  'pwd',
  'pass',
  'passphrase',
  'sig',
  'signature',
  'auth',
  'authorization',
  'credential',
  'credentials',
  'session',
  'sessionid',
  'sid',
  'jwt',
  'bearer',
  'otp',
]);

/** True when a query parameter name looks like it holds a credential. */
export function isSecretParam(name: string): boolean {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    // keep the raw name
  }
  const whole = decoded.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (SECRET_PARTS.has(whole)) return true;
  const parts = decoded.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).map((p) => p.toLowerCase());
  return parts.some((p) => SECRET_PARTS.has(p));
}

function redactPairs(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      const name = pair.slice(0, eq);
      return isSecretParam(name) && pair.length > eq + 1 ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
}

/**
 * The URL with its user name and password replaced by `***`, and the values of query (and
 * fragment) parameters whose names look like credentials replaced by `***`. Everything else
 * is kept byte for byte. Works on strings that are not valid URLs too (best effort).
 */
export function redactUrl(url: string): string {
  let out = url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#\s]*)@/i, (_m, scheme: string) => `${scheme}${REDACTED}@`);
  const hash = out.indexOf('#');
  const fragment = hash >= 0 ? out.slice(hash + 1) : undefined;
  if (hash >= 0) out = out.slice(0, hash);
  const q = out.indexOf('?');
  if (q >= 0) out = `${out.slice(0, q + 1)}${redactPairs(out.slice(q + 1))}`;
  if (fragment !== undefined) out += `#${fragment.includes('=') ? redactPairs(fragment) : fragment}`;
  return out;
}

/** Every URL inside a free text (an error message, a log line) passed through {@link redactUrl}. */
export function redactUrlsIn(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi, (m) => {
    // Sentence punctuation after a URL is not part of it.
    const tail = /[.,;:!?)\]]+$/.exec(m)?.[0] ?? '';
    return redactUrl(m.slice(0, m.length - tail.length)) + tail;
  });
}

/** True when the URL carries a user name or password. */
export function hasUserInfo(url: string): boolean {
  try {
    const u = new URL(url);
    return u.username !== '' || u.password !== '';
  } catch {
    return /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]*@/i.test(url);
  }
}
