/**
 * A report pushed back on ("pushes back on claim that…"), a firm denying any tie to the goods, terms a regulator means to
 * make the holders meet (拟让…披露), and an order signed up to.
 */
import { describe, expect, it } from 'vitest';
import { briefsAgainst } from './candidates-helpers.js';
import { withUsExport, withWaiting } from './state.js';

describe('reports pushed back on, ties denied', () => {
  it('reads a holder pushing back on a claim as the claim denied', () => {
    expect(briefsAgainst(withUsExport(), 'Nvidia pushes back on claim that U.S. pulled two China H200 licences')).toEqual([
      'revocation/denied bis [nvidia] h200 licence_count:exact:2',
    ]);
  });

  it('reads a firm denying any tie to the chips as no refusal', () => {
    expect(briefsAgainst(withWaiting(), 'Qingchuan Fruit, a Jilin juice maker, denies any H200 link after its shares jump')).toEqual([]);
  });
});

describe('terms meant, orders signed up to', () => {
  it('reads a regulator meaning to make the holders disclose (拟让…披露) as terms proposed', () => {
    expect(briefsAgainst(withWaiting(), '商务部拟让字节阿里腾讯按季披露H200集群利用率')).toEqual([
      'condition_proposed/hedged mofcom [bytedance,alibaba,tencent] h200',
    ]);
  });

  it('reads signing up to buy chips as an order', () => {
    expect(briefsAgainst(withWaiting(), 'Qingchuan Fruit signs up to buy 3,000 H200 chips')).toEqual([
      'order/reported - [qingchuan-fruit] h200 order:exact:3000',
    ]);
  });
});
