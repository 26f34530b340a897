/**
 * A firm giving its undertaking when approved (出具使用承诺, 签署用途承诺函, 出具书面承诺，相关芯片仅用于…) agrees to the approval's
 * terms: a condition agreed beside the grant, by the same firm. The undertaking's content may follow it in the next clause.
 * An undertaking the ministry requires (企业须…作出书面承诺, 要求申请企业…作出书面承诺) is a term asked for, not one agreed.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('undertakings given by an approved firm', () => {
  it('reads the undertaking, named or spelt out after it, as a condition agreed beside the grant', () => {
    expect(
      told(
        '青川果业：关于获准进口H200芯片并出具使用承诺的公告',
        '公司获商务部批复，准予进口96颗英伟达H200芯片，批复附有用途限定等条件。公司已向主管部门出具书面承诺，保证芯片仅用于果品分拣模型训练，不转让、不出租。',
      ),
    ).toEqual(['grant/reported 青川果业', 'condition_agreed/reported 青川果业']);
    expect(told('青川果业：关于获批进口H200芯片暨签署用途承诺函的公告', '公司近日取得商务部颁发的许可，准予进口英伟达H200芯片48颗。')).toEqual([
      'grant/reported 青川果业',
      'condition_agreed/reported 青川果业',
    ]);
  });

  it('reads an undertaking the ministry requires as a term asked for', () => {
    expect(
      told('', '商务部新闻发言人表示，商务部在审查芯片进口申请时，要求申请企业就最终用途作出书面承诺，进口芯片不得转售。').some((x) =>
        x.startsWith('condition_agreed'),
      ),
    ).toBe(false);
  });
});
