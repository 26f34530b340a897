/**
 * Untracked firms found where the earlier rules missed them: a filing headed by the firm's full name
 * that speaks of it as 公司, a ministry answering about a firm that 获得 its permit, the parent named
 * before the unit that applied, a firm answering on an investor platform with its stock code, and a
 * firm heading a delivery figure with its own name.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('untracked firms named in filings and answers', () => {
  it('gives a filing headed by a full legal name the conditions its body agrees to as 公司', () => {
    expect(
      told(
        '青禾纸业股份有限公司关于出具英伟达H200芯片使用承诺的公告',
        '按照公司所获H200芯片进口许可的附加条件，公司已向商务部提交书面承诺：所进口芯片不以出租方式供第三方使用。',
      ),
    ).toEqual(['condition_agreed/reported 青禾纸业股份有限公司']);
  });

  it('reads the firm a ministry answers about when the question says it 获得 its permit', () => {
    expect(
      told(
        '商务部新闻发言人就华川机电获得H200芯片进口许可答记者问',
        '答：商务部依照有关规定审查了华川机电股份有限公司全资子公司提出的申请，已准予其进口H200芯片1024颗。',
      ),
    ).toEqual(['grant/official 华川机电']);
  });

  it('reads the parent named before the unit whose application a ministry decided', () => {
    expect(told('商务部批准一家企业进口H200芯片', '商务部审查了华川机电股份有限公司全资子公司提出的申请，已准予其进口H200芯片1024颗。')).toEqual([
      'grant/reported 华川机电股份有限公司',
    ]);
  });

  it('reads a firm answering on an investor platform with its stock code as the buyer it speaks of', () => {
    expect(told('H200芯片到货', '云溪环境（603999）在上证e互动回复称，公司采购的英伟达H200芯片已到货256颗。')).toEqual(['delivery/reported 云溪环境']);
  });

  it('reads a firm heading a delivery figure with its own name as the buyer', () => {
    expect(told('云溪环境：256颗英伟达H200芯片已到货 正在安装调试')).toEqual(['delivery/reported 云溪环境']);
  });
});
