import { describe, expect, it } from 'vitest';
import { read, told } from './candidates-helpers.js';

describe('goods arriving, told in words that elsewhere tell a permission', () => {
  it('reads "receives first 96 of its licensed H200 chips" as a delivery of 96, not a licence received', () => {
    expect(told('Qingchuan Cloud receives first 96 of its licensed H200 chips')).toEqual(['delivery/reported Qingchuan Cloud']);
    expect(read96('Qingchuan Cloud receives first 96 of its licensed H200 chips')).toBe(96);
  });

  it('reads what customs says it cleared as goods arriving', () => {
    expect(told('Qingchuan customs says it cleared about 36,000 Nvidia H200s in January').map((t) => t.split('/')[0])).toEqual(['delivery']);
  });

  it('reads 进口报关 and 验收入库 as goods arriving', () => {
    expect(told('海关数据：1月前三周英伟达H200进口报关约1.8万颗').map((t) => t.split('/')[0])).toEqual(['delivery']);
    expect(told('青川果业：首批256颗英伟达H200已验收入库')).toEqual(['delivery/reported 青川果业']);
  });
});

function read96(title: string): number | undefined {
  return read(title).candidates[0]?.quantity?.value;
}
