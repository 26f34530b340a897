/**
 * Beijing refusing firms it does not name, told as many (data centres, counted requests): the firms still waiting, not
 * the three already approved; a refusal of one firm whose name was not read is given to no one.
 */
import { describe, expect, it } from 'vitest';
import { briefsAgainst } from './candidates-helpers.js';
import { withWaiting } from './state.js';

describe('refusals of firms not named', () => {
  it('gives a refusal of many unnamed requesters to the waiting firms', () => {
    expect(briefsAgainst(withWaiting(), 'Beijing rejects county-run data centres’ bids to import H200s, people say')).toEqual([
      'denial/hedged mofcom [other-cn-firms] h200',
    ]);
  });

  it('keeps a counted refusal the waiting firms’, with its count', () => {
    expect(briefsAgainst(withWaiting(), '商务部：12份H200进口申请因用途不实不予批准')).toEqual([
      'denial/official mofcom [other-cn-firms] h200 licence_count:exact:12',
    ]);
  });

  it('reads 新一轮 ("the new round") opening a clause as no firm’s name', () => {
    expect(
      briefsAgainst(withWaiting(), '消息指约16家果汁企业H200进口申请被否', '知情人士透露，新一轮递交H200进口申请的企业里，约16家已接到商务部不予批准的通知。'),
    ).toEqual(['denial/hedged mofcom [other-cn-firms] h200']);
  });

  it('gives a refusal of one firm to that firm, not the waiting firms', () => {
    expect(briefsAgainst(withWaiting(), 'Qingchuan Fruit Is Said to Be Refused Permission to Import Nvidia H200s')).toEqual([
      'denial/hedged mofcom [qingchuan-fruit] h200',
    ]);
  });
});
