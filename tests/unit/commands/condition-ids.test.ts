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

it('an admin re-adds a removed condition under its own id', async () => {
  const { run, ledger } = await storyLedger();
  await run('/greenlight condition add authorization:cn-h200-import-group text:"Report every shipment"');
  await run('/greenlight condition remove cond-8');
  const again = await run('/greenlight condition add authorization:cn-h200-import-group text:"report every shipment" status:negotiating');
  expect(again.reply.severity).toBe('success');
  expect(again.reply.title).toBe('Condition cond-8 added again to cn-h200-import-group');
  expect(again.text).toContain('status: removed → negotiating');
  expect(ledger.state.condition['cond-8']!.status).toBe('negotiating');
  // One that is not removed is still refused as a copy.
  expect((await run('/greenlight condition add authorization:cn-h200-import-group text:"Report every shipment"')).text).toContain(
    'That condition is already recorded as cond-8.',
  );
});
