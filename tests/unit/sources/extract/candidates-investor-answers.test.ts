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
