import { describe, expect, it } from 'vitest';
import { MEMBER, storyLedger } from '../../fakes/story-ledger.js';

describe('orders as records (issue 13)', () => {
  it('numbers the first order ord-1 and shows it by id in status and history', async () => {
    const { run } = await storyLedger();
    const added = await run('/greenlight order add item:h200 quantity:150000 buyer:ByteDance authorization:cn-h200-import-group');
    expect(added.text).toContain('order ord-1');
    const status = await run('/greenlight status ord-1', MEMBER);
    expect(status.reply.severity).toBe('info');
    expect(status.text).toContain('Order ord-1: 150,000 chips of Nvidia H200 by ByteDance');
    expect(status.text).toContain('Authorization: China H200 import approval (ByteDance, Alibaba, Tencent) (cn-h200-import-group)');
    await run('/greenlight order edit ord-1 status:confirmed');
    const history = await run('/greenlight history ORD-1', MEMBER);
    expect(history.reply.title).toBe('History of order ord-1');
    const changes = history.reply.table?.rows.map((r) => r[3]);
    expect(changes).toHaveLength(2);
    expect(changes?.[0]).toContain('order ord-1: 150,000 chips');
    expect(changes?.[1]).toBe('order ord-1: placed → confirmed');
  });

  it('lists orders with filters and pages', async () => {
    const { run } = await storyLedger();
    await run('/greenlight order add item:h200 quantity:150000 buyer:ByteDance');
    await run('/greenlight order add item:h200 quantity:20000 buyer:Tencent status:confirmed');
    const all = await run('/greenlight orders', MEMBER);
    expect(all.reply.title).toBe('3 orders');
    expect(all.reply.table?.rows.map((r) => r[0])).toEqual(['ord-1', 'ord-2', 'ord-cn-firms-2026-01']);
    const tencent = await run('/greenlight orders holder:tencent', MEMBER);
    expect(tencent.reply.table?.rows).toEqual([['ord-2', 'Nvidia H200', '20,000', 'Tencent', 'confirmed', 'not linked']]);
    const reported = await run('/greenlight orders status:reported item:h200', MEMBER);
    expect(reported.reply.table?.rows.map((r) => [r[0], r[3]])).toEqual([['ord-cn-firms-2026-01', 'Chinese firms']]);
    expect((await run('/greenlight orders page:3', MEMBER)).text).toContain(
      'There is only 1 page of results, so there is no page 3. The last one: `/greenlight orders page:1`.',
    );
  });

  it('moves orders forward only, and says why a move is refused', async () => {
    const { run, ledger } = await storyLedger();
    await run('/greenlight order add item:h200 quantity:1000 buyer:Alibaba status:confirmed');
    const back = await run('/greenlight order edit ord-1 status:placed');
    expect(back.reply.severity).toBe('error');
    expect(back.text).toContain('Order ord-1 is already confirmed; it cannot go back to placed.');
    await run('/greenlight order edit ord-1 status:cancelled');
    const seq = ledger.state.seq;
    const revived = await run('/greenlight order edit ord-1 status:delivered');
    expect(revived.text).toContain('Order ord-1 is cancelled; it cannot become delivered.');
    expect(ledger.state.seq).toBe(seq);
  });
});
