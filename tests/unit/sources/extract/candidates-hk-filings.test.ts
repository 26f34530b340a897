/**
 * A Hong Kong filing: "X LIMITED - ANNOUNCEMENT - …" names the filer, a place opening its name
 * ("CHINA X") included; "The Board announces", "The Group intends" speak of the filer; "now holds
 * a permit" tells the permit as news; and a stock code is no count of chips.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders, read, told } from './candidates-helpers.js';

describe('a Hong Kong filing', () => {
  it('reads the filer, named with a place first, as the holder of the approval its subsidiary won', () => {
    expect(
      briefs(
        'CHINA LOTUS FOODS LIMITED - ANNOUNCEMENT - APPROVAL TO IMPORT AI PROCESSORS',
        'The Board announces that Lotus Foods (Hubei) Co., Limited, an indirect wholly-owned subsidiary of the Company (stock code: 3318), has been granted an import licence by the PRC Ministry of Commerce covering 1,152 NVIDIA H200 processors.',
      ),
    ).toEqual(['grant/reported mofcom [china-lotus-foods] h200 quota:exact:1152']);
  });

  it('reads "now holds a permit" as the permit told', () => {
    expect(
      briefs(
        'KESTREL PARKS HOLDINGS LTD. - VOLUNTARY ANNOUNCEMENT - IMPORT LICENCE FOR AI COMPUTING CHIPS',
        'The Board is pleased to announce that a wholly-owned subsidiary of the Company now holds a permit, issued by the PRC Ministry of Commerce, under which it may import 512 NVIDIA H200 chips.',
      ),
    ).toEqual(['grant/reported mofcom [kestrel-parks] h200 quota:exact:512']);
  });

  it('reads the filer that "Announces Approval" in a headline in title case or capitals', () => {
    expect(
      read('Lotus Learning Limited Announces Approval from Ministry of Commerce of China for Import of 768 pieces H200 Chip').candidates.map((c) =>
        c.holders.map((h) => h.words).join(),
      ),
    ).toEqual(['Lotus Learning Limited']);
    expect(
      read('KESTREL LIMITED Announces Receipt of Import Approval from PRC Ministry of Commerce for 512 Units of NVIDIA H200 GPU').candidates.map((c) =>
        c.holders.map((h) => h.words).join(),
      ),
    ).toEqual(['KESTREL LIMITED']);
  });
});

describe('a firm’s own notice under its short name', () => {
  it('reads the ministry’s decision a firm announces as reported, not official', () => {
    // (The filer, named short before 关于, holds the grant.)
    expect(told('华岭股份关于收到商务部H200芯片进口批复的公告', '公司近日收到商务部批复，同意公司进口英伟达H200芯片1024颗。')).toEqual([
      'grant/reported 华岭股份',
    ]);
  });

  it('keeps the ministry’s own notice official, and the firm it approves the holder', () => {
    expect(briefs('商务部关于对华岭股份H200芯片进口申请作出批复的公告', '商务部同意华岭股份进口英伟达H200芯片1024颗。')).toEqual([
      'grant/official mofcom [zh-16oq81g] h200 quota:exact:1024',
    ]);
    expect(told('商务部关于对华岭股份H200芯片进口申请作出批复的公告', '商务部同意华岭股份进口英伟达H200芯片1024颗。')).toEqual(['grant/official 华岭股份']);
  });
});

describe('a Hong Kong filing headed by the full name and its kind', () => {
  it('names the filer as the holder of the approval its subsidiary received', () => {
    expect(
      holders(
        '星潮數碼集團控股有限公司 自願公告 有關獲准進口高性能人工智能芯片',
        '本公司董事會欣然宣佈，本集團一間附屬公司近日獲中華人民共和國商務部批准進口128顆英偉達H200芯片。',
      ),
    ).toEqual(['星潮数码集团控股有限公司']);
  });
});
