/**
 * The parent side of apps benchmarked in their own processes (app-child.ts is the other
 * side): start one, read what it printed, tell it the warm-up is over, stop it and read
 * its totals.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** GC pauses and CPU time inside an app while it was timed. */
export interface AppTotals {
  gc: { count: number; ms: number; maxMs: number };
  cpuMs: number;
}

/** A running app process and what it printed when ready. */
export interface AppProcess<I> {
  info: I;
  child: ChildProcess;
  out: AsyncIterator<string>;
}

/** Starts `script` with `args` under tsx and waits for its first line. */
export async function spawnApp<I>(script: string, args: string[]): Promise<AppProcess<I>> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const out = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = await out.next();
  if (first.done) throw new Error(`${script} ${args[0] ?? ''} exited before it was ready`);
  return { info: JSON.parse(first.value) as I, child, out };
}

/** Starts the app's count of GC pauses and CPU time. */
export function resetApp(app: AppProcess<unknown>): void {
  app.child.stdin!.write('reset\n');
}

/** Closes the app's stdin and reads the totals it prints on the way out. */
export async function stopApp(app: AppProcess<unknown>): Promise<AppTotals | undefined> {
  app.child.stdin!.end();
  const line = await app.out.next();
  return line.done ? undefined : (JSON.parse(line.value) as AppTotals);
}
