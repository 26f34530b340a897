/**
 * A firm nobody tracks that racks, runs, installs, takes or brings online a number of H200s, or says that a number of
 * chips arrived at its own site, holds that delivery on a new record; a tracked platform keeps its own holder, a place
 * (a site, a campus) is no firm, and a seller or a research house telling of chips arriving holds none of them.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('a new firm holding the chips it racks, runs or installs', () => {
  it('reads a firm that racks a number of H200s as holding them', () => {
    expect(briefs('Merrow Analytics racks 728 Nvidia H200s in Jiujiang for shipping-lane models')).toEqual([
      'delivery/reported - [merrow-analytics] h200 delivery:exact:728',
    ]);
  });

  it('reads a headline in capitals that racks its first chips the same way', () => {
    expect(briefs('Dunmore Labs Racks Its First 532 H200s')).toEqual(['delivery/reported - [dunmore-labs] h200 delivery:exact:532']);
  });

  it('reads a firm that has a number of H200s running as holding them', () => {
    expect(briefs('Quillan Robotics has 356 H200s running, the rest due by June')).toEqual(['delivery/reported - [quillan-robotics] h200 delivery:exact:356']);
  });

  it('reads a firm that now has a number of H200s installed as holding them', () => {
    expect(briefs('Tessaly Data now has 248 H200s installed')).toEqual(['delivery/reported - [tessaly-data] h200 delivery:exact:248']);
  });

  it('reads a firm saying a number of its H200s are now running as holding them', () => {
    expect(briefs('Pardell Systems says 876 Nvidia H200s are now running in its Wuhu hall')).toEqual([
      'delivery/reported - [pardell-systems] h200 delivery:exact:876',
    ]);
  });

  it('reads a firm that takes its first chips, without "its", as holding them', () => {
    expect(briefs('Corbin Freight takes first 192 Nvidia H200s as the shipment reaches Nantong')).toEqual([
      'delivery/reported - [corbin-freight] h200 delivery:exact:192',
    ]);
  });

  it('reads a firm that brings its servers online, or fires its chips up, as holding them', () => {
    expect(briefs('Veyra Logistics brings its first 36 H200 servers online')).toEqual(['delivery/reported - [veyra-logistics] h200 delivery:exact:36']);
    expect(briefs('Halvard Genomics Fires Up 264 Nvidia H200s in Hefei')).toEqual(['delivery/reported - [halvard-genomics] h200 delivery:exact:264']);
  });
});

describe('a new firm saying the chips arrived at its site', () => {
  it('reads a firm saying a number of chips arrived at its own hall as holding them', () => {
    expect(
      briefs(
        'Ostrel Bio starts protein runs',
        'Ostrel Bio said 464 Nvidia H200 chips arrived this week at its Yantai lab, the first of the 928 it may import.',
      ),
    ).toEqual(['delivery/reported - [ostrel-bio] h200 delivery:exact:464']);
  });

  it('reads a firm saying, on a weekday, that chips it bought have been delivered as holding them', () => {
    expect(
      briefs(
        'Lindqvist Maps begins terrain training',
        'Lindqvist Maps said on Tuesday that all 212 H200 servers it bought have been delivered to its Kunming centre.',
      ),
    ).toEqual(['delivery/reported - [lindqvist-maps] h200 delivery:exact:212']);
  });
});

describe('guards', () => {
  it('keeps a tracked platform that racks chips as their holder', () => {
    expect(briefs('Tencent quietly racks around 31,200 Nvidia H200s in Gansu')).toEqual(['delivery/reported - [tencent] h200 delivery:about:31200']);
    expect(briefs('Volcano Engine racks up about 27,300 Nvidia H200s at a new Hohhot hall')).toEqual([
      'delivery/reported - [bytedance] h200 delivery:about:27300',
    ]);
  });

  it('reads no firm in a place that racks or receives chips', () => {
    expect(briefs('Horqin Campus receives 712 H200s').map((b) => b.replace(/ h200 .*/u, ''))).toEqual(['delivery/reported - []']);
    expect(briefs('Dalad Site racks 816 H200s').map((b) => b.replace(/ h200 .*/u, ''))).toEqual(['delivery/reported - []']);
  });

  it('still reads no holder when Nvidia says chips arrived at its customers', () => {
    expect(briefs('Nvidia said 416 H200 chips have arrived at its Chinese customers’ halls').map((b) => b.replace(/ h200 .*/u, ''))).toEqual([
      'delivery/reported - []',
    ]);
  });

  it('still reads no holder when a research house says chips arrived in China', () => {
    expect(briefs('Calder Research said 96,000 H200s have arrived in China').map((b) => b.replace(/ h200 .*/u, ''))).toEqual(['delivery/reported - []']);
  });

  it('still reads no delivery in racks planned for chips', () => {
    expect(briefs('Zhorvin Data tells assemblers to plan racks for about 9,600 H200s', '').filter((b) => b.startsWith('delivery'))).toEqual([]);
  });
});
