/** Small statistics helpers for benchmarks. */

/** The q-th quantile (0..1) of samples, nearest-rank. */
export function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

/** Milliseconds with two decimals. */
export function ms(n: number): string {
  return `${n.toFixed(2)} ms`;
}

/** Times `fn` `runs` times after `warmup` untimed runs; returns durations in ms. */
export async function timeRuns(fn: () => unknown, runs: number, warmup = 10): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** Prints a table of rows to stdout (benchmarks' output is their interface). */
export function printTable(title: string, rows: (string | number)[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  process.stdout.write(`\n${title}\n`);
  for (const [i, r] of rows.entries()) {
    process.stdout.write(r.map((c, j) => String(c).padEnd(widths[j]!)).join('  ') + '\n');
    if (i === 0) process.stdout.write(widths.map((w) => '-'.repeat(w)).join('  ') + '\n');
  }
}
