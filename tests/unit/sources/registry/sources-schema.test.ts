import { describe, expect, it } from 'vitest';
import {
  DEFAULT_USER_AGENT,
  resolveUserAgent,
  resolveWebhookSecret,
  sourceConfigSchema,
  sourceDefaultsSchema,
  sourcesSchema,
} from '../../../../config/sources-schema.js';

describe('sources config schema', () => {
  it('fills defaults by kind: feeds are wire/report, official kinds are official/apply', () => {
    expect(sourceConfigSchema.parse({ id: 'wire', url: 'https://x.example/feed' })).toMatchObject({
      kind: 'feed',
      name: 'wire',
      schedule: '*/5 * * * *',
      tier: 'wire',
      mode: 'report',
      allowPrivate: false,
      limits: { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, maxItems: 500 },
    });
    expect(sourceConfigSchema.parse({ id: 'fr', kind: 'federal-register', federalRegister: { agencies: ['industry-and-security-bureau'] } })).toMatchObject({
      tier: 'official',
      mode: 'apply',
      federalRegister: { agencies: ['industry-and-security-bureau'], types: [], maxPages: 5 },
    });
    expect(sourceConfigSchema.parse({ id: 'procurement', kind: 'webhook' })).toMatchObject({
      tier: 'official',
      mode: 'apply',
      secretEnv: 'GREENLIGHT_HOOK_SECRET_PROCUREMENT',
    });
    expect(sourceConfigSchema.parse({ id: 'filings', url: 'https://x.example/f', tier: 'filing' }).mode).toBe('report');
    expect(sourceConfigSchema.parse({ id: 'api', kind: 'json', url: 'https://x.example/api' }).json).toMatchObject({
      itemsPath: '',
      idField: 'id',
      titleField: 'title',
    });
  });

  it('explains what is wrong', () => {
    const issues = (input: unknown) => sourceConfigSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ id: 'Bad Id', url: 'https://x.example' })?.[0]).toMatch(/^id: ids are lowercase/);
    expect(issues({ id: 'a', url: 'ftp://x.example' })?.[0]).toMatch(/^url: must be an absolute http/);
    expect(issues({ id: 'a', url: 'https://x.example', schedule: '61 * * * *' })?.[0]).toMatch(/^schedule: not a valid cron/);
    expect(issues({ id: 'a' })?.[0]).toBe('url: a feed source needs a url');
    expect(issues({ id: 'a', kind: 'json', url: 'https://x', json: { facts: { kind: 'order', fields: { colour: 'c' } } } })?.[0]).toMatch(
      /"colour" is not a field of an order fact/,
    );
    expect(
      sourcesSchema.safeParse([
        { id: 'a', url: 'https://x' },
        { id: 'a', url: 'https://y' },
      ]).error?.issues[0]?.message,
    ).toBe('duplicate source id "a"');
  });

  it('source defaults', () => {
    expect(sourceDefaultsSchema.parse({})).toMatchObject({
      userAgent: DEFAULT_USER_AGENT,
      requestsPerSecondPerHost: 1,
      failuresBeforeUnhealthy: 3,
      failuresBeforePause: 8,
      allowPrivateAddresses: false,
      webhookHost: '127.0.0.1',
    });
    expect(sourceDefaultsSchema.safeParse({ failuresBeforeUnhealthy: 5, failuresBeforePause: 2 }).success).toBe(false);
    expect(resolveUserAgent(sourceDefaultsSchema.parse({}), { GREENLIGHT_USER_AGENT: 'Acme/1 (ops@acme.example)' })).toBe('Acme/1 (ops@acme.example)');
  });

  it('resolves webhook secrets from the env object, naming the variable but never the value', () => {
    const hook = sourceConfigSchema.parse({ id: 'procurement', kind: 'webhook' });
    expect(resolveWebhookSecret(hook, { GREENLIGHT_HOOK_SECRET_PROCUREMENT: 'x'.repeat(32) })).toBe('x'.repeat(32));
    expect(() => resolveWebhookSecret(hook, {})).toThrow(/set GREENLIGHT_HOOK_SECRET_PROCUREMENT/);
    expect(() => resolveWebhookSecret(hook, { GREENLIGHT_HOOK_SECRET_PROCUREMENT: 'shorty' })).toThrow(/too short/);
    expect(() => resolveWebhookSecret(hook, { GREENLIGHT_HOOK_SECRET_PROCUREMENT: 'shorty' })).not.toThrow(/shorty/);
    expect(resolveWebhookSecret(sourceConfigSchema.parse({ id: 'w', url: 'https://x' }), {})).toBeUndefined();
  });
});
