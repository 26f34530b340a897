/** Issue 13, "replies a person can read", through the router as users type them. */
import { describe, expect, it } from 'vitest';
import { storyLedger } from '../../fakes/story-ledger.js';

describe('list pages', () => {
  it('says a page past the end does not exist, instead of showing the last page under its number', async () => {
    const { run } = await storyLedger();
    for (let i = 1; i <= 20; i++) {
      const added = await run(`/greenlight track add name:"Old application ${i}" direction:import authority:MOFCOM item:h200 holders:Tencent status:denied`);
      expect(added.reply.severity, added.text).toBe('success');
    }
    const two = await run('/greenlight list page:2');
    expect(two.text).toContain('Page 2 of 2.');
    const nine = await run('/greenlight list page:9');
    expect(nine.reply.severity).toBe('error');
    expect(nine.text).toContain('There are only 2 pages of results, so there is no page 9. The last one: `/greenlight list page:2`.');
    expect(nine.reply.table).toBeUndefined();
    const filtered = await run('/greenlight list status:pending page:3');
    expect(filtered.text).toContain('There is only 1 page of results, so there is no page 3. The last one: `/greenlight list status:pending page:1`.');
  });
});
