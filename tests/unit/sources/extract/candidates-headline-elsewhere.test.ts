/**
 * A headline about a firm's other business (a plant, a supply pact, a certificate), with the firm's chip
 * licence recalled after the lede: the licence is background, not news. A market story that gives the
 * licence as its cause in the lede, a hedged report, a headline naming the goods, and a ministry's notice stay news.
 */
import { describe, expect, it } from 'vitest';
import { read, briefs } from './candidates-helpers.js';

describe('a licence recalled under a headline about something else', () => {
  it('records nothing when a Chinese plant story recalls the firm’s import licence after the lede', () => {
    const x = read(
      '青松化工二期硅烷项目投产',
      '青松化工股份有限公司在宁夏建设的硅烷二期项目18日投产，新增年产能5万吨。公司本月公告，已获商务部许可进口512颗英伟达H200芯片，用于工艺模型训练。',
    );
    expect(x.candidates).toEqual([]);
    // (The company's own notice is its report, so the approval it recalls, naming no holder, may be set aside first.)
    expect(x.notes.join(' ')).toMatch(/headline about something else|an approval with no holder named/);
  });

  it('records nothing when an English supply-pact story recalls the firm’s approval in a relative clause', () => {
    expect(
      briefs(
        'Harbin Maple signs five-year timber supply deal with Siberian cooperative',
        "Harbin Maple Furniture has agreed to buy birch from a cooperative in Tomsk for five years. The company, which recently won Beijing's approval to import 128 Nvidia H200 chips for design models, said it would also open a showroom in Novosibirsk.",
      ),
    ).toEqual([]);
  });

  it('keeps a hedged report told after the lede of a market story', () => {
    expect(
      briefs(
        'Tencent shares jump 5% in Hong Kong',
        "Tencent shares rose 5% on Tuesday. Turnover was triple the daily average. Beijing has approved Tencent's purchase of 50,000 Nvidia H200 chips, people familiar with the matter said.",
      ),
    ).toEqual(['grant/hedged mofcom [tencent] h200 quota:exact:50000']);
  });

  it('keeps the licence when the headline names the goods', () => {
    expect(
      briefs('青松化工获准进口英伟达H200芯片', '青松化工股份有限公司在宁夏建设的硅烷二期项目18日投产。公司本月公告，已获商务部许可进口512颗英伟达H200芯片。')
        .length,
    ).toBeGreaterThan(0);
  });

  it('keeps a ministry notice that heads with its number alone', () => {
    expect(
      briefs('商务部公告2032年第9号', '经核查，青松化工股份有限公司将部分进口的英伟达H200芯片转租给没有许可的企业。商务部决定撤销该公司H200芯片进口许可。')
        .length,
    ).toBeGreaterThan(0);
  });
});
