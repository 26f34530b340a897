/**
 * A firm's own notice (青川果业公告，商务部已批复…; 青川果业发布公告) reports its approval; it is not the
 * ministry's statement. A duty to deploy the chips at a declared site (须部署于申报数据中心) is the grant's
 * condition, not a second event.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const told = (title: string, summary?: string) =>
  read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty}${c.conditions.length ? ' +conditions' : ''}`);

describe("a firm's own notice", () => {
  it('reads an approval told in the firm’s notice as reported', () => {
    expect(told('青川果业：获商务部批准进口256颗英伟达H200芯片', '青川果业公告，商务部已于日前批复公司进口英伟达H200芯片的申请，核准数量为256颗。')).toEqual([
      'grant/reported',
    ]);
  });

  it('reads 发布公告 the same way, and a duty to deploy at the declared site as the grant’s condition', () => {
    expect(told('青川果业：获准进口128颗英伟达H200 须部署于申报数据中心', '青川果业发布公告，商务部已同意公司进口128颗英伟达H200芯片。')).toEqual([
      'grant/reported +conditions',
    ]);
  });

  it('still reads the ministry’s own notice as official', () => {
    expect(told('商务部公告：准予青川果业进口英伟达H200芯片')).toEqual(['grant/official']);
  });
});
