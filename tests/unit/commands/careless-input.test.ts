/**
 * Issue 13, "careless input is stored as fact": each of these was accepted through the router
 * and stored; each must be refused with a specific error that says what is allowed, and change
 * nothing — or, where the admin may know better, be kept with a visible warning.
 */
import { describe, expect, it } from 'vitest';
import { storyLedger } from '../../fakes/story-ledger.js';

async function refused(line: string, expected: string | RegExp) {
  const story = await storyLedger();
  const seq = story.ledger.state.seq;
  const before = JSON.stringify(story.ledger.state);
  const { reply, text } = await story.run(line);
  expect(reply.severity, text).toBe('error');
  expect(text).toMatch(expected);
  expect(story.ledger.state.seq).toBe(seq);
  expect(JSON.stringify(story.ledger.state)).toBe(before);
  return text;
}

describe('counts and units', () => {
  it('refuses an allocation that is not holder=quantity with a real quantity', async () => {
    await refused(
      '/greenlight track edit cn-h200-import-group allocations:bytedance=abc',
      /Allocation for bytedance: "abc" is not a count; write it like 5000/,
    );
    await refused('/greenlight track edit cn-h200-import-group allocations:bytedance', /must look like holder=quantity/);
    await refused(
      '/greenlight track edit cn-h200-import-group allocations:"bytedance=5000 bananas"',
      /"bananas" is not a unit here; Nvidia H200 is counted in chips/,
    );
    await refused('/greenlight track edit cn-h200-import-group allocations:baidu=5000', /No party matches "baidu"/);
  });

  it('stores a good allocation in the item unit, commas inside numbers included', async () => {
    const { run, ledger } = await storyLedger();
    const { reply, text } = await run('/greenlight track edit cn-h200-import-group allocations:"bytedance=150,000, alibaba=100k"');
    expect(reply.severity, text).toBe('success');
    expect(ledger.state.authorization['cn-h200-import-group']!.allocations).toEqual([
      { holderId: 'bytedance', quantity: { value: 150000, qualifier: 'exact', unit: 'chips' } },
      { holderId: 'alibaba', quantity: { value: 100000, qualifier: 'exact', unit: 'chips' } },
    ]);
  });

  it('refuses fractional, zero and foreign-unit order quantities', async () => {
    await refused('/greenlight order add item:h200 buyer:ByteDance quantity:1.5', '"1.5" is not a whole number; counts are whole numbers (1 or more).');
    await refused('/greenlight order add item:h200 buyer:ByteDance quantity:0', '"0" is not a count of 1 or more');
    await refused(
      '/greenlight order add item:h200 buyer:ByteDance quantity:"5000 bananas"',
      '"bananas" is not a unit here; Nvidia H200 is counted in chips. Write the number alone (e.g. 5000) or as "5000 chips".',
    );
    await refused('/greenlight track edit cn-h200-import-group quota:abc', /"abc" is not a count/);
  });

  it('keeps magnitudes and the item unit working', async () => {
    const { run, ledger } = await storyLedger();
    expect((await run('/greenlight order add item:h200 buyer:ByteDance quantity:1.5k')).reply.severity).not.toBe('error');
    expect((await run('/greenlight order add item:h200 buyer:Alibaba quantity:"2000 chips"')).reply.severity).not.toBe('error');
    const quantities = Object.values(ledger.state.order)
      .filter((o) => o.buyerId)
      .map((o) => o.quantity);
    expect(quantities).toEqual([
      { value: 1500, qualifier: 'exact', unit: 'chips' },
      { value: 2000, qualifier: 'exact', unit: 'chips' },
    ]);
  });
});

