/**
 * Issue 13, "every change is shown, and credited to who made it" and "replies a person can
 * read" (history part), through the real shell entry point.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliSession } from '../../fakes/cli-session.js';
import { runCli } from '../../fakes/run-cli.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'gl-ledger-'));

describe('every change is shown', () => {
  it('an edit of status and date replies, records and reads back both, in words', async () => {
    const { stdout } = await runCli(
      ['/greenlight track edit cn-h200-import-pending valid_to:2026-12-02 status:approved', '/greenlight history cn-h200-import-pending'].join('\n'),
      { env: { DATA_DIR: fresh() } },
    );
    expect(stdout).toContain('status: pending → approved; valid until: none → 2 Dec 2026');
    const history = stdout.slice(stdout.indexOf('History of'));
    // The change column wraps between words instead of cutting "none →…".
    expect(history).toMatch(/status: pending → approved; valid until: none →\s+admin local admin[^\n]*\n\s+2 Dec 2026/);
    expect(history).not.toContain('…');
    expect(history).not.toContain('validTo');
    expect(history).not.toContain('"');
  });

  it('allocations read as holders and quantities, not JSON', async () => {
    const { stdout } = await runCli(
      ['/greenlight track edit cn-h200-import-group allocations:bytedance=150000,alibaba=100000', '/greenlight history cn-h200-import-group'].join('\n'),
      { env: { DATA_DIR: fresh() } },
    );
    expect(stdout).toMatch(/allocations: none → ByteDance 150,000 \w+, Alibaba 100,000 \w+/);
    expect(stdout).not.toMatch(/holderId|\{"/);
  });

  it('an admin edit is credited to the admin and their note, not to the last news item on the record', { timeout: 60_000 }, async () => {
    const shell = new CliSession({ DATA_DIR: fresh() });
    try {
      shell.type('/greenlight subscribe');
      await shell.waitFor(/Subscribed/);
      shell.type('/greenlight track edit cn-h200-import-group quota:60000 note:"raised"');
      const out = await shell.waitFor(/🔔[^\n]*quota over 400,000 chips → 60,000 chips[\s\S]*Ordered/);
      await new Promise((r) => setTimeout(r, 300));
      const alert = shell.stdout.slice(out.indexOf('🔔'));
      expect(alert).toContain('By: local admin (admin) — raised');
      expect(alert).not.toContain('Reuters');
    } finally {
      await shell.end();
    }
  });

  it('the alert for a status and date edit names both fields', { timeout: 60_000 }, async () => {
    const shell = new CliSession({ DATA_DIR: fresh() });
    try {
      shell.type('/greenlight subscribe');
      await shell.waitFor(/Subscribed/);
      shell.type('/greenlight track edit cn-h200-import-pending valid_to:2026-12-02 status:approved source_url:https://gov.example/notice');
      await shell.waitFor(/🔔[\s\S]*Valid until: 2 Dec 2026/);
      expect(shell.stdout).toMatch(/What changed\nStatus: pending → approved\nValid until: 2 Dec 2026/);
    } finally {
      await shell.end();
    }
  });
});
