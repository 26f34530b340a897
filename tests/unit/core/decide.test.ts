/** decide(command, state) → events, on explicit past events (no sample seed). */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/core/events.js';
import { evolveChange, revertChange } from '../../../src/core/evolve.js';
import type { ChangeMeta } from '../../../src/core/planning.js';
import { fold, given } from './given-when-then.js';
import { admin, authorization, authorizationCreated, chips, conditionAdded, orderCreated, partyAdded, references } from './story-events.js';

const wire: ChangeMeta = {
  actor: { kind: 'source', id: 'news' },
  tier: 'wire',
  evidence: { title: 'Licence suspended, sources say', publisher: 'Wire', url: 'https://news.example/a', seenAt: '2026-02-02T00:00:00Z', tier: 'wire' },
};
const pending = authorization('cn-import');
const approved = authorization('cn-import', { status: 'approved', quota: chips(400_000, 'over'), provenance: { status: 'official', quota: 'official' } });

describe('authorizations', () => {
  it('tracking a new one: the created event carries the whole record', () => {
    given(...references)
      .when({
        kind: 'authorization.create',
        input: { name: 'China H200 import', direction: 'import', authorityId: 'mofcom', itemId: 'h200', holderIds: ['bytedance'], status: 'pending' },
        meta: admin,
      })
      .then(authorizationCreated(authorization('china-h200-import', { name: 'China H200 import' })));
  });

  it('a status move says from and to', () => {
    const after = { ...pending, status: 'approved' as const };
    given(...references, authorizationCreated(pending))
      .when({ kind: 'authorization.update', id: 'cn-import', patch: { status: 'approved' }, meta: admin })
      .then({
        type: 'authorization.status_changed',
        entity: 'authorization',
        entityId: 'cn-import',
        authorizationId: 'cn-import',
        from: 'pending',
        to: 'approved',
        before: pending,
        after,
      });
  });

  it('a quota change says from and to (none before)', () => {
    const after = { ...pending, quota: chips(50_000), provenance: { status: 'admin' as const, quota: 'admin' as const } };
    given(...references, authorizationCreated(pending))
      .when({ kind: 'authorization.update', id: 'cn-import', patch: { quota: chips(50_000) }, meta: admin })
      .then({
        type: 'authorization.quota_changed',
        entity: 'authorization',
        entityId: 'cn-import',
        authorizationId: 'cn-import',
        to: chips(50_000),
        before: pending,
        after,
      });
  });

  it('a weaker source does not change what an official source set: its report is kept as a claim', () => {
    const [claim, ...rest] = given(...references, authorizationCreated(approved))
      .when({ kind: 'authorization.update', id: 'cn-import', patch: { status: 'suspended' }, meta: wire })
      .events();
    expect(claim).toEqual({
      type: 'claim.reported',
      entity: 'claim',
      entityId: 'claim-cn-import-1',
      authorizationId: 'cn-import',
      before: null,
      after: { id: 'claim-cn-import-1', authorizationId: 'cn-import', field: 'status', value: 'suspended', evidence: wire.evidence },
    });
    // Only the evidence is added to the authorization itself; its status stays.
    expect(rest).toHaveLength(1);
    expect(rest[0]!.type === 'authorization.updated' && [rest[0].after.status, rest[0].after.evidence]).toEqual(['approved', [wire.evidence]]);
  });

  it('a weaker source reporting a reversal marks the record disputed instead of flipping it', () => {
    const denied = authorization('cn-import', { status: 'denied', provenance: { status: 'official' } });
    const events = given(...references, authorizationCreated(denied))
      .when({ kind: 'authorization.update', id: 'cn-import', patch: { status: 'approved' }, meta: wire })
      .events();
    expect(events.map((e) => e.type)).toEqual(['claim.reported', 'authorization.updated']);
    const updated = events[1]!;
    expect(updated.type === 'authorization.updated' && [updated.after.status, updated.after.disputed]).toEqual(['denied', true]);
  });

  it('refuses an illegal move, and a change to nothing', () => {
    const revoked = authorization('cn-import', { status: 'revoked' });
    given(...references, authorizationCreated(revoked))
      .when({ kind: 'authorization.update', id: 'cn-import', patch: { status: 'pending' }, meta: admin })
      .thenRefused('invalid_transition', /is revoked, a final decision\. To reopen it as pending/);
    given(...references, authorizationCreated(pending))
      .when({ kind: 'authorization.update', id: 'cn-import', patch: { status: 'pending' }, meta: admin })
      .thenRefused('invalid_transition', 'Licence cn-import is already pending.');
    given(...references)
      .when({ kind: 'authorization.update', id: 'nope', patch: { status: 'approved' }, meta: admin })
      .thenRefused('not_found', 'No authorization with id "nope".');
  });

  it('removing one removes its conditions and claims and unlinks its orders, then itself', () => {
    const condition = { id: 'cond-1', authorizationId: 'cn-import', kind: 'kyc', text: 'Know your customer', status: 'proposed' as const };
    const order = {
      id: 'ord-1',
      itemId: 'h200',
      buyerId: 'bytedance',
      quantity: chips(10),
      status: 'placed' as const,
      authorizationId: 'cn-import',
      evidence: [],
    };
    const { authorizationId: _, ...unlinked } = order;
    given(...references, authorizationCreated(pending), conditionAdded(condition), orderCreated(order))
      .when({ kind: 'authorization.remove', id: 'cn-import' })
      .then(
        { type: 'condition.removed', entity: 'condition', entityId: 'cond-1', authorizationId: 'cn-import', before: condition, after: null },
        { type: 'order.updated', entity: 'order', entityId: 'ord-1', authorizationId: 'cn-import', before: order, after: unlinked },
        { type: 'authorization.removed', entity: 'authorization', entityId: 'cn-import', authorizationId: 'cn-import', before: pending, after: null },
      );
  });

  it('a name that slugs to a reserved word gets a numbered id; an explicit reserved id is refused', () => {
    const [created] = given(...references)
      .when({
        kind: 'authorization.create',
        input: { name: 'Constructor', direction: 'import', authorityId: 'mofcom', itemId: 'h200', holderIds: ['bytedance'], status: 'pending' },
        meta: admin,
      })
      .events();
    expect(created?.entityId).toBe('constructor-1');
    given(...references)
      .when({
        kind: 'authorization.create',
        input: { id: 'constructor', name: 'Anything', direction: 'import', authorityId: 'mofcom', itemId: 'h200', holderIds: ['bytedance'], status: 'pending' },
        meta: admin,
      })
      .thenRefused('invalid_input', 'authorization id "constructor" is a reserved word in Greenlight; choose another id.');
  });
});

