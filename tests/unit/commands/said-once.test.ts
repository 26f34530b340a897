/** Issue 13 walk-through: a refusal says "Nothing was changed." once, even when the ledger's own message says it. */
import { expect, it } from 'vitest';
import { storyLedger } from '../../fakes/story-ledger.js';

it('leaving a final state without evidence is refused with one "Nothing was changed."', async () => {
  const { run } = await storyLedger();
  await run('/greenlight track edit us-h200-export-china status:revoked');
  const { reply, text } = await run('/greenlight track edit us-h200-export-china status:approved');
  expect(reply.severity).toBe('error');
  expect(text).toContain('add `reopen:true source_url:<link>`. Nothing was changed.');
  expect(text.match(/Nothing was changed/g)).toHaveLength(1);
});

it('a party name takes the same 200 characters a buyer name does, so the suggested party add works', async () => {
  const { run } = await storyLedger();
  const name = `Huawei ${'x'.repeat(150)}`;
  const refused = await run(`/greenlight order add item:h200 quantity:10 buyer:"${name}"`);
  expect(refused.text).toContain(`/greenlight party add name:"${name}"`);
  expect((await run(`/greenlight party add name:"${name}"`)).reply.severity).toBe('success');
  expect((await run(`/greenlight party add name:"${'y'.repeat(201)}"`)).text).toContain('can be at most 200 characters');
});
