import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('each holder named with its own figure, in turn', () => {
  it("reads the ministry's list of the three firms' shares as one allocation each", () => {
    expect(briefs('商务部披露H200额度分配：字节约16万颗 阿里约13万颗 腾讯约12万颗').filter((b) => b.includes('allocation'))).toEqual([
      'grant/reported mofcom [bytedance] h200 allocation:about:160000@bytedance',
      'grant/reported mofcom [alibaba] h200 allocation:about:130000@alibaba',
      'grant/reported mofcom [tencent] h200 allocation:about:120000@tencent',
    ]);
  });

  it('leaves the group its figures when the names and figures do not alternate', () => {
    expect(
      briefs('China approves ByteDance, Alibaba and Tencent to buy 160,000, 130,000 and 120,000 Nvidia H200 chips').some((b) =>
        b.includes('allocation:exact:130000@alibaba'),
      ),
    ).toBe(false);
  });
});
