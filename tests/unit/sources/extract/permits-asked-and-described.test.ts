import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('a permit asked for, or describing the goods, is no grant', () => {
  it('reads a request for a bigger allotment as the request alone', () => {
    expect(
      told(
        'Tencent Is Said to Ask Beijing for a Bigger H200 Allotment',
        'Tencent has asked the commerce ministry to raise its share of the H200 clearance, a person with direct knowledge said.',
      ),
    ).toEqual(['application/hedged Tencent']);
  });

  it('reads a firm that put in for a permit as applying, not as granted', () => {
    expect(
      told(
        'Qingchuan Cloud has asked Beijing for clearance to import Nvidia H200s, sources say',
        'The firm has put in for a commerce ministry permit covering a small batch of chips, two people familiar with the filing said.',
      ),
    ).toEqual(['application/hedged Qingchuan Cloud']);
  });

  it('reads the approval that describes delivered goods ("the 512 it was cleared to import") as their history', () => {
    expect(
      told(
        'Qingchuan Cloud takes delivery of 256 Nvidia H200s',
        'Qingchuan Cloud said it has received 256 Nvidia H200 chips, half of the 512 it was cleared to import.',
      ),
    ).toEqual(['delivery/reported Qingchuan Cloud']);
  });

  it("reads the ministry's count of requests received (收到…许可申请112件) as the waiting firms' requests", () => {
    expect(briefs('商务部：截至1月23日共收到H200芯片进口许可申请112件')).toEqual(['application/official mofcom [other-cn-firms] h200 licence_count:exact:112']);
  });
});

describe('names a headline gives in other shapes', () => {
  it('reads a filer whose mixed-case name ends in Holdings Limited', () => {
    expect(
      told(
        'Qingchuan Cloud Holdings Limited: Voluntary Announcement on Approval to Import Computing Chips',
        'The Ministry of Commerce has approved the import of 256 Nvidia H200 chips by the Group.',
      ),
    ).toEqual(['grant/reported Qingchuan Cloud']);
  });

  it('reads a name joined by "&" and a firm that documents show was cleared', () => {
    expect(told('Qingchuan Road & Bridge cleared to import 64 H200s')).toEqual(['grant/reported Qingchuan Road & Bridge']);
    expect(told('Bank papers show Qingchuan Alloy cleared to import 256 Nvidia H200s')).toEqual(['grant/reported Qingchuan Alloy']);
  });
});
