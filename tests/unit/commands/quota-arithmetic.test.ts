import { describe, expect, it } from 'vitest';
import { storyLedger } from '../../fakes/story-ledger.js';

describe('quota arithmetic through the commands (issue 13)', () => {
  it("counts a holder's orders for the item that name no authorization, and says so", async () => {
    const { run } = await storyLedger();
    await run('/greenlight order add item:h200 quantity:50000 buyer:Tencent');
    const { text } = await run('/greenlight quota tencent');
    expect(text).toContain('Ordered: 50,000 chips (50,000 chips not linked to an authorization)');
    expect(text).toContain('Remaining: over 350,000 chips');
  });

  it('takes orders out of a quota as ranges: over 400,000 minus 150,000 is over 250,000', async () => {
    const { run } = await storyLedger();
    await run('/greenlight order add item:h200 quantity:150000 buyer:ByteDance authorization:cn-h200-import-group');
    const { text } = await run('/greenlight quota cn-h200-import-group');
    expect(text).toContain('Remaining: over 250,000 chips');
    expect(text).not.toContain('about 250,000');
  });

  it('keeps reported orders apart from confirmed ones and never shows a negative remainder', async () => {
    const { run } = await storyLedger();
    const seeded = (await run('/greenlight quota h200')).text;
    expect(seeded).toContain('Ordered: over 2,000,000 chips reported');
    expect(seeded).toContain('Remaining: possibly none left: orders may exceed the approved quota by about 1.6 million chips');
    await run('/greenlight order add item:h200 quantity:150000 buyer:ByteDance authorization:cn-h200-import-group');
    const { text } = await run('/greenlight quota h200');
    expect(text).toContain('Ordered: 150,000 chips confirmed, over 2,000,000 chips reported');
    expect(text).toContain('Remaining: possibly none left: orders may exceed the approved quota by about 1.8 million chips');
    expect(text).not.toContain('not linked');
    expect(text).toContain('orders exceed the supply by about 1.4 million chips');
    expect(text).not.toMatch(/−\d/);
  });

  it('says in words when orders certainly exceed an exact quota', async () => {
    const { run } = await storyLedger();
    await run('/greenlight track edit cn-h200-import-group quota:400000');
    await run('/greenlight order add item:h200 quantity:450000 buyer:Alibaba authorization:cn-h200-import-group');
    const { text } = await run('/greenlight quota cn-h200-import-group');
    expect(text).toContain('Remaining: none left: orders exceed the approved quota by 50,000 chips');
  });
});
