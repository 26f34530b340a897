/**
 * A ministry's Q&A: a journalist's question answered with no information (答：我目前没有可以发布的信息) reports
 * nothing, while a question answered by a confirmation keeps the decision it asked about.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('a question answered with no information', () => {
  it('reads nothing from the question', () => {
    expect(
      briefs(
        '商务部例行新闻发布会（2月3日）实录',
        '问：外媒称中方已经批准部分企业进口英伟达H200，商务部对此有何回应？答：关于你提到的情况，我目前没有可以发布的信息。',
      ),
    ).toEqual([]);
  });

  it('keeps a decision the answer confirms', () => {
    expect(
      briefs(
        '商务部新闻发言人答记者问',
        '问：有报道称晨曦科技已获准进口英伟达H200芯片，请问是否属实？答：商务部依法依规审查，近日已批准晨曦科技的相关进口申请。',
      ).some((b) => b.startsWith('grant/')),
    ).toBe(true);
  });
});
