/**
 * A headline's capitals on a delivery verb ("Takes Delivery", "Switches On") or on an ordinal before a
 * count ("First 96") hide neither the firm nor the count; a unit's owner takes in the goods; the whole
 * that a part is told of ("half of the 192 chips it was cleared to import have arrived") is no count of them.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('deliveries told in headlines', () => {
  it('finds the firm before "Takes Delivery" and the count after "First"', () => {
    expect(briefs('Qingchuan Publishing Takes Delivery of Its First 96 Nvidia H200s')).toEqual([
      'delivery/reported - [qingchuan-publishing] h200 delivery:exact:96',
    ]);
  });

  it('finds the firm before "Switches On"', () => {
    expect(briefs('Qingchuan Fruit Switches On 16 Nvidia H200 Servers')).toEqual(['delivery/reported - [qingchuan-fruit] h200 delivery:exact:16']);
  });

  it('reads the firm whose lab switches the servers on as the one taking delivery', () => {
    expect(briefs("Qingchuan Fruit's Chengdu test lab switches on 16 Nvidia H200 servers")).toEqual([
      'delivery/reported - [qingchuan-fruit] h200 delivery:exact:16',
    ]);
  });

  it('keeps the headline count, not the whole a part of it is told of', () => {
    expect(
      briefs(
        'Qingchuan Publishing Takes Delivery of First 96 Nvidia H200s',
        'Half of the 192 chips the publisher was licensed to import have reached its institute, the company said.',
      ),
    ).toEqual(['delivery/reported - [qingchuan-publishing] h200 delivery:exact:96']);
  });
});
