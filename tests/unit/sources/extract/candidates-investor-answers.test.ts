/**
 * A listed company answering its investors (互动易, 上证e互动) speaks of itself as 公司, whether its
 * headline is "X：…" or "X回复投资者：…"; "能否获批" (whether it will be approved) is no approval.
 */
import { describe, expect, it } from 'vitest';
import { holders, read } from './candidates-helpers.js';

describe("a company's answers to its investors", () => {
  it('reads 公司 in an investor-platform answer as the company, and 能否获批 as no approval', () => {
    const x = read(
      '星辰科技：H200进口申请已报送商务部',
      '星辰科技12月2日在互动易平台答复投资者称，公司已向商务部提交进口英伟达H200芯片的申请，目前仍在审查，最终能否获批存在不确定性。',
    );
    expect(x.candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.words).join('+')}`)).toEqual(['application 星辰科技']);
    expect(x.notes).toContain('not a decision yet ("能否")');
  });

  it('reads the company heading "X回复投资者：" as the applicant of an application under review', () => {
    expect(
      holders(
        '云岭数据回复投资者：H200进口申请尚在审查',
        '云岭数据在上证e互动回复投资者称，公司进口英伟达H200芯片的申请正处于审查阶段，能否获批尚存不确定性。',
      ),
    ).toEqual(['云岭数据']);
  });
});

describe("a listed company's announcement about its subsidiary", () => {
  it("reads the subsidiary's purchase contract as the company's order, and 尚需取得…许可 as no approval yet", () => {
    const x = read(
      '青松材料：全资子公司签订H200服务器采购合同 涉及芯片逾3000颗',
      '青松材料12月5日晚间公告，全资子公司青松数智科技有限公司与服务器厂商签订采购合同，涉及英伟达H200芯片逾3000颗。公司提示，芯片入境尚需取得商务部进口许可，存在不确定性。',
    );
    expect(x.candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.words).join('+')} ${c.quantity?.qualifier}:${c.quantity?.value}`)).toEqual([
      'order 青松材料 over:3000',
    ]);
    expect(x.notes).toContain('not a decision yet ("尚需")');
  });
});

describe('denials and proposals in Chinese', () => {
  it('reads 不存在暂停 (there is no suspension) as a denied suspension', () => {
    expect(read('商务部：进口申请受理正常 不存在暂停受理H200进口申请情况').candidates.map((c) => `${c.kind}/${c.certainty}`)).toEqual(['suspension/denied']);
  });

  it("reads a legislator's proposal as opinion, not a proposed condition", () => {
    const x = read('全国政协委员建议：H200进口企业应同步采购国产算力芯片');
    expect(x.candidates).toEqual([]);
    expect(x.notes.some((n) => n.startsWith('opinion or analysis'))).toBe(true);
  });

  it('does not take 从没有就 for a firm', () => {
    expect(holders('星海科技：公司从没有就H200进口向商务部提交申请')).toEqual(['星海科技']);
  });
});

describe("an official notice's legal names", () => {
  it('reads the firm a notice revokes by its full legal name as the holder', () => {
    expect(holders('商务部公告2027年第12号 关于撤销南通海晟算力服务有限公司H200芯片进口许可的决定')).toEqual(['南通海晟算力服务有限公司']);
  });
});

describe('more Chinese denials and market flashes', () => {
  it('reads 所谓暂停…的说法不实 as the ministry denying the report of a suspension', () => {
    expect(read('商务部：所谓暂停腾讯H200进口许可的说法不实').candidates.map((c) => `${c.kind}/${c.certainty}`)).toEqual(['suspension/denied']);
  });

  it('reads 不涉及…申请 as no application', () => {
    expect(read('星云电子：公司作为代工厂商不涉及H200芯片进口许可申请').candidates.map((c) => c.certainty)).not.toContain('reported');
  });

  it('reads a sector flash (板块午后走强 涨超5%) as a passing mention', () => {
    expect(read('【算力租赁板块午后走强 多股涨超5%】', '消息面上，近期阿里巴巴获批追加进口H200芯片。').candidates).toEqual([]);
  });
});

describe('an application filed earlier', () => {
  it('reads 已于5月下旬递交了…申请 as a pending application, not old news', () => {
    expect(
      read('独家｜星河科技H200芯片引进进展', '星河科技已于5月下旬递交了引进英伟达H200芯片的进口许可申请，芯片拟用于工业仿真。').candidates.map((c) => c.kind),
    ).toEqual(['application']);
  });
});

describe('a listed company named before its subsidiary', () => {
  it("reads 东江电力子公司签订…采购合同 as 东江电力's order", () => {
    expect(holders('东江电力子公司签订H200服务器采购合同 合计1024颗GPU')).toEqual(['东江电力']);
  });
});
