/**
 * A lab or an outfit described before its name, goods counted and then racked or installed, an unboxing that is an
 * acceptance check rather than a review, and applicants counted new to the queue.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('a firm described before its name', () => {
  it('reads the name after a lab or an outfit as the buyer', () => {
    expect(told('Enzyme-design lab Qingchuan Biotech files to import Nvidia H200s, sources say')).toEqual(['application/hedged Qingchuan Biotech']);
    expect(told('Shenzhen robotics outfit Qingchuan Robotics wins approval for 800 H200s')).toEqual(['grant/reported Qingchuan Robotics']);
  });
});

describe('goods counted, then racked', () => {
  it('reads the firm before a count of the item that is racked or installed as the one it arrived at', () => {
    expect(told('北泉饮品420颗H200全部上架 灌装排产模型开训')).toEqual(['delivery/reported 北泉饮品']);
    expect(told('青川果业96颗H200已装机')).toEqual(['delivery/reported 青川果业']);
  });
});

describe('unboxing', () => {
  it('reads goods unboxed for an acceptance check as arrived, not as a review', () => {
    expect(told('北泉饮品：首批96颗英伟达H200到货', '北泉饮品在互动平台表示，首批96颗英伟达H200芯片已运抵公司并完成开箱验收。')).toEqual([
      'delivery/reported 北泉饮品',
    ]);
  });

  it('still sets an unboxing video aside', () => {
    expect(briefs('英伟达H200开箱视频：散热模组细节一览')).toEqual([]);
  });
});

describe('applicants counted new to the queue', () => {
  it('reads them as the firms waiting, with their count', () => {
    expect(briefs('2月首周新增约90家H200进口申请者')).toEqual(['application/reported mofcom [other-cn-firms] h200 licence_count:about:90']);
  });
});
