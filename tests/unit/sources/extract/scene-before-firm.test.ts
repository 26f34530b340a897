/**
 * A Chinese headline that opens on a reason (实控人被留置, 股权遭法院冻结) and then, after a space, tells the news of a firm
 * with an organisation's ending: the reason's subject is no second firm. A refusal named before the firm (商务部不予许可X进口)
 * finds the firm refused.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a reason opening a headline names no firm', () => {
  it('reads a suspension of the firm the news names, not of the thing that befell something', () => {
    expect(told('仓库被查封 汀岚科技H200进口许可据悉被暂停')).toEqual(['suspension/hedged 汀岚科技']);
  });

  it('reads a refusal of the firm, not of the person something befell', () => {
    expect(told('董事长被限制出境 霁澄数据H200进口申请遭驳回')).toEqual(['denial/reported 霁澄数据']);
  });

  it('reads the firm the ministry refused after the reason', () => {
    expect(told('安评报告被查系伪造 商务部不予许可榕溯智能进口H200')).toEqual(['denial/reported 榕溯智能']);
  });

  it('reads no firm from a denial or a wrongdoing opening the headline', () => {
    expect(told('违规向关联方转售芯片 商务部撤销峪川算力H200进口许可')).toEqual(['revocation/reported 峪川算力']);
  });

  it('still reads a firm that opens its own headline before the reason', () => {
    expect(told('柘澜科技H200进口许可被撤销 涉嫌对外转租算力')).toEqual(['revocation/reported 柘澜科技']);
  });

  it('still reads a short name before its approval', () => {
    expect(told('甬溯获批进口H200 首批芯片下月到货')[0]).toBe('grant/reported 甬溯');
  });
});
