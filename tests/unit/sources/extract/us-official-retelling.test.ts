/**
 * Washington's own people retelling its rule ("Commerce official: …", "Export chief tells senators …", an under
 * secretary who "repeated" it) make the retelling official; an analyst's stays reported.
 */
import { describe, expect, it } from 'vitest';
import { toldOfUsExport } from './candidates-helpers.js';

const TERMS = 'Nothing has changed in the January rule, including the 50% volume ceiling and third-party testing in the US.';

describe('the US rule retold by its own officials', () => {
  it.each([
    ['Commerce official: China-bound H200s remain capped at half of US shipments', TERMS],
    ['Export chief tells senators China H200 volumes stay capped at half of US shipments', TERMS],
    [
      'China H200 volumes stay capped at half of US shipments',
      "Commerce's under secretary for industry and security repeated at a Senate hearing that licensed H200 sales to China may not exceed 50% of what goes to US customers, with third-party testing in the US.",
    ],
  ])('reads "%s" as an official retelling', (title, summary) => {
    expect(toldOfUsExport(title, summary)).toEqual(['restatement/official bis us-export']);
  });

  it('keeps an analyst retelling it reported', () => {
    expect(toldOfUsExport('Qingchuan analyst: China-bound H200s remain capped at half of US shipments', TERMS)).toEqual(['restatement/reported bis us-export']);
  });
});
