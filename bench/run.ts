/** `npm run bench`: runs each benchmark in its own process, one after another. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BENCHES = [
  'ledger-bench.ts',
  'ledger-import-bench.ts',
  'sources-bench.ts',
  'feed-stall-bench.ts',
  'extract-bench.ts',
  'alerts-bench.ts',
  'slack-bench.ts',
  'discord-bench.ts',
];
const only = process.argv.slice(2);
let failed = 0;
for (const file of BENCHES) {
  const path = join(import.meta.dirname, file);
  if (!existsSync(path) || (only.length && !only.some((o) => file.startsWith(o)))) continue;
  process.stdout.write(`\n=== ${file} ===\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    process.stdout.write(`${file} failed (exit ${result.status})\n`);
  }
}
process.exit(failed ? 1 : 0);
