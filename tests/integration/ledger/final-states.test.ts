/** Issue 13, "final means final", through the real shell entry point. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliSession } from '../../fakes/cli-session.js';
import { runCli } from '../../fakes/run-cli.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'gl-final-'));

describe('final decisions stay final', () => {
  it('a revoked authorization is not approved again without reopen:true and a link; with both it is a reopening in history', async () => {
    const { stdout } = await runCli(
      [
        '/greenlight track edit us-h200-export-china status:revoked',
        '/greenlight track edit us-h200-export-china status:approved',
        '/greenlight track edit us-h200-export-china status:approved reopen:true',
        '/greenlight status us-h200-export-china',
        '/greenlight track edit us-h200-export-china status:approved reopen:true source_url:https://www.bis.gov/notice-1',
        '/greenlight history us-h200-export-china',
      ].join('\n'),
      { env: { DATA_DIR: fresh() } },
    );
    expect(stdout).toContain('status: approved with conditions → revoked');
    expect(stdout).toMatch(
      /is revoked, a final decision\. To reopen it as approved, say so and cite the evidence: add `reopen:true source_url:<link>`\. Nothing was changed\./,
    );
    expect(stdout).toMatch(/Reopening [^\n]+ \(revoked\) needs evidence: add `source_url:<link>`\. Nothing was changed\./);
    const history = stdout.slice(stdout.indexOf('History of'));
    expect(history).toContain('reopened: status: revoked → approved');
    expect(history).toContain('https://www.bis.gov/notice-1');
    expect(history.match(/revoked → approved/g)).toHaveLength(1);
  });

  it('a denial and an expiry are final too; reopen:true on a live record is refused', async () => {
    const { stdout } = await runCli(
      [
        '/greenlight track edit cn-h200-import-pending status:denied',
        '/greenlight track edit cn-h200-import-pending status:pending',
        '/greenlight track edit cn-h200-import-group status:expired',
        '/greenlight track edit cn-h200-import-group status:approved',
        '/greenlight track edit us-h200-export-china status:approved reopen:true source_url:https://x.example/a',
      ].join('\n'),
      { env: { DATA_DIR: fresh() } },
    );
    expect(stdout).toMatch(/is denied, a final decision\. To reopen it as pending/);
    expect(stdout).toMatch(/is expired, a final decision\. To reopen it as approved/);
    expect(stdout).toMatch(/is approved with conditions, not a final decision: there is nothing to reopen/);
  });

  it('the alert calls a reopening a reopening', { timeout: 60_000 }, async () => {
    const shell = new CliSession({ DATA_DIR: fresh() });
    try {
      shell.type('/greenlight track edit us-h200-export-china status:revoked');
      await shell.waitFor(/Updated/);
      shell.type('/greenlight subscribe');
      await shell.waitFor(/Subscribed/);
      shell.type('/greenlight track edit us-h200-export-china status:approved reopen:true source_url:https://www.bis.gov/notice-1');
      await shell.waitFor(/🔔[^\n]*reopened, revoked → approved/);
    } finally {
      await shell.end();
    }
  });
});
