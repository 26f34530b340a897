/**
 * Licence requests counted ("files upward of 50 US licence requests", "has received more than 200 licence requests") are
 * applications counted in licences, and a headline's figure the body counts in licences is that count, not chips. Permits
 * the ministry says it issued to N firms (许可已发放给百余家企业) grant the waiting firms with that count. A security
 * grading a data centre must pass (等保三级, "security-certified") is a term on where the chips go, not a product review.
 * A firm named after 消息人士称 is still the firm.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { toldOfUsExport, told } from './candidates-helpers.js';
import { withUsExport, withWaiting } from './state.js';

const counted = (title: string, summary = '', state = withUsExport()) =>
  extractCandidates({ title, summary }, state).candidates.map(
    (c) => `${c.kind} ${c.quantity ? `${c.quantity.qualifier} ${c.quantity.value} ${c.quantity.role}` : '-'}`,
  );

describe('licence requests and permits counted', () => {
  it('reads requests filed or received as applications counted in licences', () => {
    expect(counted('Nvidia files upward of 40 US licence requests for H200 sales in China - sources')).toEqual(['application over 40 licence_count']);
    expect(counted('Commerce has received more than 150 H200 licence requests for China, spokesperson says')).toEqual(['application over 150 licence_count']);
  });

  it('reads "as many as N licences" as a count of licences, its qualifier no clause', () => {
    expect(counted('US has signed off on as many as 40 Nvidia H200 licences for China, sources say')).toEqual(['grant up_to 40 licence_count']);
  });

  it('reads a headline figure the body counts in licences as that count', () => {
    expect(
      counted(
        'Nvidia seeks US permission for about 25 more H200 sales to China - sources',
        'About 25 further licence requests covering H200 sales to Chinese buyers have gone from Nvidia to the Commerce Department, people who have seen the filings said.',
      ),
    ).toEqual(['application about 25 licence_count']);
  });

  it('reads permits issued to N firms as a grant to the waiting firms with that count', () => {
    expect(counted('商务部：H200芯片进口附条件许可已发放给六十余家企业', '', withWaiting())).toEqual(['grant over 60 licence_count']);
  });
});

describe('a security grading as a term', () => {
  it('reads a required security grading as a condition, not a passing mention', () => {
    expect(told('传商务部拟要求进口H200仅可部署于等保三级以上机房', '据了解，获批企业须把芯片放在通过网络安全等级保护三级测评的数据中心里。')).toEqual([
      'condition_proposed/hedged ',
    ]);
    expect(toldOfUsExport('ByteDance agrees to keep its H200s in security-certified data centres')).toEqual(['condition_agreed/reported -']);
  });
});

describe('a firm named after its sources', () => {
  it('reads the firm after 消息人士称 as the holder', () => {
    expect(told('消息人士称青川果业H200进口事项已获放行 规模在120颗上下', '')).toEqual(['grant/hedged 青川果业']);
  });
});
