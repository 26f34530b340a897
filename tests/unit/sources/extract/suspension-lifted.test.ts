import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a permit restored after a suspension', () => {
  it('reads a firm announcing its suspended permit restored as a grant, not the suspension', () => {
    expect(
      told('青川果业自愿公告：H200芯片进口许可已恢复', '本公司接获商务部通知，暂停的英伟达H200芯片进口许可已予恢复，相关芯片已收回至本公司研发中心使用。'),
    ).toEqual(['grant/reported 青川果业']);
  });

  it('reads the ministry deciding to restore a permit as its grant', () => {
    expect(
      told(
        '商务部新闻发言人：青川股份整改到位 H200芯片进口许可予以恢复',
        '商务部新闻发言人表示，青川股份已提交整改报告，经核查符合要求，商务部决定恢复其英伟达H200芯片进口许可。',
      ).filter((t) => !t.startsWith('condition')),
    ).toEqual(['grant/official 青川股份']);
  });

  it('leaves a suspension a suspension when the restoring is only expected or awaited', () => {
    expect(told('Qingchuan Cloud confirms its H200 import permit is on hold, expects it restored within weeks')).toEqual([
      'suspension/reported Qingchuan Cloud',
    ]);
    expect(told('青川果业公告：H200芯片进口许可被暂停', '商务部决定暂停公司的H200进口许可，在暂停解除前公司不能再进口新的芯片。')).toEqual([
      'suspension/reported 青川果业',
    ]);
  });
});
