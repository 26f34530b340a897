/**
 * Issue 13, "expiry that happens": through the real shell entry point. The date check runs
 * at startup and after each edit as well as on its schedule (07:00 by default).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliSession } from '../../fakes/cli-session.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('dates that pass and dates that approach', () => {
  it('an authorization whose validity has ended becomes expired, with an alert and a history entry by the date check', { timeout: 90_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gl-expiry-'));
    const shell = new CliSession({ DATA_DIR: dataDir });
    try {
      shell.type('/greenlight subscribe');
      await shell.waitFor(/Subscribed/);
      shell.type(`/greenlight track edit us-h200-export-china valid_to:${day(-2)}`);
      await shell.waitFor(/🔔[^\n]*US H200 export licensing to approved Chinese customers: approved with conditions → expired/);
      shell.type('/greenlight history us-h200-export-china');
      await shell.waitFor(/status: approved with conditions → expired\s+system date check/);
      shell.type('/greenlight status us-h200-export-china');
      await shell.waitFor(/Status: expired/);
    } finally {
      await shell.end();
    }
    // A restart does not expire it again.
    const again = new CliSession({ DATA_DIR: dataDir });
    try {
      again.type('/greenlight history us-h200-export-china');
      const out = await again.waitFor(/History of/);
      await new Promise((r) => setTimeout(r, 500));
      expect(again.stdout.match(/→ expired/g)).toHaveLength(1);
      expect(out).not.toContain('🔔');
    } finally {
      await again.end();
    }
  });

  it("a deadline entered after the day's check is warned about at once, and only once", { timeout: 90_000 }, async () => {
    const shell = new CliSession({ DATA_DIR: mkdtempSync(join(tmpdir(), 'gl-expiry-')) });
    try {
      shell.type('/greenlight subscribe');
      await shell.waitFor(/Subscribed/);
      shell.type(`/greenlight track edit cn-h200-import-group valid_to:${day(10)}`);
      await shell.waitFor(/🔔[^\n]*valid until \d+ [A-Z][a-z]{2} \d{4}, in \d+ days/);
      shell.type('/greenlight track edit cn-h200-import-group name:"China H200 group approval"');
      await shell.waitFor(/🔔[^\n]*updated \(Name\)/);
      await new Promise((r) => setTimeout(r, 1500));
      expect(shell.stdout.match(/valid until \d+ [A-Z][a-z]{2} \d{4}, in \d+ days/g)).toHaveLength(1);
    } finally {
      await shell.end();
    }
  });
});
