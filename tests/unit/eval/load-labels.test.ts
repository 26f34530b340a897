/** The eval label schema rejects malformed labels with errors that name the line and field. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LabelError, loadLabelFiles, loadLabels, parseLabels, partPaths } from '../../../eval/load-labels.js';

const good = {
  id: 'd-900',
  classes: ['grant'],
  language: 'en',
  title: 'China approves Tencent to buy H200 chips',
  summary: '',
  publisher: 'Wire',
  publishedAt: '2026-02-01T00:00:00Z',
  link: 'https://wire.example/1',
  facts: [
    { kind: 'grant', record: 'cn-h200-import-group', status: 'approved', holders: ['tencent'], authority: 'mofcom', item: 'h200', certainty: 'reported' },
  ],
  alert: true,
  story: null,
};
const line = (o: unknown) => JSON.stringify(o);

describe('eval labels', () => {
  it('accepts a well-formed item and skips # header lines', () => {
    expect(parseLabels(`# HELD-OUT\n${line(good)}\n`, 'x.jsonl').map((i) => i.id)).toEqual(['d-900']);
  });

  it('rejects an unknown fact kind, a bad status and a missing alert, naming file, line, id and field', () => {
    const bad = { ...good, alert: undefined, facts: [{ ...good.facts[0], kind: 'approval', status: 'granted' }] };
    let error: unknown;
    try {
      parseLabels(`# header\n${line(good)}\n${line(bad)}`, 'dev.jsonl');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(LabelError);
    const message = (error as Error).message;
    expect(message).toContain('dev.jsonl:3 (d-900): facts.0.kind');
    expect(message).toContain('dev.jsonl:3 (d-900): facts.0.status');
    expect(message).toContain('dev.jsonl:3 (d-900): alert');
  });

  it('rejects broken JSON, a near-miss with facts, and a duplicate id', () => {
    const nearMiss = { ...good, id: 'd-901', classes: ['near_miss_chip'] };
    expect(() => parseLabels(`{oops\n${line(nearMiss)}\n${line(good)}\n${line(good)}`, 'h.jsonl')).toThrowError(
      /h\.jsonl:1: not JSON[\s\S]*h\.jsonl:2 \(d-901\): facts: a near-miss[\s\S]*h\.jsonl:4: duplicate id d-900/,
    );
  });
  it('reads several files as one part, and names an id used in two of them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'labels-'));
    const [a, b] = [join(dir, 'dev.jsonl'), join(dir, 'dev-fresh.jsonl')];
    writeFileSync(a, `${line(good)}\n`);
    writeFileSync(b, `${line({ ...good, id: 'f-001' })}\n`);
    expect(loadLabelFiles([a, b]).map((i) => i.id)).toEqual(['d-900', 'f-001']);
    writeFileSync(b, `${line(good)}\n`);
    expect(() => loadLabelFiles([a, b])).toThrowError(/dev-fresh\.jsonl: id d-900 is already used in .*dev\.jsonl/);
  });
});

describe('the label files', () => {
  it('validate, and cover what issue 11 asks for', async () => {
    const dev = loadLabelFiles(partPaths('dev'));
    const heldout = loadLabelFiles(partPaths('held-out'));
    const all = [...dev, ...heldout];
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(180);
    expect(all.filter((i) => i.language === 'zh').length / all.length).toBeGreaterThanOrEqual(0.25);
    expect(all.filter((i) => !i.alert && i.facts.length === 0).length).toBeGreaterThanOrEqual(30);
    const stories = new Set(all.flatMap((i) => (i.story ? [i.story] : [])));
    expect(stories.size).toBeGreaterThanOrEqual(6);
    for (const s of stories) expect(all.filter((i) => i.story === s).length).toBeGreaterThanOrEqual(3);
    // A story id names the tellings of one file: one reused in another file would silently merge two stories.
    const files = Object.fromEntries([...partPaths('dev'), ...partPaths('held-out')].map((path) => [path, loadLabels(path)]));
    const storyFiles = new Map<string, Set<string>>();
    for (const [file, items] of Object.entries(files))
      for (const i of items) if (i.story) storyFiles.set(i.story, (storyFiles.get(i.story) ?? new Set()).add(file));
    expect([...storyFiles].filter(([, f]) => f.size > 1).map(([s]) => s)).toEqual([]);
  });
});
