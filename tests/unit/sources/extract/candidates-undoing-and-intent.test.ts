/**
 * Wordings that look like one event and tell another: an intention whose words run into the
 * trigger's (拟申请进口), a penalty a draft rule sets for whoever breaks it, a revocation received
 * (收到…撤销…许可的决定), and a request the item also tells decided.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('intentions', () => {
  it('reads 拟申请进口 as an intention, not a hedged application', () => {
    expect(briefs('传青川数智拟申请进口英伟达H200 公司称尚在评估')).toEqual([]);
  });

  it('still reads a ministry that 拟批准 as a hedged grant', () => {
    expect(briefs('商务部拟批准更多企业进口H200')[0]).toMatch(/^grant\/hedged /);
  });
});

describe('penalties a rule sets', () => {
  it('reads no suspension or revocation in what violators would face', () => {
    for (const title of [
      'Draft rules say firms that breach the terms could have their H200 import licences suspended',
      'China warns H200 buyers that violators will face revocation of licences',
      '管理办法草案：违规企业或被暂停H200进口许可',
    ])
      // A draft rule may still be read as the terms it proposes; what it threatens is no event.
      expect(
        briefs(title).filter((b) => /^(?:suspension|revocation)\//u.test(b)),
        title,
      ).toEqual([]);
  });

  it('keeps a suspension told as done, whatever the reason', () => {
    expect(briefs('因违规转租算力 一家企业H200进口许可被暂停')[0]).toMatch(/^suspension\/reported /);
    expect(briefs("China suspends Tencent's H200 licence over violations")).toEqual(['suspension/reported mofcom [tencent] h200']);
  });
});

describe('an undoing received', () => {
  it('reads 收到商务部撤销…许可的决定 as the revocation, of the firm heading its answer', () => {
    expect(briefs('青川数智回应：已收到商务部撤销H200进口许可决定 将配合整改').map((b) => b.replace(/zh-\w+/u, 'zh'))).toEqual([
      'revocation/reported mofcom [zh] h200',
    ]);
  });

  it('keeps a suspension lifted as a grant', () => {
    expect(briefs("China lifts suspension on Tencent's H200 imports after audit")[0]).toMatch(/^grant\/reported mofcom \[tencent\]/);
  });
});

describe('a request the item tells decided', () => {
  it('reads one grant when the answer tells the application and its approval in two sentences', () => {
    const x = read(
      '商务部新闻发言人就海岳银行H200芯片进口申请答记者问',
      '问：请介绍有关情况。答：海岳银行此前就进口英伟达H200芯片提出申请。经依法审查，商务部已于近日批准该申请，并明确了最终用户等要求。',
    );
    expect(x.candidates.map((c) => `${c.kind}/${c.certainty}`)).toEqual(['grant/official']);
    expect(x.candidates[0]!.holders.map((h) => h.words)).toEqual(['海岳银行']);
  });
});

describe('possessors in headline capitals', () => {
  it('reads "Bank of X\'s H200 Approval" as the bank, and a capitalised description as no name', () => {
    expect(
      read(
        "Bank of Qianhai's H200 Approval Said to Cover 1,600 Chips",
        "The lender's permit from the commerce ministry allows 1,600 H200 processors, according to two people briefed on the matter.",
      ).candidates[0]?.holders.map((h) => h.words),
    ).toEqual(['Bank of Qianhai']);
    expect(read("China Is Said to Suspend Anhui Compute Renter's H200 Import Licence").candidates[0]?.holders).toEqual([]);
  });
});
