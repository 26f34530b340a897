/**
 * An item whose body says the permission it tells is not the chip licence ("The licences have
 * nothing to do with the permits under which Nvidia sells H200s", 该认证与商务部的进口许可无关,
 * 不涉及芯片进口许可) tells another permission, whatever its words share with real events. Set
 * apart from another chip's licence ("separate from its earlier H20 import licence"), the news
 * stays.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

describe('another permission, by the item’s own account', () => {
  it.each([
    [
      'Hua Hong wins US licences to keep buying spare parts for its fabs',
      'The Commerce Department issued the licences to Hua Hong Semiconductor for another year. The licences have nothing to do with the case-by-case permits under which Nvidia sells H200 processors to approved Chinese buyers.',
    ],
    [
      'Tencent Cloud wins Malaysian operating licence for Johor data centre',
      "The centre will run Nvidia H200 servers shipped from the US, and the licence is separate from Tencent's permission to import chips into China.",
    ],
    ['字节跳动获海关高级认证 H200等进口设备可享快速通关', '该认证由海关依据企业信用状况作出，与商务部的进口许可无关。'],
    ['神州数码获英伟达授权分销H200服务器', '公司表示，这只是一项分销安排，不涉及芯片进口许可，也不代表有新的企业获批。'],
  ])('reads no event from "%s"', (title, summary) => {
    const e = read(title, summary);
    expect(e.candidates).toEqual([]);
    expect(e.notes.join(' ')).toMatch(/another permission, by the item's own account/u);
  });

  it.each([
    ['China clears Meituan to import 5,000 Nvidia H200s', "The approval is separate from Meituan's earlier H20 import licence, the company said."],
    ['美团获准进口5000颗H200', '公司表示，此次获批与此前取得的H20进口许可无关。'],
  ])('keeps the news of "%s", set apart from another chip’s licence', (title, summary) => {
    expect(read(title, summary).candidates.map((c) => c.kind)).toEqual(['grant']);
  });
});

describe('another permission, said apart from the chips in other words', () => {
  it('reads nothing when the chips are said to lie outside the business approved', () => {
    const x = read(
      '阿里云获批开展跨境数据中心保税维修业务',
      '海关批复同意阿里云开展服务器保税维修业务。阿里巴巴此前获批进口的英伟达H200芯片不在此次业务范围内。',
    );
    expect(x.candidates).toEqual([]);
    expect(x.notes.join(' ')).toContain('another permission');
  });

  it('reads nothing when the pilot is said to have nothing to do with the chip licence', () => {
    const x = read('腾讯获市交通委批复 试点无人配送', '这项试点由交通部门审批，和腾讯今年获得商务部许可进口的英伟达H200芯片没有关系。');
    expect(x.candidates).toEqual([]);
    expect(x.notes.join(' ')).toContain('another permission');
  });
});

describe('another permission, set apart in English', () => {
  it('reads nothing when the body calls the chip licence the firm’s separate one', () => {
    expect(
      read('Tencent Music wins approval for new karaoke app', 'The approval comes weeks after Tencent won its separate licence to import Nvidia H200 chips.')
        .candidates,
    ).toEqual([]);
  });

  it('reads nothing when the decision has nothing to do with the ministry’s consent for the chips', () => {
    expect(
      read(
        'Alibaba Health wins regulator nod for online pharmacy expansion',
        "The decision has nothing to do with the commerce ministry's consent this month for Alibaba to buy Nvidia H200 chips.",
      ).candidates,
    ).toEqual([]);
  });
});