describe('conditions, orders and supply', () => {
  const condition = { id: 'cond-1', authorizationId: 'cn-import', kind: 'kyc', text: 'Know your customer', status: 'proposed' as const };

  it('adding, finalising and removing a condition', () => {
    given(...references, authorizationCreated(pending))
      .when({ kind: 'condition.add', input: { authorizationId: 'cn-import', kind: 'kyc', text: 'Know your customer' } })
      .then({ type: 'condition.added', entity: 'condition', entityId: 'cond-1', authorizationId: 'cn-import', before: null, after: condition });
    given(...references, authorizationCreated(pending), conditionAdded(condition))
      .when({ kind: 'condition.update', id: 'cond-1', patch: { status: 'final' } })
      .then({
        type: 'condition.finalized',
        entity: 'condition',
        entityId: 'cond-1',
        authorizationId: 'cn-import',
        before: condition,
        after: { ...condition, status: 'final' },
      });
    given(...references, authorizationCreated(pending), conditionAdded(condition))
      .when({ kind: 'condition.remove', id: 'cond-1' })
      .then({
        type: 'condition.removed',
        entity: 'condition',
        entityId: 'cond-1',
        authorizationId: 'cn-import',
        before: condition,
        after: { ...condition, status: 'removed' },
      });
    given(...references, authorizationCreated(pending), conditionAdded(condition))
      .when({ kind: 'condition.add', input: { authorizationId: 'cn-import', kind: 'kyc', text: 'KNOW YOUR CUSTOMER' } })
      .thenRefused('conflict', 'That condition is already recorded as cond-1.');
  });

  it('an order moves forward with from and to, and never back', () => {
    const order = {
      id: 'ord-1',
      itemId: 'h200',
      buyerId: 'bytedance',
      quantity: chips(10),
      status: 'placed' as const,
      authorizationId: 'cn-import',
      evidence: [],
    };
    given(...references, authorizationCreated(pending), orderCreated(order))
      .when({ kind: 'order.update', id: 'ord-1', patch: { status: 'shipped' }, meta: admin })
      .then({
        type: 'order.status_changed',
        entity: 'order',
        entityId: 'ord-1',
        authorizationId: 'cn-import',
        from: 'placed',
        to: 'shipped',
        before: order,
        after: { ...order, status: 'shipped' },
      });
    given(...references, authorizationCreated(pending), orderCreated({ ...order, status: 'confirmed' }))
      .when({ kind: 'order.update', id: 'ord-1', patch: { status: 'placed' }, meta: admin })
      .thenRefused('invalid_transition', 'Order ord-1 is already confirmed; it cannot go back to placed.');
    given(...references, partyAdded('tencent'), authorizationCreated(pending))
      .when({
        kind: 'order.add',
        input: { itemId: 'h200', buyerId: 'tencent', quantity: chips(5), status: 'placed', authorizationId: 'cn-import' },
        meta: admin,
      })
      .thenRefused('invalid_input', 'tencent is not a holder of Licence cn-import (cn-import; holders: ByteDance).');
  });

  it('a supply figure is set, replaced with its previous value, and not repeated', () => {
    const first = { id: 'h200@nvidia', itemId: 'h200', holderId: 'nvidia', quantity: chips(700_000, 'about'), asOf: '2026-01-01', evidence: [] };
    const set = { type: 'supply.set', entity: 'supply', entityId: 'h200@nvidia', before: null, after: first } as const;
    given(...references)
      .when({ kind: 'supply.set', input: { itemId: 'h200', holderId: 'nvidia', quantity: chips(700_000, 'about'), asOf: '2026-01-01' }, meta: admin })
      .then(set);
    given(...references, set)
      .when({ kind: 'supply.set', input: { itemId: 'h200', holderId: 'nvidia', quantity: chips(650_000, 'about'), asOf: '2026-02-01' }, meta: admin })
      .then({ ...set, before: first, after: { ...first, quantity: chips(650_000, 'about'), asOf: '2026-02-01' } });
    given(...references, set)
      .when({ kind: 'supply.set', input: { itemId: 'h200', holderId: 'nvidia', quantity: chips(700_000, 'about'), asOf: '2026-01-01' }, meta: admin })
      .thenRefused('invalid_input', 'Nothing to change: that supply figure is already recorded.');
  });
});

