/**
 * The forty-sixth session's first round: a request to import named with its goods and then told granted (申请进口…颗H200已获批准)
 * is the grant, and told not granted (未获批准) is refused, while 尚未获批准 is still pending; a firm that discloses its import approval (披露…批复) was granted; a rumour answered "并无此事" or called a
 * misreading (系误读) is denied; 签单 is an order signed and names the firm before it, as does the permit "in its hands"
 * (手中的…批文); a firm that lodges a bid or hands in its import paperwork asks; an import request filed asks; firms still
 * queuing are the waiting firms; 或被 and 或遭 ("may be") hedge; chips that "can now be imported" by buyers are a permission, not a delivery.
 */
import { describe, expect, it } from 'vitest';
import { brief, briefs, kindsTold, read, told } from './candidates-helpers.js';

describe('requests told granted, claims called misread, orders signed and permits held', () => {
  it('reads a request to import named with its goods, then granted, as the grant', () => {
    expect(kindsTold('汀屿数据公告称，公司申请进口642颗英伟达H200已获商务部批准')).toEqual(['grant/reported']);
    expect(briefs('汀屿数据申请进口642颗H200已获批')).toEqual(['grant/reported mofcom [zh-14q0kqi] h200 quota:exact:642']);
  });

  it('reads a request to import that was not granted (未获批准) as refused', () => {
    expect(kindsTold('汀屿数据申请进口642颗英伟达H200未获商务部批准')).toEqual(['denial/reported']);
  });

  it('still reads a request to import that is not yet granted (尚未, 仍未) as a request', () => {
    expect(kindsTold('汀屿数据申请进口642颗英伟达H200，尚未获商务部批准')).toContain('application/reported');
    expect(kindsTold('汀屿数据申请进口642颗H200尚未获批准')).toEqual(['application/reported', 'grant/denied']);
    expect(kindsTold('汀屿数据申请进口642颗H200仍未获批准')).toEqual(['application/reported', 'grant/denied']);
  });

  it('reads a firm disclosing its import approval (披露…批复) as granted', () => {
    expect(kindsTold('汀屿数据披露642颗H200进口批复')).toEqual(['grant/reported']);
  });

  it('reads a rumoured refusal the ministry says did not happen (并无此事) as a denied refusal', () => {
    expect(kindsTold('商务部回应H200传闻', '针对网传候批企业的H200进口申请已被统一驳回一事，商务部新闻发言人表示并无此事。')).toEqual(['denial/denied']);
  });

  it('still reads a quoted claim a headline calls a misreading (系误读) as denied', () => {
    expect(kindsTold('“屿栈数据获批进口H200”系误读 公司称仍在等待')).toEqual(['grant/denied']);
  });

  it('reads 签单 as an order signed by the firm before it', () => {
    expect(told('汀屿数据签单642颗英伟达H200')).toEqual(['order/reported 汀屿数据']);
  });

  it('reads the permit in a firm’s hands (手中的…批文) as that firm’s', () => {
    expect(told('消防验收未过 汀屿数据手中的H200批文或遭叫停')).toEqual(['suspension/hedged 汀屿数据']);
  });

  it('reads 或被 and 或遭 before a decision ("may be") as a hedge', () => {
    expect(kindsTold('汀屿数据的H200进口许可或被暂停')).toEqual(['suspension/hedged']);
  });

  it('reads a firm lodging a bid or handing in its import paperwork as a request', () => {
    expect(told('Fernwick Analytics lodges bid with Beijing to import Nvidia H200s')).toEqual(['application/reported Fernwick Analytics']);
    expect(told('Fernwick Analytics hands its H200 import paperwork to the commerce ministry')).toEqual(['application/reported Fernwick Analytics']);
  });

  it('reads an import request filed as a request', () => {
    expect(told('Fernwick Analytics has filed an H200 import request with the commerce ministry')).toEqual(['application/reported Fernwick Analytics']);
  });

  it('reads firms still queuing as the waiting firms', () => {
    expect(
      read('Chinese Firms Still Queuing for H200s May Be Told to Keep Their Chips in One Hall').candidates.map((c) => c.holders.map((h) => h.value)),
    ).toEqual([['other-cn-firms']]);
  });

  it('reads chips that can now be imported by buyers as a permission, not a delivery', () => {
    expect(
      read(
        'Beijing lifts the three’s H200 allowance',
        'A further 121,400 or so Nvidia H200s can now be imported by ByteDance, Alibaba and Tencent, people familiar said.',
      ).candidates.map(brief),
    ).toEqual(['grant/hedged mofcom [bytedance,alibaba,tencent] h200 quota:about:121400']);
  });
});
