/**
 * A quota named as what a bargain buys (以换取H200额度落实) is no grant; approvals counted "more" or by round are the waiting
 * firms'; a unit "of" or "controlled by" a firm is the firm's; requests counted as accepted (受理数已超N家) are the waiting
 * firms'; "has licensed" grants; a permission a unit "received to bring in" goods is no delivery.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { kindsOfWaiting, kindsTold, told } from './candidates-helpers.js';
import { withUsExport } from './state.js';

describe('a quota a bargain buys', () => {
  it('reads a quota named as what terms are traded for as no grant, in either script', () => {
    expect(kindsTold('腾讯同意按比例搭购国产加速卡', '腾讯已表示会按比例采购国产加速卡，作为落实H200进口额度的条件之一。')).toEqual([
      'condition_agreed/reported',
    ]);
    expect(kindsTold('騰訊同意按比例搭購國產加速卡 以換取H200額度落實')).toEqual(['condition_agreed/reported']);
  });
});

describe('approvals counted, requests accepted', () => {
  it('reads approvals counted "more" or by round as the waiting firms’', () => {
    expect(kindsOfWaiting('China confirms eight more H200 import approvals')).toEqual(['grant other-cn-firms']);
    expect(
      kindsOfWaiting(
        'Second-round H200 approvals in China said to total up to 0.3 million chips',
        'Firms approved after ByteDance, Alibaba and Tencent will be allowed to import up to 0.3 million H200s between them, two people said.',
      ),
    ).toEqual(['grant other-cn-firms']);
  });
  it('reads requests counted as accepted as the waiting firms applying', () => {
    expect(kindsOfWaiting('商务部：H200进口申请受理数已超过25家')).toEqual(['application other-cn-firms']);
  });
  it('reads a bigger allowance pressed for as an application', () => {
    expect(told('Tencent presses Beijing for a larger H200 allowance')).toEqual(['application/reported Tencent']);
  });
});

describe('a unit of a firm, a licence given, a permission received', () => {
  it('reads the firm a unit belongs to or is controlled by', () => {
    expect(
      told(
        'Steelmaker computing arm cleared to import 800 H200s',
        'A data-centre subsidiary of Henan steelmaker Qingchuan Iron & Steel has received Chinese approval.',
      ),
    ).toEqual(['grant/reported Qingchuan Iron & Steel']);
    expect(told('Port data unit wins nod for 900 H200s', "A data company controlled by Shandong's Qingchuan Port has been allowed to import them.")).toEqual([
      'grant/reported Qingchuan Port',
    ]);
  });
  it('does not read "the Company" a filing’s unit belongs to as a firm', () => {
    expect(
      told('QINGCHUAN FRUIT LIMITED - VOLUNTARY ANNOUNCEMENT', 'A subsidiary of the Company has obtained approval to import 64 H200 chips.').map((c) =>
        c.split(' ').slice(1).join(' '),
      ),
    ).not.toContain('Company');
  });
  it('reads "has licensed" sales as a grant', () => {
    const { candidates } = extractCandidates({ title: 'US has licensed H200 sales to 20 Chinese buyers so far, Commerce says' }, withUsExport());
    expect(candidates.map((c) => `${c.kind} ${c.authority?.value}`)).toEqual(['grant bis']);
  });
  it('reads a permission a unit received to bring in goods as no delivery', () => {
    expect(
      kindsTold(
        'Beijing pulls H200 import clearance from Qingchuan Fruit unit',
        'China cancelled the permission a subsidiary of grower Qingchuan Fruit received to bring in H200s.',
      ),
    ).toEqual(['revocation/reported']);
  });
});
