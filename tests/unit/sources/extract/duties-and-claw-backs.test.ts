/**
 * A grant's duty not to change the chips' use (不得擅自改变用途) is a term, not a refusal; a part of an allotment "clawed
 * back" is a revocation, denied where the holder denies the report (but "clawing back" in a column's aside is not); and a
 * secretary's office telephone (董秘办电话) is no firm.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('duties and claw-backs', () => {
  it('reads a duty not to change the chips’ use as the grant’s term, not a refusal', () => {
    expect(
      told('青川果业：子公司获准进口60颗H200 限用于果园模型', '青川果业公告称，子公司取得主管部门出具的进口批复，可进口H200芯片60颗，不得擅自改变用途。').map(
        (t) => t.split(' ')[0],
      ),
    ).toEqual(['grant/reported']);
  });

  it('reads a report of part of an allotment clawed back, denied by its holder, as a revocation denied', () => {
    expect(told('Tencent denies report that regulators clawed back part of its H200 allotment')).toEqual(['revocation/denied Tencent']);
  });

  it('names no firm in a secretary’s office telephone', () => {
    expect(told('传青川果业H200进口许可遭暂停', '市场人士称，青川果业的H200进口许可已被主管部门暂停；公司董秘办电话未获接通。')).toEqual([
      'suspension/hedged 青川果业',
    ]);
  });
});
