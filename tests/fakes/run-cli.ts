/** Runs the real entry point (`src/main.ts`) as a child process with piped stdin. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** What a run printed and how it ended. */
export interface CliResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Feeds `input` to `npm start`'s program and waits for it to end (hang guard: 60 s). */
export function runCli(input: string, opts: { env?: Record<string, string>; args?: string[] } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/main.ts'), ...(opts.args ?? [])], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`CLI did not finish; stdout so far:\n${stdout}\nstderr:\n${stderr}`));
    }, 60_000);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ stdout, stderr, code });
    });
    child.stdin.end(input);
  });
}
