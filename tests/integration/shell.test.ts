/** The shell through the real entry point: the README's first experience. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../fakes/run-cli.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'gl-shell-'));

describe('the shell (npm start without Slack or Discord credentials)', () => {
  it('answers status, quota and list from the seeded story, with no prompt clutter on a pipe', async () => {
    const dataDir = fresh();
    const { stdout, stderr, code } = await runCli('/greenlight status\n/greenlight quota h200\n/greenlight list status:pending\n', {
      env: { DATA_DIR: dataDir },
    });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).not.toContain('greenlight>');
    expect(stdout.startsWith('⚠ Greenlight status\n3 tracked authorizations · pending: 1 · approved with conditions: 2\n')).toBe(true);
    expect(stdout).toContain('Nvidia H200: import approvals: orders may exceed the approved quota by about 1.6 million chips');
    expect(stdout).toContain(
      '⚠ Quota: Nvidia H200\n— Nvidia H200: import approvals\n  Approved: over 400,000 chips\n  Ordered: over 2,000,000 chips reported\n',
    );
    expect(stdout).toContain('  Supply: about 700,000 chips\n');
    expect(stdout).toContain('ℹ 1 authorization (status:pending)');
    expect(stdout).toMatch(/cn-h200-import-pending\s+import · China Ministry of Commerce\s+Nvidia H200\s+Other Chinese firms\s+pending/);
  });

  it('an admin adds an order and sees the accounting change; it survives a restart and the seed is not re-applied', async () => {
    const dataDir = fresh();
    const first = await runCli(
      [
        '/greenlight order add item:h200 quantity:150k buyer:ByteDance authorization:cn-h200-import-group note:"first tranche"',
        '/greenlight quota cn-h200-import-group',
      ].join('\n'),
      { env: { DATA_DIR: dataDir } },
    );
    expect(first.stdout).toContain('✔ Recorded order ord-1: 150,000 chips ordered by ByteDance (placed)');
    expect(first.stdout).toContain('  Ordered: 150,000 chips\n  Delivered: 0 chips\n  Remaining: over 250,000 chips\n  Used: ████░░░░░░ 38%');
    const second = await runCli('/greenlight quota bytedance\n/greenlight history cn-h200-import-group\n', { env: { DATA_DIR: dataDir } });
    expect(second.stdout).toContain('  Ordered: 150,000 chips');
    expect(second.stdout).toContain('order ord-1: 150,000 chips by ByteDance (placed)');
    expect(second.stdout.match(/tracked as approved with conditions/g)).toHaveLength(1);
  });

  it('a non-admin (--as bob) is refused and nothing changes', async () => {
    const dataDir = fresh();
    const bob = await runCli('/greenlight order add item:h200 quantity:1000 buyer:Tencent\n/greenlight quota tencent\n', {
      env: { DATA_DIR: dataDir },
      args: ['--as', 'bob'],
    });
    expect(bob.stdout).toContain('✖ Not allowed\nOnly Greenlight admins can run `/greenlight order add`. Nothing was changed.');
    expect(bob.stdout).toContain('  Ordered: 0 chips');
    const admin = await runCli('/greenlight history cn-h200-import-group\n', { env: { DATA_DIR: dataDir } });
    expect(admin.stdout).not.toContain('1,000 chips');
  });

  it('stops with a clear message on a bad config and on a hand-broken ledger file', async () => {
    const dir = fresh();
    const configPath = join(dir, 'bad.yml');
    writeFileSync(configPath, 'timezone: Nowhere/Land\n');
    const bad = await runCli('', { env: { DATA_DIR: dir, GREENLIGHT_CONFIG: configPath } });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${configPath}: timezone (line 1): not a known IANA timezone`);

    const dataDir = fresh();
    await runCli('/greenlight status\n', { env: { DATA_DIR: dataDir } });
    const ledgerFile = join(dataDir, 'ledger.json');
    const broken = readFileSync(ledgerFile, 'utf8').replace(/"seq"/, '"seq" oops');
    writeFileSync(ledgerFile, broken);
    const corrupt = await runCli('/greenlight status\n', { env: { DATA_DIR: dataDir } });
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toContain(ledgerFile);
    expect(readFileSync(ledgerFile, 'utf8')).toBe(broken);
  });

  it('stops with one clear line, no stack trace and no secret, when a platform cannot start', async () => {
    const { stderr, code } = await runCli('', {
      env: {
        DATA_DIR: fresh(),
        SLACK_BOT_TOKEN: 'xoxb-1-2-verysecretvalue',
        SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef0123456789',
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
        PORT: '0',
        LOG_LEVEL: 'silent',
      },
    });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(
      /^greenlight: Slack: Could not reach the Slack Web API at http:\/\/127\.0\.0\.1:9\/api\/ to check SLACK_BOT_TOKEN .*Check the network or SLACK_API_URL\.$/,
    );
    expect(stderr).not.toContain('verysecretvalue');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the shell prints warnings as sentences (issue 13)', () => {
  it('a stale lock left by a dead process is announced in words, not JSON', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gl-stale-'));
    // A pid far above any real one: the process that left the lock is gone.
    writeFileSync(join(dataDir, '.lock'), JSON.stringify({ pid: 2147483, hostname: hostname(), startedAt: '2026-01-01T00:00:00Z' }) + '\n');
    const { stderr, code } = await runCli('/greenlight quota bytedance\n', { env: { DATA_DIR: dataDir } });
    expect(code).toBe(0);
    expect(stderr).toMatch(/greenlight: warning: .*taking over a lock left by a process that is no longer running/);
    expect(stderr).not.toContain('{"level"');
  });
});
