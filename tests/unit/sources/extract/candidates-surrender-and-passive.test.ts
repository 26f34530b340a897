/**
 * A licence handed back (申请注销) is a revocation, 许可未被收回 a denied revocation, a permission
 * granted as 依法予以许可 or 获…许可 a grant (but not 所获…许可, what was obtained), customs figures
 * that "climb", a firm pressing for a bigger cut applies, and a request told decided, even by
 * people familiar, is history.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

const facts = (title: string, summary?: string): string[] =>
  read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty} [${c.holders.map((h) => h.words).join(',')}]`);

describe('revocations told passively or by the holder', () => {
  it('reads 申请注销…许可 as the holder giving its licence back', () => {
    expect(facts('远航银行申请注销H200芯片进口许可 称国产算力已可满足需求')[0]).toMatch(/^revocation\/\w+ \[远航银行\]$/u);
  });

  it('reads 许可未被收回 and 许可未被撤销 as denied, and 批文被收回 as told', () => {
    expect(briefs('阿里巴巴回应：H200进口许可未被收回 网传消息不实')).toEqual(['revocation/denied mofcom [alibaba] h200']);
    expect(facts('H200进口许可未被撤销 腾讯称交付正常')[0]).toMatch(/^revocation\/denied /u);
    expect(facts('远航智算H200进口批文被收回')).toEqual(['revocation/reported [远航智算]']);
  });
});

describe('grants', () => {
  it('reads 依法予以许可 and 获H200进口许可N颗 as grants, and 所获…许可依然有效 as none', () => {
    expect(facts('商务部新闻发言人答记者问：远航数据H200芯片进口申请已依法予以许可')).toEqual(['grant/official [远航数据]']);
    expect(briefs('远航农商行获H200进口许可1024颗')[0]).toMatch(/^grant\/reported mofcom \[zh-\w+\] h200 quota:exact:1024$/u);
    expect(facts('商务部：三家企业年初所获H200进口许可依然有效').filter((f) => f.startsWith('grant/'))).toEqual([]);
  });
});

describe('requests and figures', () => {
  it('reads "presses Beijing for a bigger cut of the quota" as an application', () => {
    expect(briefs('ByteDance presses Beijing for a bigger cut of the H200 quota')).toEqual(['application/reported - [bytedance] h200']);
  });

  it('reads a request people familiar say was approved as the grant alone', () => {
    expect(
      facts('独家｜远航数据H200进口申请获批 额度约3000颗', '据多位知情人士透露，远航数据递交的H200进口申请近期已通过商务部审批，核定数量约3000颗。').map(
        (f) => f.split(' ')[0],
      ),
    ).toEqual(['grant/hedged']);
  });

  it('reads "imports climb to N, customs figures show" as a delivery', () => {
    expect(briefs("China's H200 imports climb to about 48,000 in April, customs figures show")).toEqual(['delivery/reported - [] h200 delivery:about:48000']);
  });
});

describe('first deliveries told with a date', () => {
  it("reads a first batch that 已于5月上旬运抵 as this month's delivery, not old news", () => {
    expect(
      read(
        '远航玻璃首批1024颗H200芯片到货 智算中心开始调试',
        '记者从远航玻璃获悉，该公司首批1024颗英伟达H200已于5月上旬运抵工业园区。',
        '2028-05-12T02:00:00Z',
      ).candidates.map((c) => `${c.kind}/${c.quantity?.value ?? '-'}`),
    ).toEqual(['delivery/1024']);
  });

  it('reads chips not yet received, beside a model still trained on rented compute, as a denied delivery', () => {
    expect(facts('远航航空：尚未收到任何H200芯片 排班模型仍在租用算力上训练')).toEqual(['delivery/denied [远航航空]']);
  });
});
