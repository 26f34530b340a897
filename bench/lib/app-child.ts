/**
 * The child side of an app benchmarked in its own process: prints one JSON line with what
 * the benchmark needs to reach the app, then serves until stdin closes. A `reset` line on
 * stdin starts the count of GC pauses and CPU time (after the warm-up); the totals are
 * printed as a second JSON line on the way out (see app-process.ts for the parent side).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

/** Serves until stdin closes, then runs `stop` and reports the totals. */
export function serveBenchApp(info: Record<string, unknown>, stop: () => Promise<void>): void {
  const gc = { count: 0, ms: 0, maxMs: 0 };
  let cpuFrom = process.cpuUsage();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      gc.count++;
      gc.ms += e.duration;
      gc.maxMs = Math.max(gc.maxMs, e.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  process.stdout.write(`${JSON.stringify(info)}\n`);
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    if (line.trim() !== 'reset') return;
    Object.assign(gc, { count: 0, ms: 0, maxMs: 0 });
    cpuFrom = process.cpuUsage();
  });
  lines.on('close', () => {
    const cpu = process.cpuUsage(cpuFrom);
    void stop().then(() => {
      process.stdout.write(`${JSON.stringify({ gc, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
      process.exit(0);
    });
  });
}
