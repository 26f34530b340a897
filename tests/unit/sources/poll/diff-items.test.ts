import { describe, expect, it } from 'vitest';
import { diffItems } from '../../../../src/sources/poll/diff-items.js';
import { describePollError, oneLine } from '../../../../src/sources/poll/describe-error.js';
import { SourceFetchError } from '../../../../src/sources/fetch/errors.js';
import { sourceConfigSchema } from '../../../../config/sources-schema.js';

describe('diffItems', () => {
  it('new ids are new, changed hashes are updates, the same hash is skipped', () => {
    const seen = new Map([
      ['a', 'h1'],
      ['b', 'h2'],
    ]);
    const { fresh, unchanged } = diffItems(
      [
        { id: 'a', title: 'A', summary: '', contentHash: 'h1' },
        { id: 'b', title: 'B edited', summary: '', contentHash: 'h2b' },
        { id: 'c', title: 'C', summary: '', contentHash: 'h3', link: 'https://x/c' },
      ],
      seen,
    );
    expect(unchanged).toBe(1);
    expect(fresh).toEqual([
      { id: 'b', title: 'B edited', summary: '', isUpdate: true },
      { id: 'c', title: 'C', summary: '', isUpdate: false, link: 'https://x/c' },
    ]);
  });
});

describe('describePollError', () => {
  const source = sourceConfigSchema.parse({ id: 'w', url: 'https://x/', limits: { timeoutMs: 15_000 } });
  it('gives one short line per failure', () => {
    expect(describePollError(new SourceFetchError('timeout', 'Timed out after 15000 ms fetching https://x/'), source).message).toBe('timeout after 15 s');
    expect(describePollError(new SourceFetchError('too-large', 'x'), source).message).toBe('body larger than 5 MiB');
    expect(describePollError(new SourceFetchError('http-status', 'x', { status: 429, retryAfterMs: 120_000 }), source)).toEqual({
      message: 'HTTP 429 (server asks to retry after 2 min)',
      retryAfterMs: 120_000,
      sourceFault: true,
    });
    expect(describePollError(new Error('disk full'), source)).toEqual({ message: 'unexpected error: disk full', sourceFault: false });
    expect(oneLine('a\nb\u202e\u0007c   d')).toBe('a b c d');
    expect(oneLine('x'.repeat(400)).length).toBe(300);
  });
});
