import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

// "Official" is an authority's word. A company announcing, confirming or receiving a notice about
// its own permit is the company's report, however official its words sound.
describe("a company's notice or confirmation is its report", () => {
  it('reads a filing dated the way companies file (晚间公告) as reported, though it names the ministry', () => {
    expect(told('青川果业获准进口约300颗H200', '青川果业1月12日晚间公告称，公司于近日收到商务部颁发的英伟达H200芯片进口许可，核准数量300颗。')).toEqual([
      'grant/reported 青川果业',
    ]);
    expect(told('青川果业H200进口许可被撤销', '青川果业（600999）2月3日晚间公告，公司收到商务部通知，决定撤销公司持有的英伟达H200进口许可。')).toEqual([
      'revocation/reported 青川果业',
    ]);
  });

  it('reads a notice the company says it received as the company telling it', () => {
    expect(
      told(
        '青川果业收到商务部书面通知 H200芯片进口许可正式撤销',
        '证券时报记者从青川果业获悉，公司已于2月3日收到商务部书面通知，其英伟达H200芯片进口许可被撤销。',
      ),
    ).toEqual(['revocation/reported 青川果业']);
  });

  it('reads "X Group announced that the ministry had suspended…" as the group\'s report', () => {
    expect(
      told(
        'Qingchuan Fruit says Beijing suspended its H200 import permit',
        'Qingchuan Fruit Group announced that the Ministry of Commerce had suspended its permit to import Nvidia H200 chips.',
      ),
    ).toEqual(['suspension/reported Qingchuan Fruit']);
  });

  it('reads "China Qingchuan Fruit has confirmed…" as the firm speaking, though its name opens with the country', () => {
    expect(
      told(
        'China Qingchuan Fruit confirms Beijing approval to buy Nvidia H200s',
        'China Qingchuan Fruit has confirmed that the commerce ministry approved its application to import Nvidia H200 processors.',
      ),
    ).toEqual(['grant/reported China Qingchuan Fruit']);
  });

  it("keeps the ministry's own notice and statement official", () => {
    expect(
      told('商务部撤销青川果业H200进口许可', '商务部2月3日发布公告称，经核查，青川果业股份有限公司违反许可条件，商务部决定撤销其H200芯片进口许可。'),
    ).toEqual(['revocation/official 青川果业']);
    expect(told('China revokes Qingchuan Fruit H200 import approval', 'The commerce ministry said in a statement it had revoked the approval.')).toEqual([
      'revocation/official Qingchuan Fruit',
    ]);
    expect(told('Commerce confirms it suspended one Nvidia H200 licence', 'A department spokesperson confirmed the suspension.')).toEqual([
      'suspension/official Nvidia',
    ]);
  });
});
