/**
 * Ids that are property names of plain objects (issue 12, item 7), through the commands an
 * admin types: `import` used to report a `__proto__` party as added while storing nothing
 * and replacing a collection's prototype, and `constructor`/`toString` ended in
 * "Something went wrong".
 */
import { describe, expect, it } from 'vitest';
import { storyLedger } from '../../fakes/story-ledger.js';

const party = (id: string) => `{"version":1,"party":{"${id}":{"id":"${id}","name":"Evil ${id}","aliases":[]}}}`;

describe('reserved ids', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'])(
    'import of a party "%s" is refused with a clear message and changes nothing',
    async (id) => {
      const { run, store, ledger } = await storyLedger();
      const seq = ledger.state.seq;
      const { text } = await run(`/greenlight import data:'${party(id)}'`);
      expect(text).toContain(`Import refused: party id "${id}" is a reserved word in Greenlight; choose another id. Nothing was imported.`);
      expect(text).not.toContain('Something went wrong');
      expect(ledger.state.seq).toBe(seq);
      expect(store.events).toHaveLength(seq);
      // No collection lost its prototype-free shape, and nothing was stored under the name.
      expect(Object.getPrototypeOf(ledger.state.party)).toBeNull();
      expect(Object.keys(ledger.state.party)).not.toContain(id);
      const status = await run('/greenlight status');
      expect(status.text).toContain('3 tracked authorizations');
    },
  );

  it('a record referring to a reserved id is refused as unknown, not found on Object.prototype', async () => {
    const { run, ledger } = await storyLedger();
    const seq = ledger.state.seq;
    const order =
      '{"version":1,"order":{"ord-9":{"id":"ord-9","itemId":"h200","buyerId":"constructor","quantity":{"value":1,"qualifier":"exact","unit":"chips"},"status":"placed","evidence":[]}}}';
    const { text } = await run(`/greenlight import data:'${order}'`);
    expect(text).toContain('Import refused: order ord-9 refers to unknown party "constructor". Nothing was imported.');
    expect(ledger.state.seq).toBe(seq);
  });

  it('track add refuses a reserved id, and numbers a name that slugs to one', async () => {
    const { run, ledger } = await storyLedger();
    const refused = await run('/greenlight track add name:"Some licence" direction:export authority:BIS item:h200 holders:ByteDance id:constructor');
    expect(refused.text).toContain('authorization id "constructor" is a reserved word in Greenlight; choose another id.');
    expect(ledger.state.authorization['constructor']).toBeUndefined();
    const named = await run('/greenlight track add name:"Constructor" direction:export authority:BIS item:h200 holders:ByteDance');
    expect(named.text).toContain('Now tracking Constructor (constructor-1)');
    const shown = await run('/greenlight status constructor-1');
    expect(shown.text).toContain('Constructor');
  });
});
