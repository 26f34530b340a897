/** Issue 13, "history is never lost", through the real shell entry point. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../fakes/run-cli.js';

describe('a removed authorization keeps its history', () => {
  it('history and status show it as removed (when, by whom, why); track restore brings it back with its conditions, across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gl-removed-'));
    const first = await runCli(
      [
        '/greenlight track remove cn-h200-import-group confirm:true note:"duplicate entry"',
        '/greenlight history cn-h200-import-group',
        '/greenlight status cn-h200-import-group',
      ].join('\n'),
      { env: { DATA_DIR: dataDir } },
    );
    expect(first.stdout).not.toContain('Not found');
    expect(first.stdout).toContain('History of China H200 import approval (ByteDance, Alibaba, Tencent) (cn-h200-import-group) — removed');
    expect(first.stdout).toMatch(/Removed \d{4}-\d\d-\d\d \d\d:\d\d by admin local admin: duplicate entry \(it was approved with conditions\)/);
    expect(first.stdout).toContain('tracked as approved with conditions');
    expect(first.stdout).toContain('removed from tracking: duplicate entry');
    expect(first.stdout).toContain('⚠ China H200 import approval (ByteDance, Alibaba, Tencent) (cn-h200-import-group): removed from tracking');

    const second = await runCli(
      [
        '/greenlight track restore cn-h200-import-group',
        '/greenlight track restore cn-h200-import-group',
        '/greenlight status cn-h200-import-group',
        '/greenlight history cn-h200-import-group',
      ].join('\n'),
      { env: { DATA_DIR: dataDir } },
    );
    expect(second.stdout).toContain('✔ Tracking China H200 import approval (ByteDance, Alibaba, Tencent) again');
    expect(second.stdout).toContain('is tracked: there is nothing to restore.');
    expect(second.stdout).toContain('Quota: over 400,000 chips');
    expect(second.stdout).toContain('negotiating: Bundle purchases with a ratio of domestic chips');
    expect(second.stdout).toContain('restored to tracking as approved with conditions');
    expect(second.stdout).not.toContain('— removed');
  });
});
