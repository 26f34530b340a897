/**
 * OPTIONAL: runs the Python feedparser library's test documents through the conformance runner
 * when FEEDPARSER_TESTS names its `tests/` folder (fetch github.com/kurtmckee/feedparser
 * yourself; the documents are not in this repository). Skipped otherwise: CI relies on the
 * per-class cases in tests/unit/sources/feed-conformance.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { runSuite } from '../../../scripts/conformance/run-suite.js';

const root = process.env.FEEDPARSER_TESTS;

describe.skipIf(!root)('feedparser test suite (optional, FEEDPARSER_TESTS)', () => {
  it('passes at least 95% of the applicable checks, never fewer than feedsmith alone, and refuses no well-formed document', () => {
    const r = runSuite(root!);
    expect(r.docsRead).toBeGreaterThan(2000);
    expect([...r.rejections.keys()]).toEqual([]);
    expect(r.total.gl / r.total.applicable).toBeGreaterThanOrEqual(0.95);
    expect(r.total.gl).toBeGreaterThanOrEqual(r.total.fs);
  }, 300_000);
});
