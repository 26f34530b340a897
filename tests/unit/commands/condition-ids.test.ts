/** Issue 13: conditions are numbered the same way everywhere: seeded or added, `cond-N`. */
import { expect, it } from 'vitest';
import { storyLedger } from '../../fakes/story-ledger.js';

it('seeded conditions and added ones share one numbering', async () => {
  const { run, ledger } = await storyLedger();
  const status = (await run('/greenlight status us-h200-export-china')).text;
  expect(status).toContain('cond-2 · review-policy · final');
  expect(status).not.toMatch(/cond-us-|cond-cn-/);
  const added = await run('/greenlight condition add authorization:cn-h200-import-group text:"Report every shipment"');
  expect(added.reply.title).toBe('Condition cond-8 added to cn-h200-import-group');
  expect(Object.keys(ledger.state.condition).every((id) => /^cond-\d+$/.test(id))).toBe(true);
  // A seeded condition is edited by the id status shows.
  expect((await run('/greenlight condition edit cond-1 status:final')).reply.severity).toBe('success');
});
