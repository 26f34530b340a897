/**
 * A Chinese item telling a firm's grant or refusal tells the firm's request as the thing decided, however it words the
 * link (申请…一事已获商务部批准, 申请进口…遭商务部否决, 申请一案经依法审查…决定不予许可): one decision, no second
 * request. A further request (追加, 再次申请扩大额度), a request still waiting, another firm's request, a tally of
 * requests, a request the firm says it never made and a request beside an approval told only as a condition (以取得许可为
 * 生效条件) or an open question (获批与否) stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a firm’s request beside the decision on it, in Chinese', () => {
  it('reads a request told granted as the grant alone', () => {
    expect(told('翠湖科技获批进口约2400颗H200', '知情人士称，翠湖科技申请进口英伟达H200芯片一事已获商务部批准，数量约2400颗，将用于仓储机器人训练。')).toEqual([
      'grant/hedged 翠湖科技',
    ]);
  });

  it('reads a request told refused as the refusal alone', () => {
    expect(told('云岫材料申请进口英伟达H200遭商务部否决', '据知情人士透露，商务部未批准云岫材料进口英伟达H200芯片的申请。')).toEqual([
      'denial/hedged 云岫材料',
    ]);
  });

  it('reads a request the ministry answers with a refusal after review as the refusal alone', () => {
    expect(
      told(
        '商务部新闻发言人就澄江电子H200进口申请答记者问',
        '发言人表示，澄江电子申请进口英伟达H200一案，经依法审查，因申报用途与主营业务不符，商务部决定不予许可。',
      ),
    ).toEqual(['denial/official 澄江电子']);
  });

  it('still reads a further request beside the grant as a request', () => {
    expect(told('翠湖科技获批进口约2400颗H200', '知情人士称，翠湖科技已获商务部批准进口约2400颗英伟达H200，公司表示将再次申请扩大额度。')).toEqual([
      'grant/hedged 翠湖科技',
      'application/hedged 翠湖科技',
    ]);
  });

  it('still reads a request told waiting beside the grant as a request', () => {
    expect(told('翠湖科技获批进口约2400颗H200', '知情人士称，翠湖科技已获商务部批准进口约2400颗英伟达H200，其为贵阳基地提交的申请仍在审查中。')).toEqual([
      'grant/hedged 翠湖科技',
      'application/hedged 翠湖科技',
    ]);
  });

  it('still reads a request the firm says it never made beside the approval it denies', () => {
    expect(told('澄江电子：未申请进口H200 也未获批', '澄江电子在互动平台表示，公司从未向商务部提出H200进口申请，也不存在获批一事。')).toEqual([
      'application/denied 澄江电子',
      'grant/denied 澄江电子',
    ]);
  });

  it('still reads a filed request beside an approval told only as a condition or an open question', () => {
    expect(
      told(
        '澄江电子：H200进口申请已报商务部 采购合同已签',
        '澄江电子表示，公司进口英伟达H200的许可申请材料已于上月提交商务部，同时已与分销商签订采购合同，合同以取得许可为生效条件。',
      ),
    ).toContain('application/reported 澄江电子');
    expect(
      told(
        '云岫材料：H200进口材料已报商务部门',
        '云岫材料表示，公司为引进英伟达H200准备的进口申报文件已交到商务主管部门，公司提醒投资者获批与否存在不确定性。',
      ),
    ).toContain('application/reported 云岫材料');
  });
});
