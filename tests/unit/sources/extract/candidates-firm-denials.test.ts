/**
 * A firm answering a rumour about its own request: the rumour it quotes (网传, 市场传言) and its
 * denial are one event, denied; 请以公司公告为准 points to notices to come and is no notice; a
 * negation reaches over what the request was about (从未就引进H200向商务部报送申请); a name opening
 * with 中国 heads its own news. A request by a firm whose approval the item tells suspended is
 * that approval's history; a clause opening with 原因之一是, or 叫停了 before a name, names no firm.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('a report disputed', () => {
  it('reads the event a firm is disputing a report of as denied, never as told', () => {
    const kinds = read('Nvidia says its China H200 licences remain valid, disputing suspension report').candidates.map((c) => `${c.kind}/${c.certainty}`);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k.endsWith('/denied'))).toBe(true);
  });
});

describe('a firm denying a request of its own', () => {
  it('reads the rumour it answers and its denial as one denied application', () => {
    const e = read(
      '青松食品：没有申请进口H200 也无相关计划',
      '有投资者在互动平台提问，网传青松食品已向商务部申请进口英伟达H200芯片，是否属实？青松食品回复称，公司目前没有申请进口H200芯片，请以公司公告为准。',
    );
    expect(e.candidates.map((c) => `${c.kind}/${c.certainty}`)).toEqual(['application/denied']);
  });

  it('reads a firm whose name opens with 中国, and a negation reaching over the request’s object', () => {
    const e = read('中国华瑞：从未就引进H200芯片向商务部报送申请', '中国华瑞答复称，公司从未就引进英伟达H200向商务部报送申请材料。');
    expect(e.candidates.map((c) => `${c.kind}/${c.certainty}/${c.holders.map((h) => h.words).join('+')}`)).toEqual(['application/denied/中国华瑞']);
  });

  it('reads a negation reaching over a request to import (并未就H200芯片向商务部提出进口申请)', () => {
    expect(read('青松食品回复投资者：并未就H200芯片向商务部提出进口申请').candidates.map((c) => `${c.kind}/${c.certainty}`)).toEqual(['application/denied']);
  });

  it('reads a claim a firm quotes to answer, then denies, as denied (回应“…”：从未…)', () => {
    expect(briefs('阿里巴巴回应“H200进口许可被撤销”：从未收到撤销通知')).toEqual(['revocation/denied mofcom [alibaba] h200']);
  });

  it('does not take 请以公司公告为准 for an official notice', () => {
    expect(briefs('青松食品获批进口H200芯片', '青松食品日前获商务部批准进口2000颗H200芯片，具体以公司公告为准。')[0]).toMatch(/^grant\/reported /u);
  });
});

describe('a request behind an approval undone', () => {
  it('reads the suspension alone, and no firm in 叫停了… or 原因之一是', () => {
    const e = read(
      '青松食品H200进口许可据悉被暂停',
      '据知情人士透露，商务部近期叫停了青松食品进口英伟达H200芯片的许可，原因之一是其算力出租与申请时申报的用途不符。',
    );
    expect(e.candidates.map((c) => `${c.kind}/${c.holders.map((h) => h.words).join('+')}`)).toEqual(['suspension/青松食品']);
  });
});

describe('a request not granted, told by its filer', () => {
  it('reads 申请未予批准 as a denial', () => {
    expect(briefs('星衍数据：公司接到商务部书面通知，其报送的英伟达H200进口申请未予批准').map((b) => b.split(' ')[0])).toEqual(['denial/reported']);
  });
});
