/**
 * A spokesperson calling a report wrong (说法并不正确, 报道不符合实际, 說法不正確) denies it; a firm's declared use found out of
 * keeping with the facts is the ground of a refusal, not a report denied.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a report called wrong', () => {
  it('reads a spokesperson calling a report of a revocation not correct as a denial of it', () => {
    expect(
      told('澂岚科技：关于H200进口许可被撤销的说法并不正确', '澂岚科技发言人表示，网传公司H200进口许可被撤销的说法并不正确，公司各项许可均正常有效。'),
    ).toEqual(['revocation/denied 澂岚科技']);
  });

  it('reads the same in traditional writing', () => {
    expect(told('澂岚科技：H200進口許可被撤銷說法不正確', '澂岚科技發言人表示，網傳公司H200進口許可被撤銷的說法不正確。')).toEqual([
      'revocation/denied 澂岚科技',
    ]);
  });

  it('reads a report called out of keeping with the facts as denied', () => {
    expect(told('濮澜智能：H200进口许可被暂停的报道不符合实际')[0]).toBe('suspension/denied 濮澜智能');
  });

  it('still reads a refusal whose grounds were declared wrongly as a refusal', () => {
    expect(told('商务部不予许可溯岑科技进口H200', '商务部表示，溯岑科技申报的芯片用途与实际不符，依法不予许可。')).toEqual(['denial/official 溯岑科技']);
  });

  it('still reads a refusal on grounds found out of keeping with the facts as a refusal', () => {
    expect(told('供电证明与实际不符 商务部驳回汀沐数据H200进口申请')[0]).toMatch(/^denial\/(?:reported|official) 汀沐数据$/u);
  });
});
