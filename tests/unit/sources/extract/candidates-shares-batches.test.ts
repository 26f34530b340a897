/**
 * Classes 1 and 7 from the thirteenth to fifteenth batches: one holder's share of a group quota
 * ("X's slice of the quota grows to …"), a quota held (not stock), and the ministry's decision on
 * a batch of firms it does not name, with the duties its notice attaches.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief, briefs } from './candidates-helpers.js';
import { withGroup } from './state.js';

const group = withGroup();
const onGroup = (title: string, summary?: string) => extractCandidates(summary === undefined ? { title } : { title, summary }, group).candidates.map(brief);

describe("one holder's share of the group quota", () => {
  it("reads \"X's slice of the quota grows to N\" as X's allocation, not the group's quota", () => {
    expect(onGroup("Tencent's slice of China's H200 import allowance raised to about 150K, sources say")).toEqual([
      'grant/hedged mofcom [tencent] h200 allocation:about:150000@tencent',
    ]);
  });

  it('reads a share told on a results call as that holder\'s, and the quota "it holds" as no stock', () => {
    expect(
      onGroup(
        'Alibaba results beat estimates',
        "The CFO said Alibaba's share of the combined H200 import quota it holds with ByteDance and Tencent is about 140,000 chips.",
      ),
    ).toEqual(['grant/reported mofcom [alibaba] h200 allocation:about:140000@alibaba']);
  });

  it('reads a share named with no figure as no event', () => {
    const kinds = onGroup(
      'Tencent asks Beijing to raise its H200 import allowance, people familiar say',
      "Tencent has asked China's commerce ministry to increase the number of H200 chips it may import, people familiar said. Tencent's current share of the group quota could not be learned.",
    ).map((b) => b.split('/')[0]);
    expect(kinds).not.toContain('grant');
    expect(kinds).toContain('application');
  });
});

describe("the ministry's decision on a batch of firms it does not name", () => {
  it('reads 批准N家企业 and 第N批 as the firms still waiting, with the duties the notice attaches as conditions', () => {
    const read = briefs(
      '商务部公告 关于第六批高性能计算芯片进口申请审查结果的公告',
      '商务部对第六批申请进口英伟达H200芯片的企业进行了审查，决定批准7家企业的进口申请。获批企业应当按照申请用途使用相关物项，不得转售。',
    );
    expect(read).toEqual(['grant/official mofcom [other-cn-firms] h200']);
  });

  it('reads 予以许可 after a relative clause of applicants as the grant', () => {
    expect(briefs('商务部公告 公布第六批进口许可企业名单', '商务部决定对第六批申请进口英伟达H200芯片的企业予以许可。')).toEqual([
      'grant/official mofcom [other-cn-firms] h200',
    ]);
  });

  it('reads "approves a fifth batch of companies" in English the same way', () => {
    expect(briefs("China's commerce ministry approves a fifth batch of companies to import Nvidia H200 chips")).toEqual([
      'grant/reported mofcom [other-cn-firms] h200',
    ]);
  });
});

describe('Chinese counts and orders', () => {
  it('reads 近万颗 and 逾万颗 as about and over ten thousand', () => {
    expect(briefs('消息称蔚蓝智算向英伟达订购近万颗H200')[0]).toMatch(/order:about:10000$/);
  });

  it('reads letters of intent (意向订单) as no order', () => {
    expect(briefs('某国产GPU厂商称新卡性能接近英伟达H200', '公司已获多家智算中心合计逾万片的意向订单。')).toEqual([]);
  });
});
