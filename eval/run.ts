/**
 * `npm run eval [-- --json | --details]`: scores the extraction contract and the end-to-end pipeline on the dev
 * and held-out label sets, and prints a report (or the numbers with --json). Always exits
 * 0 when it ran: it measures, it does not gate. Bad labels exit 1 with the lines named.
 */
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../config/load-config.js';
import { Ledger } from '../src/core/ledger.js';
import { systemClock } from '../src/core/ports.js';
import { seedLedger } from '../src/seed/seed-ledger.js';
import { MemoryLedgerStore } from '../src/store/memory-ledger-store.js';
import { contractUnderTest } from './contract.js';
import { runEndToEnd } from './end-to-end.js';
import { LABEL_PARTS, LabelError, loadLabelFiles, partPaths } from './load-labels.js';
import { renderDetails } from './details.js';
import { renderReport } from './report.js';
import { factOf } from './resolve-record.js';
import type { LabelFact } from './schema.js';
import { scorePart, type PartScore } from './score.js';

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const details = process.argv.includes('--details');
  const detailLines: string[] = [];
  const contract = contractUnderTest();
  const ledger = new Ledger(new MemoryLedgerStore(), systemClock);
  await seedLedger(ledger, loadConfigFile(DEFAULT_CONFIG_PATH).seed);
  const scores: PartScore[] = [];
  const failures: string[] = [];
  for (const part of Object.keys(LABEL_PARTS) as (keyof typeof LABEL_PARTS)[]) {
    const items = loadLabelFiles(partPaths(part));
    const predicted = new Map<string, LabelFact[]>();
    for (const item of items) {
      try {
        const x = contract.run({ title: item.title, summary: item.summary, publishedAt: item.publishedAt, link: item.link }, ledger.state);
        predicted.set(
          item.id,
          x.candidates.map((c) => factOf(c, ledger.state)),
        );
      } catch (err) {
        // One item that throws scores as no facts; the report lists it rather than stopping.
        failures.push(`${item.id}: ${(err as Error).message}`);
      }
    }
    const e2e = await runEndToEnd(items);
    scores.push(scorePart(part, items, predicted, e2e));
    if (details && part === 'dev') detailLines.push(`\n\nDev items not right:\n\n${renderDetails(items, predicted, e2e)}`);
  }
  const text =
    renderReport(contract.name, scores) +
    detailLines.join('') +
    (failures.length ? `\n\nExtraction threw on ${failures.length} item(s):\n  ${failures.join('\n  ')}` : '');
  process.stdout.write(json ? `${JSON.stringify({ contract: contract.name, parts: scores, failures }, null, 2)}\n` : `${text}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof LabelError ? err.message : ((err as Error).stack ?? String(err))}\n`);
  process.exitCode = 1;
});
