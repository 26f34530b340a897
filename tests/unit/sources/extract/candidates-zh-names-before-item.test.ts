/**
 * A firm named before the item with 的, an adverb or 就 between (青川果业的英伟达H200进口申请…, 据悉青川果业已就英伟达H200
 * 递交进口申请) is the firm the news is about; a headline's request is not "the matter" of an outlet's name in the body
 * (…报道称), while a Q&A's topic (就…进口申请答记者问) is no request told.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const facts = (title: string, summary = '') => read(title, summary).candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.words).join('+')}`);

describe('Chinese names before the item', () => {
  it('reads the firm before 的英伟达H200进口申请 as the holder of its refusal', () => {
    expect(facts('知情人士：青川果业的英伟达H200进口申请未获批准')).toEqual(['denial 青川果业']);
  });

  it('reads the firm before 已就英伟达H200 as the applicant, whatever outlet the body names', () => {
    expect(facts('据悉青川果业已就英伟达H200递交进口申请', '经济观察报从接近该公司的人士处了解到相关情况。')).toEqual(['application 青川果业']);
  });

  it('reads a Q&A headline on a firm’s request as no request', () => {
    expect(
      facts(
        '商务部新闻发言人就青川果业英伟达芯片进口申请答记者问',
        '有记者问及青川果业H200芯片进口一事。商务部新闻发言人表示，商务部已批准该公司引进英伟达H200芯片共512颗。',
      ).map((f) => f.split(' ')[0]),
    ).toEqual(['grant']);
  });
});

describe('a firm answering its investors', () => {
  it.each([
    ['青川果业：目前未向商务部申请进口英伟达H200', 'application/denied 青川果业'],
    ['青川果业答投资者：已向商务部报送H200进口申请', 'application/reported 青川果业'],
  ])('reads "%s" as the firm speaking of itself', (title, fact) => {
    expect(read(title).candidates.map((c) => `${c.kind}/${c.certainty} ${c.holders.map((h) => h.words).join('+')}`)).toEqual([fact]);
  });
});

describe('a Hong Kong filer’s notice', () => {
  it('reads the filer named in full, then 自願公告, as the holder of the licence its notice received', () => {
    expect(
      read(
        '青川果業股份公司 自願公告 收到芯片進口許可決定',
        '本公司董事会宣布，本公司近日收到商务部出具的许可决定，同意本公司进口英伟达H200芯片512颗。',
      ).candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.words).join('+')}`),
    ).toEqual(['grant 青川果业']);
  });
});
