import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config/load-config.js';
import { hasUserInfo, isSecretParam, redactUrl, redactUrlsIn } from '../../../src/sources/fetch/redact-url.js';

describe('redactUrl', () => {
  it('hides userinfo and credential-like query and fragment values, keeping the rest byte for byte', () => {
    expect(redactUrl('https://user:pw@host.example/feed?api_key=K1&q=h200%20news&accessToken=T2&X-Amz-Signature=S3#access_token=F4')).toBe(
      'https://***@host.example/feed?api_key=***&q=h200%20news&accessToken=***&X-Amz-Signature=***#access_token=***',
    );
    expect(redactUrl('https://feeds.example/rss?keywords=h200&page=2')).toBe('https://feeds.example/rss?keywords=h200&page=2');
  });

  it.each([
    'api_key',
    'apikey',
    'key',
    'token',
    'access_token',
    'secret',
    'client_secret',
    'password',
    'sig',
    'signature',
    'auth',
    'sessionId',
    'X-Amz-Credential',
  ])('%s is a credential', (name) => {
    expect(isSecretParam(name)).toBe(true);
  });
  it.each(['q', 'keywords', 'monkey', 'page', 'design', 'author'])('%s is not', (name) => {
    expect(isSecretParam(name)).toBe(false);
  });

  it('finds URLs in free text and keeps the punctuation after them', () => {
    expect(redactUrlsIn('Refusing to fetch https://u:p@h/x?token=abc: host. See (http://a/b?sig=zz).')).toBe(
      'Refusing to fetch https://***@h/x?token=***: host. See (http://a/b?sig=***).',
    );
    expect(hasUserInfo('https://user@h/')).toBe(true);
    expect(hasUserInfo('https://h/a@b')).toBe(false);
  });
});

describe('config: credentials come from the environment', () => {
  const write = (yaml: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'gl-cfg-'));
    writeFileSync(join(dir, 'g.yml'), yaml);
    return join(dir, 'g.yml');
  };

  it('refuses user:password@ in a configured URL with directions, without quoting it', () => {
    const path = write('sources:\n  - id: x\n    url: https://bob:hunter2pw@feeds.example.com/rss\n');
    expect(() => loadConfig({ GREENLIGHT_CONFIG: path })).toThrow(/must not contain a user name or password.*headers:.*env: FEED_TOKEN/s);
    try {
      loadConfig({ GREENLIGHT_CONFIG: path });
    } catch (err) {
      expect((err as Error).message).not.toContain('hunter2pw');
    }
  });

  it('refuses a literal Authorization value and names an unset variable', () => {
    expect(() =>
      loadConfig({ GREENLIGHT_CONFIG: write('sources:\n  - id: x\n    url: https://feeds.example.com/rss\n    headers: { Authorization: "Bearer abc" }\n') }),
    ).toThrow(/carries a credential: take it from the environment/);
    const path = write('sources:\n  - id: x\n    url: https://feeds.example.com/rss\n    headers: { X-Api-Key: { env: FEED_KEY } }\n');
    expect(() => loadConfig({ GREENLIGHT_CONFIG: path })).toThrow(/set FEED_KEY in the environment/);
    expect(loadConfig({ GREENLIGHT_CONFIG: path, FEED_KEY: 'k-123' }).sourceHeaders.get('x')).toEqual({ 'X-Api-Key': 'k-123' });
  });
});
