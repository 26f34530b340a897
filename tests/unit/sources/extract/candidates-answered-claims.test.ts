/**
 * A firm answering a claim and a permit's duties: 回应“…被收回”：未收到任何撤销通知 denies the quoted
 * claim and names the firm that answers; 尚未收到…的任何批复 denies a grant however long the words between;
 * 获准进口…须留在总部且不得外租 is a grant whose 不得 is its holder's duty, not a denial; a clarification notice that has
 * seen a rumour (注意到…的市场传闻) and answers it in the next sentence (谨此澄清…并未收到) denies it.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const told = (title: string, summary?: string) =>
  read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty} ${c.holders.map((h) => h.words).join('+')}${c.conditions.length ? ' +conditions' : ''}`);

describe('claims answered and duties carried', () => {
  it('reads a quoted claim the firm answers with 未收到 as denied, held by the firm', () => {
    expect(told('青川果业回应“H200许可被收回”：未收到任何撤销通知')).toEqual(['revocation/denied 青川果业']);
  });

  it('reads 尚未收到…的任何批复 as a denied grant', () => {
    expect(told('青川果业：尚未收到商务部关于H200芯片进口的任何批复')).toEqual(['grant/denied 青川果业']);
  });

  it('reads 不得 after a grant in the same sentence as its duty, so the grant has conditions', () => {
    expect(told('青川果业获准进口英伟达H200 芯片须留在成都总部且不得外租')).toEqual(['grant/reported 青川果业 +conditions']);
  });

  it('still reads a ban with 不得 and no grant before it as a denial', () => {
    expect(told('商务部：字节跳动不得进口英伟达H200芯片')).toEqual(['denial/official 字节跳动']);
  });

  it('reads a grant on condition that the chips stay at its plant and are not rented out as one with conditions', () => {
    expect(
      told(
        'Kitchenware maker Qingchuan Housewares wins H200 import permit',
        "Qingchuan Housewares said China's commerce ministry has allowed it to import Nvidia H200 processors on condition that the chips stay at its Ningbo plant and are not rented out.",
      ),
    ).toEqual(['grant/reported Qingchuan Housewares +conditions']);
  });
});

describe('a suspension notice', () => {
  const notice = (title: string, summary: string) => told(title, summary);

  it('reads the firm a notice decides on (关于对X暂停…), and what it may not do while suspended as no denial', () => {
    expect(
      notice(
        '商务部公告2032年第9号 关于对青川果业股份有限公司暂停H200芯片进口许可的决定',
        '商务部决定暂停该公司的H200芯片进口许可，暂停期内该公司不得凭此许可办理进口手续。',
      ),
    ).toEqual(['suspension/official 青川果业股份有限公司']);
  });

  it('reads a breach of the licence requirements given as the reason as no condition proposed', () => {
    expect(
      notice(
        '商务部公告2032年第9号 暂停青川果业股份有限公司进口英伟达H200芯片',
        '经核查，青川果业股份有限公司未按许可要求按季度报送所进口芯片的使用情况。现决定暂停该公司进口H200芯片的许可。',
      ),
    ).toEqual(['suspension/official 青川果业股份有限公司']);
  });
});

describe('conditions said to exist, none named', () => {
  it.each([['Pen maker Qingchuan Stationery wins China permit for 768 Nvidia H200s, with strings'], ['青川文具获商务部附条件批准 可进口768颗英伟达H200']])(
    'reads "%s" as a grant with conditions',
    (title) => {
      expect(told(title)).toEqual([expect.stringMatching(/^grant\/reported .*\+conditions$/u)]);
    },
  );

  it("does not read a source's terms (on condition of anonymity) as the permit's", () => {
    expect(
      told(
        'Pen maker Qingchuan Stationery is said to win China nod for 768 Nvidia H200s',
        'The approval was described by two people who spoke on condition they not be named.',
      ),
    ).toEqual(['grant/hedged Qingchuan Stationery']);
  });
});

describe('a clarification notice', () => {
  it('denies the rumour it says it has seen, answered in the next sentence', () => {
    expect(
      told(
        '青川果业有限公司 澄清公告 关于进口高性能计算芯片批复的市场传闻',
        '本公司董事会注意到近日有关本公司进口英伟达H200芯片之批复已被撤销的市场传闻。董事会谨此澄清，截至本公告日期，本公司并未收到任何主管部门撤销相关批复的通知。',
      ),
    ).toEqual(['revocation/denied 青川果业有限公司']);
  });
});
