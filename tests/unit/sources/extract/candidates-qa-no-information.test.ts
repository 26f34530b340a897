/**
 * A ministry's Q&A: a journalist's question answered with no information (答：我目前没有可以发布的信息), or with
 * neither a confirmation nor a telling of its own, reports nothing, while a question answered by a confirmation
 * keeps the decision it asked about. A response to a report (回应…获批报道, 针对外媒所称…一事) tells the event only
 * when it denies it.
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

  it('reads nothing from a question the answer neither confirms nor tells again, only what the answer tells', () => {
    const read = briefs(
      '商务部新闻发布会：H200进口申请依法依规审查',
      '问：有外媒报道称，商务部已批准部分企业进口英伟达H200芯片，请问情况是否属实？答：对于企业提出的相关物项进口申请，商务部依据法律法规进行审查，目前审查工作仍在进行。',
    );
    expect(read.some((b) => b.startsWith('grant/'))).toBe(false);
  });

  it("keeps the question's decision when the answer confirms it in words of its own (答：属实)", () => {
    expect(
      briefs('商务部新闻发言人答记者问', '问：有报道称晨曦科技已获准进口英伟达H200芯片，请问是否属实？答：属实，有关许可附有条件。').some((b) =>
        b.startsWith('grant/'),
      ),
    ).toBe(true);
  });
});

describe('a response to a report', () => {
  it('reads nothing from the event a response is about when it neither confirms nor denies it', () => {
    expect(briefs('商务部回应H200进口获批报道：依法依规审查，个案不予置评')).toEqual([]);
    expect(briefs('商务部回应H200进口获批报道：目前没有可以发布的信息')).toEqual([]);
    expect(
      briefs(
        '商务部：依法依规审查 个案不予置评',
        '针对外媒所称中方已批准三家企业采购英伟达H200芯片一事，商务部新闻发言人表示，商务部依法依规审查，对具体企业情况不予置评。',
      ),
    ).toEqual([]);
  });

  it('still reads the event a response denies, as denied', () => {
    expect(briefs('商务部回应“三家大厂H200许可遭暂停”传闻：不属实').map((b) => b.split(' ')[0])).toEqual(['suspension/denied']);
  });
});
