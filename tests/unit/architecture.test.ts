/** Keeps the layers honest: the domain and the commands import no platform, storage or scheduler library. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FORBIDDEN = /^(discord\.js|@discordjs\/|@slack\/|lowdb|node-cron|pino|undici|ws|feedsmith)(\/|$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module specifier a file imports (static, dynamic and re-exports). */
export function importsOf(text: string): string[] {
  const specs: string[] = [];
  for (const m of text.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm)) {
    specs.push((m[1] ?? m[2] ?? m[3])!);
  }
  return specs;
}

function violations(layer: string, allowLocal: (target: string) => boolean): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(join(ROOT, layer))) {
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const where = relative(ROOT, file);
      if (FORBIDDEN.test(spec)) out.push(`${where} imports ${spec}`);
      if (spec.startsWith('.')) {
        const target = relative(ROOT, join(file, '..', spec));
        if (!allowLocal(target)) out.push(`${where} imports ${target}`);
      }
    }
  }
  return out;
}

describe('architecture', () => {
  it('finds imports of every form (so the checks below can fail)', () => {
    expect(importsOf("import { Client } from 'discord.js';\nconst x = await import('lowdb');\nexport * from '@slack/bolt';\nimport 'node-cron';").sort())
      .toEqual(['@slack/bolt', 'discord.js', 'lowdb', 'node-cron']);
  });

  it('src/core imports no platform, storage or scheduler library, and nothing outside src/core', () => {
    expect(violations('src/core', (t) => t.startsWith('src/core'))).toEqual([]);
  });

  it('commands/ imports no platform, storage or scheduler library, and only src/core and src/chat from src', () => {
    expect(violations('commands', (t) => t.startsWith('commands') || t.startsWith('src/core') || t.startsWith('src/chat'))).toEqual([]);
  });

  it('only config/ reads process.env', () => {
    const readers = ['src', 'commands', 'scripts'].flatMap((d) => sourceFiles(join(ROOT, d)))
      .filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(readers).toEqual([]);
  });

  it('shipped code outside the shell never uses console.log', () => {
    const offenders = ['src', 'commands', 'config'].flatMap((d) => sourceFiles(join(ROOT, d)))
      .filter((f) => !f.includes('/platforms/shell/') && /console\.(log|info|debug)\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