describe('reference records and import', () => {
  it('an upsert of an identical record is no event; a changed one carries both', () => {
    given(...references)
      .when({ kind: 'entity.upsert', entity: 'party', record: { id: 'nvidia', name: 'Nvidia', aliases: [] } })
      .then();
    given(...references)
      .when({ kind: 'entity.upsert', entity: 'party', record: { id: 'nvidia', name: 'NVIDIA Corp' } })
      .then({
        type: 'entity.upserted',
        entity: 'party',
        entityId: 'nvidia',
        before: { id: 'nvidia', name: 'Nvidia', aliases: [] },
        after: { id: 'nvidia', name: 'NVIDIA Corp', aliases: [] },
      });
  });

  it('import refuses ids that name object properties, and refers to nothing unknown', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'prototype']) {
      const data = JSON.parse(`{"version":1,"party":{"${id}":{"id":"${id}","name":"Evil"}}}`) as { version: 1 };
      given(...references)
        .when({ kind: 'ledger.import', data })
        .thenRefused('invalid_input', `Import refused: party id "${id}" is a reserved word in Greenlight; choose another id. Nothing was imported.`);
    }
    given(...references)
      .when({ kind: 'ledger.import', data: { version: 1, party: { other: { id: 'nvidia', name: 'Nvidia', aliases: [] } } } })
      .thenRefused('invalid_input', 'Import refused: party keyed "other" has id "nvidia". Nothing was imported.');
    given(...references)
      .when({
        kind: 'ledger.import',
        data: { version: 1, order: { 'ord-9': { id: 'ord-9', itemId: 'h100', buyerLabel: 'x', quantity: chips(1), status: 'placed', evidence: [] } } },
      })
      .thenRefused('invalid_input', 'Import refused: order ord-9 refers to unknown item "h100". Nothing was imported.');
  });
});

describe('evolve', () => {
  it('folds every kind of event, and revert undoes each one exactly', () => {
    const condition = { id: 'cond-1', authorizationId: 'cn-import', kind: 'kyc', text: 'KYC', status: 'proposed' as const };
    const order = {
      id: 'ord-1',
      itemId: 'h200',
      buyerId: 'bytedance',
      quantity: chips(10),
      status: 'placed' as const,
      authorizationId: 'cn-import',
      evidence: [],
    };
    const history: Change[] = [...references, authorizationCreated(pending), conditionAdded(condition), orderCreated(order)];
    const state = fold(history);
    const removal = given(...history)
      .when({ kind: 'authorization.remove', id: 'cn-import' })
      .events();
    const before = JSON.stringify(state);
    for (const change of removal) evolveChange(state, change);
    expect(state.authorization['cn-import']).toBeUndefined();
    expect(state.condition['cond-1']).toBeUndefined();
    expect(state.order['ord-1']?.authorizationId).toBeUndefined();
    for (const change of [...removal].reverse()) revertChange(state, change);
    expect(JSON.stringify(state)).toBe(before);
  });

  it('keeps records keyed by any id, with collections that have no prototype', () => {
    const state = fold([partyAdded('__proto__'), partyAdded('constructor')]);
    expect(Object.keys(state.party)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(state.party)).toBeNull();
    expect(state.authorization['toString']).toBeUndefined();
  });
});
