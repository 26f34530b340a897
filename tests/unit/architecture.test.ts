/**
 * Keeps the layers honest: enforces exactly the import rules docs/architecture.md states
 * (which folder may import which, which libraries the inner layers may use) and that the
 * import graph has no cycles.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const PLATFORM_LIBS = /^(discord\.js|@discordjs\/|@slack\/|lowdb|node-cron|pino|undici|ws|feedsmith)(\/|$)/;

/**
 * Which project folders each layer may import (relative imports, type-only ones included),
 * as in the table of docs/architecture.md. A path matches the longest rule that prefixes it.
 */
export const ALLOWED: Record<string, readonly string[]> = {
  'src/core': ['src/core'],
  'src/chat': ['src/chat', 'src/core'],
  commands: ['commands', 'src/chat', 'src/core'],
  'src/store': ['src/store', 'src/core'],
  'src/scheduler': ['src/scheduler', 'src/core'],
  'src/alerts': ['src/alerts', 'src/chat', 'src/core', 'src/store', 'src/scheduler'],
  'src/sources': ['src/sources', 'src/chat', 'src/core', 'src/store', 'src/alerts', 'src/scheduler', 'config'],
  'src/seed': ['src/seed', 'src/core', 'config'],
  config: ['config', 'src/core'],
  // Platforms call the router (its contract in commands/lib/types.ts), never a command.
  'src/platforms/shell': [
    'src/platforms/shell',
    'src/chat',
    'src/core',
    'config',
    'commands/lib/router.ts',
    'commands/lib/types.ts',
    'src/alerts/render-alert.ts',
  ],
  'src/platforms/slack': ['src/platforms/slack', 'src/chat', 'src/core', 'config', 'commands/lib/router.ts', 'commands/lib/types.ts'],
  'src/platforms/discord': ['src/platforms/discord', 'src/chat', 'src/core', 'config', 'commands/lib/router.ts', 'commands/lib/types.ts'],
};

/** The composition root (src/*.ts files) may import anything; only it imports them. */
const ROOT_FILES = /^src\/[^/]+\.ts$/;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
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

/** The project's relative import graph: file → files it imports (paths from the repo root). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of ['src', 'commands', 'config'].flatMap((d) => sourceFiles(join(ROOT, d)))) {
    const from = relative(ROOT, file);
    const targets = importsOf(readFileSync(file, 'utf8'))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => {
        const base = relative(ROOT, join(file, '..', spec)).replace(/\.js$/, '');
        return [`${base}.ts`, join(base, 'index.ts')].find((c) => existsSync(join(ROOT, c))) ?? `${base}.ts`;
      });
    graph.set(from, targets);
  }
  return graph;
}

function layerOf(path: string): string | undefined {
  return Object.keys(ALLOWED)
    .filter((l) => path === l || path.startsWith(`${l}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/** Every import that breaks the table. */
export function ruleViolations(graph: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      if (ROOT_FILES.test(to) && !ROOT_FILES.test(from)) out.push(`${from} imports the composition root's ${to}`);
      const layer = layerOf(from);
      if (!layer) continue;
      if (!ALLOWED[layer]!.some((allowed) => to === allowed || to.startsWith(`${allowed}/`))) out.push(`${from} imports ${to}`);
    }
  }
  return out;
}

/** Groups of files that import each other in a circle (Tarjan's strongly connected components). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

function libraryImports(dir: string): string[] {
  return sourceFiles(join(ROOT, dir)).flatMap((file) =>
    importsOf(readFileSync(file, 'utf8'))
      .filter((spec) => PLATFORM_LIBS.test(spec))
      .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
  );
}

describe('architecture', () => {
  const graph = importGraph();

  it('finds imports of every form (so the checks below can fail)', () => {
    expect(
      importsOf("import { Client } from 'discord.js';\nconst x = await import('lowdb');\nexport * from '@slack/bolt';\nimport 'node-cron';").sort(),
    ).toEqual(['@slack/bolt', 'discord.js', 'lowdb', 'node-cron']);
  });

  it('the rule check and the cycle finder catch what they should', () => {
    const bad = new Map([
      ['src/chat/reply.ts', ['commands/lib/types.ts']],
      ['src/alerts/x.ts', ['src/platforms/slack/blocks.ts']],
      ['commands/a.ts', ['src/chat/reply.ts', 'src/core/model.ts']],
      ['src/store/a.ts', ['src/store/b.ts']],
      ['src/store/b.ts', ['src/store/a.ts']],
    ]);
    expect(ruleViolations(bad)).toEqual(['src/chat/reply.ts imports commands/lib/types.ts', 'src/alerts/x.ts imports src/platforms/slack/blocks.ts']);
    expect(importCycles(bad)).toEqual([['src/store/a.ts', 'src/store/b.ts']]);
  });

  it('every folder imports only what docs/architecture.md allows it', () => {
    expect(ruleViolations(graph)).toEqual([]);
  });

  it('the import graph has no cycles', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('the domain, the chat layer and the commands use no platform, storage or scheduler library', () => {
    expect(['src/core', 'src/chat', 'commands'].flatMap(libraryImports)).toEqual([]);
  });

  it('the table names every layer under src/ (a new folder needs a rule)', () => {
    const folders = readdirSync(join(ROOT, 'src'))
      .filter((n) => statSync(join(ROOT, 'src', n)).isDirectory())
      .flatMap((n) => (n === 'platforms' ? readdirSync(join(ROOT, 'src', n)).map((p) => `src/platforms/${p}`) : [`src/${n}`]));
    expect(folders.filter((f) => !ALLOWED[f])).toEqual([]);
  });

  it('only config/ reads process.env', () => {
    const readers = ['src', 'commands', 'scripts']
      .flatMap((d) => sourceFiles(join(ROOT, d)))
      .filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(readers).toEqual([]);
  });

  it('shipped code outside the shell never uses console.log', () => {
    const offenders = ['src', 'commands', 'config']
      .flatMap((d) => sourceFiles(join(ROOT, d)))
      .filter((f) => !f.includes('/platforms/shell/') && /console\.(log|info|debug)\(/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
