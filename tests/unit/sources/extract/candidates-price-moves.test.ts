/**
 * A share-price move (跌超8%, 涨停) heading an item makes it a market note that names firms in passing;
 * the same move in the body, after a headline that tells an event, is the market's reaction to it.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders, read } from './candidates-helpers.js';

describe('share-price moves', () => {
  it('keeps a hedged revocation whose body ends on the share price falling', () => {
    const title = '传华睿智联H200进口批复被撤销';
    const summary = '市场消息称，商务部近日撤销了华睿智联此前取得的英伟达H200进口批复。华睿智联股价午后一度跌超8%。';
    expect(briefs(title, summary).map((b) => b.replace(/\[.*\]/u, '[…]'))).toEqual(['revocation/hedged mofcom […] h200']);
    expect(holders(title, summary)).toEqual(['华睿智联']);
  });

  it('still reads a headline about a sector rally as a passing mention', () => {
    const x = read('算力板块午后走强 华睿智联涨超8%', '消息面上，市场传闻商务部已批准华睿智联进口英伟达H200芯片。');
    expect(x.candidates).toEqual([]);
    expect(x.notes.join(' ')).toContain('mention in passing');
  });
});

describe('a firm saying the event was another firm’s', () => {
  it('reads nothing when the speaker says the approval went to another company', () => {
    const x = read(
      '华远科技澄清：取得H200进口批复的是华远控股 与本公司无关',
      '华远科技回复投资者称，近期获得商务部H200芯片进口批复的是华远控股，两家为独立上市公司。',
    );
    expect(x.candidates).toEqual([]);
    expect(x.notes.join(' ')).toContain("another firm's news");
  });

  it('does not read a denial of a rumoured list as another firm’s news', () => {
    expect(read('华远科技：公司未申请进口H200 网传名单与公司无关').notes.join(' ')).not.toContain("another firm's news");
  });
});
