/**
 * Counts spelled out as words ("orders six H200 servers") and parts told of a whole ("the first four of its
 * 12 servers") are the deal's figure; a firm's name ending in "Holding" is no stock held. An undoing denied
 * (a permit "was cancelled", a licence "has not been withdrawn", 撤证传闻, "rejecting freeze rumours") is
 * that undoing with a denied certainty, not a grant or a refusal.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../../src/sources/extract/index.js';
import { briefs } from './candidates-helpers.js';

describe('small counts spelled out as words', () => {
  it('reads a spelled-out count of servers or chips as the order', () => {
    expect(briefs('Qingchuan Fruit orders six H200 servers for its orchard models')).toEqual(['order/reported - [qingchuan-fruit] h200 order:exact:6']);
    expect(briefs('Qingchuan Fruit Orders Eight Nvidia H200 Servers')).toEqual(['order/reported - [qingchuan-fruit] h200 order:exact:8']);
    expect(briefs('Qingchuan Fruit orders six H200s for its sorting line')).toEqual(['order/reported - [qingchuan-fruit] h200 order:exact:6']);
  });

  it('does not count makers, kinds of server or ratios', () => {
    expect(briefs('Qingchuan Fruit books 2,400 H200s through two server makers')).toEqual(['order/reported - [qingchuan-fruit] h200 order:exact:2400']);
    expect(briefs('Qingchuan Fruit books 1,600 H200s, enough for 200 eight-GPU servers')).toEqual(['order/reported - [qingchuan-fruit] h200 order:exact:1600']);
    expect(briefs('Qingchuan Fruit agrees to buy one local chip for every two H200s')).toEqual(['condition_agreed/reported mofcom [qingchuan-fruit] h200']);
  });

  it('reads a part told of a whole as the part', () => {
    expect(briefs('Qingchuan Fruit takes delivery of the first four of its 12 H200 servers')).toEqual([
      'delivery/reported - [qingchuan-fruit] h200 delivery:exact:4',
    ]);
    expect(briefs('Qingchuan Fruit takes delivery of 6 of its 24 H200 servers')).toEqual(['delivery/reported - [qingchuan-fruit] h200 delivery:exact:6']);
  });

  it('keeps a part of a whole told in another magnitude as a count of its own', () => {
    const text = 'Nvidia has delivered 400,000 of the 2 million H200 chips ordered';
    const at = text.indexOf('H200');
    const found = findQuantities(text, [{ kind: 'item', id: 'h200', name: 'h200', text: 'H200', index: at, end: at + 4 }], { h200: 'chips' });
    expect(found.map((q) => q.quantity.value)).toEqual([400_000, 2_000_000]);
  });

  it('does not read a firm named "… Holding" as goods held', () => {
    expect(
      briefs('Qingchuan Fruit takes delivery of its first 96 H200s', 'Qingchuan Holding said 96 H200 processors are now on site and being racked.'),
    ).toEqual(['delivery/reported - [qingchuan-fruit] h200 delivery:exact:96']);
  });
});

describe('an undoing denied', () => {
  it('reads a permit said to have been cancelled, denied, as a revocation denied', () => {
    expect(briefs('Tencent dismisses claim its H200 import permit was cancelled')).toEqual(['revocation/denied mofcom [tencent] h200']);
  });

  it('reads a licence to import that has not been withdrawn as a revocation denied', () => {
    expect(briefs('Tencent says its licence to import H200s has not been withdrawn')).toEqual(['revocation/denied mofcom [tencent] h200']);
  });

  it('reads 撤证 as a revocation', () => {
    expect(briefs('青川果业回应撤证传闻：H200进口许可仍然有效', '青川果业表示，公司H200进口许可并未被撤回。')).toEqual([
      'revocation/denied mofcom [zh-i4cayq] h200',
    ]);
  });

  it('reads rejecting rumours of a freeze as the suspension denied, not a refusal', () => {
    expect(briefs('Beijing says Alibaba’s H200 import approval still stands, rejecting freeze rumours')).toEqual(['suspension/denied mofcom [alibaba] h200']);
  });
});

describe('a permission said to stand', () => {
  it('denies the undoing told beside it', () => {
    expect(briefs('Tencent says its H200 import clearance is intact after freeze rumours')).toEqual(['suspension/denied mofcom [tencent] h200']);
    expect(briefs('Tencent says its H200 import licence remains in force, dismissing talk of a revocation')).toEqual([
      'revocation/denied mofcom [tencent] h200',
    ]);
  });

  it('leaves a standing approval told with no undoing as it was', () => {
    expect(briefs('Beijing says the H200 import approvals for ByteDance, Alibaba and Tencent remain in force')).not.toContainEqual(
      expect.stringMatching(/denied/),
    );
  });
});

describe('a figure attributed to analysts at the end of its headline', () => {
  it('reads the figure, hedged, not an opinion', () => {
    expect(briefs('Nvidia sits on an estimated 610,000 H200s that could go to China, analysts say')).toEqual([
      'supply/hedged - [nvidia] h200 inventory:about:610000',
    ]);
  });

  it('still reads analysts’ views with no figure as opinion', () => {
    expect(briefs('Beijing’s H200 approvals are a negotiating chip, analysts say')).toEqual([]);
  });
});