describe('dates, lengths and parties', () => {
  it('refuses valid_from after valid_to, in one command or against the stored date', async () => {
    await refused(
      '/greenlight track edit cn-h200-import-pending valid_from:2026-12-01 valid_to:2026-06-01',
      'validity would start on 2026-12-01 but end on 2026-06-01; `valid_from` must be on or before `valid_to`',
    );
    // The US licence is valid from 2026-01-15.
    await refused('/greenlight track edit us-h200-export-china valid_to:2026-01-01', 'The validity would start on 2026-01-15 but end on 2026-01-01');
    await refused(
      '/greenlight track add name:"Test licence" direction:import authority:MOFCOM item:h200 holders:ByteDance valid_from:2026-05-01 valid_to:2026-04-01',
      /validity would start on 2026-05-01/,
    );
  });

  it('limits names and notes, and says the limit', async () => {
    await refused(
      `/greenlight track edit cn-h200-import-pending name:"${'x'.repeat(300)}"`,
      'Option `name` can be at most 200 characters (this one has 300)'.replace('Option `name` ', '`name`: '),
    );
    await refused(
      `/greenlight order add item:h200 quantity:10 buyer:"${'B'.repeat(100 * 1024)}"`,
      'Option `buyer` can be at most 2,000 characters (this one has 102,400).',
    );
    await refused(`/greenlight order add item:h200 quantity:10 buyer:"${'B'.repeat(500)}"`, '`buyer`: can be at most 200 characters (this one has 500)');
    await refused(`/greenlight track edit cn-h200-import-pending status:applied note:"${'n'.repeat(2500)}"`, 'Option `note` can be at most 2,000 characters');
  });

  it("translates zod wording into the option's words", async () => {
    const text = await refused('/greenlight track edit cn-h200-import-pending name:ab', '`name`: must be at least 3 characters long');
    expect(text).not.toMatch(/Too small|expected string/);
  });

  it('refuses an unknown buyer or holder with the party add command to run', async () => {
    await refused(
      '/greenlight order add item:h200 quantity:10 buyer:Baidu',
      'No party matches "Baidu". Add the buyer first with `/greenlight party add name:Baidu`',
    );
    await refused(
      '/greenlight order add item:h200 quantity:10 buyer:"Huawei Technologies"',
      'Add the buyer first with `/greenlight party add name:"Huawei Technologies"`',
    );
    await refused(
      '/greenlight track add name:"Baidu H200 import" direction:import authority:MOFCOM item:h200 holders:Baidu',
      'No party matches "Baidu". Add the holder first with `/greenlight party add name:Baidu`',
    );
    await refused('/greenlight track edit cn-h200-import-pending holders:Baidu', 'No party matches "Baidu"');
  });
});

describe('quota arithmetic the admin may know better about', () => {
  it('keeps allocations above the quota, with a visible warning', async () => {
    const { run, ledger } = await storyLedger();
    const { reply, text } = await run('/greenlight track edit cn-h200-import-group allocations:"bytedance=300000, alibaba=200000"');
    expect(reply.severity).toBe('warning');
    expect(text).toContain(
      '⚠ The allocations add up to 500,000 chips, more than the quota (over 400,000 chips); they were recorded anyway, so check the figures.',
    );
    expect(ledger.state.authorization['cn-h200-import-group']!.allocations).toHaveLength(2);
  });

  it('keeps an order above what remains, with a visible warning', async () => {
    const { run } = await storyLedger();
    const { reply, text } = await run('/greenlight order add item:h200 quantity:450000 buyer:ByteDance authorization:cn-h200-import-group');
    expect(reply.severity).toBe('warning');
    expect(reply.title).toBe('Recorded order ord-1: 450,000 chips ordered by ByteDance (placed)');
    expect(text).toMatch(/⚠ This order is more than what remained of the quota \(\w+ 400,000 chips\); it was recorded anyway, so check the figures\./);
  });

  it('refuses an order against a denied or revoked authorization', async () => {
    const story = await storyLedger();
    expect((await story.run('/greenlight track edit cn-h200-import-pending status:denied')).reply.severity).toBe('success');
    const seq = story.ledger.state.seq;
    const { reply, text } = await story.run('/greenlight order add item:h200 quantity:10 buyer:ByteDance authorization:cn-h200-import-pending');
    expect(reply.severity).toBe('error');
    expect(text).toContain('China H200 import approvals for other firms is denied, so no order can be placed against it.');
    expect(story.ledger.state.seq).toBe(seq);
  });
});

describe('no accidental copies', () => {
  it('refuses an identical track add with a pointer to the existing record, instead of a -5 copy', async () => {
    const story = await storyLedger();
    const seq = story.ledger.state.seq;
    const { reply, text } = await story.run(
      '/greenlight track add name:"ByteDance Alibaba Tencent H200" direction:import authority:MOFCOM item:h200 holders:"Tencent, ByteDance, Alibaba"',
    );
    expect(reply.severity).toBe('error');
    expect(text).toContain(
      'This is already tracked as China H200 import approval (ByteDance, Alibaba, Tencent) (id cn-h200-import-group): same direction, authority, item and holders. Change it with `/greenlight track edit cn-h200-import-group …`',
    );
    expect(story.ledger.state.seq).toBe(seq);
    expect(Object.keys(story.ledger.state.authorization).filter((id) => id.startsWith('cn-h200-import-group'))).toEqual(['cn-h200-import-group']);
    // Other holders, or a new application after a final decision, are new records.
    expect(
      (await story.run('/greenlight track add name:"Tencent H200 import" direction:import authority:MOFCOM item:h200 holders:Tencent')).reply.severity,
    ).toBe('success');
    await story.run('/greenlight track edit cn-h200-import-pending status:denied');
    expect(
      (await story.run('/greenlight track add name:"Other firms, again" direction:import authority:MOFCOM item:h200 holders:"Other Chinese firms"')).reply
        .severity,
    ).toBe('success');
  });
});
