/**
 * Class 7 from the sixteenth and seventeenth batches: the firm an official answer is about, a
 * firm named after what it is, a country or province opening a firm's name, a firm a report says
 * was approved, and a name inside an appositive that describes another firm.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read, holders } from './candidates-helpers.js';

describe("the firm a ministry's answer is about", () => {
  it('reads 关于X进口…一事 and 对X提交的申请, with the duties the answer sets as conditions', () => {
    const said = briefs(
      '商务部召开例行新闻发布会',
      '发言人表示：关于浙商银行进口H200芯片一事，商务部依法对该行提交的申请进行了审查，已批准其进口，同时要求相关芯片仅限用于本行业务，不得转售。',
    );
    expect(said).toEqual([expect.stringMatching(/^grant\/official mofcom \[zh-[0-9a-z]+\] h200$/)]);
    expect(
      read(
        '商务部召开例行新闻发布会',
        '发言人表示：关于浙商银行进口H200芯片一事，商务部已批准其进口，相关芯片仅限用于本行业务。',
      ).candidates[0]?.conditions.map((c) => c.value),
    ).toEqual(['end-use']);
  });

  it('reads "the application submitted by X Co., Ltd." and "Question on X\'s Import"', () => {
    expect(
      holders(
        'Regular Press Conference of the Ministry of Commerce',
        'A: The Ministry has approved the import application submitted by Sichuan Tianfu Computing Co., Ltd. to import H200 chips.',
      ),
    ).toEqual(['Sichuan Tianfu Computing']);
    expect(
      holders(
        "MOFCOM Spokesperson Answers Question on Dongfeng Motor Group's Import of H200 Chips",
        "A: The Ministry of Commerce has approved the company's application.",
      ),
    ).toEqual(['Dongfeng Motor Group']);
  });

  it('reads the firm a report says was approved, in a question put to the ministry', () => {
    expect(
      holders(
        'Regular Press Conference',
        'Q: Media reported this week that Yunzhou Cloud has been approved to import Nvidia H200 chips. A: The ministry has granted approval.',
      ),
    ).toContain('Yunzhou Cloud');
  });
});

describe('names by where they stand', () => {
  it('reads a firm named after what it is, and a permission "given" to a firm', () => {
    expect(holders('China strips Hefei compute renter Tianxing of H200 import approval over resales')).toEqual(['Tianxing']);
  });

  it('reads a country or a province opening a Chinese name, and "China\'s X allowed to import"', () => {
    expect(holders('独家｜中国一重H200进口申请获批')).toEqual(['中国一重']);
    // The province is not part of the name the firm is known by elsewhere (云瀚算力).
    expect(holders('贵州云瀚算力H200进口许可被暂停')).toEqual(['云瀚算力']);
    expect(holders("China's SAIC allowed to import more than 5,000 Nvidia H200 chips, sources say")).toEqual(['SAIC']);
  });

  it('does not make a name inside an appositive a holder', () => {
    expect(
      holders(
        'Tencent-backed Weizhong orders 3,000 Nvidia H200s',
        'Weizhong, the digital lender in which Tencent Holdings is the largest shareholder, has ordered about 3,000 Nvidia H200 chips.',
      ),
    ).toEqual(['Weizhong']);
  });

  it('reads a permission named as lacking ("buyers without permits") as no grant', () => {
    expect(briefs('China revokes Tianxing H200 import approval', 'The firm resold chips to buyers without permits.').map((b) => b.split('/')[0])).toEqual([
      'revocation',
    ]);
  });
});

describe('more of where a firm stands', () => {
  it('reads a firm that says the ministry approved it, and a filer with its legal form', () => {
    expect(holders('CMBC says commerce ministry approved import of 2,048 Nvidia H200 chips')).toEqual(['CMBC']);
    expect(holders('Foshan Lingdong Computing Co., Ltd. Obtains MOFCOM Approval for Import of 1,024 H200 Chips')).toEqual(['Foshan Lingdong Computing']);
  });

  it('reads the firm whose permit a flash names, and a flash subject that pulls its application', () => {
    expect(holders('*CHINA SUSPENDS H200 IMPORT PERMIT OF HEFEI-BASED YUNFAN COMPUTING')).toEqual(['YUNFAN COMPUTING']);
    expect(briefs('GUOTAI JUNAN PULLS NVIDIA H200 IMPORT APPLICATION - FILING')[0]).toMatch(/^revocation\/reported mofcom \[guotai-junan\]/);
  });

  it('reads 商务部收回X…许可 as a revocation of X, and 已报商务部…审核中 as an application', () => {
    expect(holders('商务部收回银川云岭算力H200进口许可')).toEqual(['银川云岭算力']);
    expect(briefs('航天信息：H200芯片进口申请已报商务部 正在审核中')[0]).toMatch(/^application\/reported mofcom \[zh-/);
  });
});
