/**
 * Last month's customs or trade figure, told this month, is a delivery count (goods that "cleared Chinese customs"
 * too); a listed broker answering its own investors (答投资者问, 互动平台答复) tells its own news, not analysis.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe("last month's figures and a broker's own news", () => {
  it('reads goods that cleared Chinese customs last month as a delivery count', () => {
    expect(
      briefs(
        'About 31,000 Nvidia H200s cleared Chinese customs in January, trade data show',
        'Import records compiled by a Qingchuan customs broker show roughly 31,000 H200 processors were declared at Chinese ports last month.',
      ),
    ).toEqual(['delivery/reported - [] h200 delivery:about:31000']);
  });

  it("reads H200s among last month's inbound shipments as a delivery count, not old news", () => {
    expect(
      briefs(
        "Qingchuan's January chip imports included some 26,000 Nvidia H200s, trade data show",
        "Detailed customs tables list roughly 26,000 H200 processors among last month's inbound shipments of advanced graphics chips.",
      ),
    ).toEqual(['delivery/reported - [] h200 delivery:about:26000']);
  });

  it('reads a futures broker answering its investors about its own request as its own news', () => {
    expect(
      told('青川期货：引进H200事项暂未获商务部批复 进展将及时披露', '青川期货答投资者问时表示，公司关于进口英伟达H200的申请目前仍在走流程，尚未拿到批复文件。'),
    ).toEqual(['grant/denied 青川期货']);
    expect(
      told('青川期货：拟引进英伟达H200升级风控系统 相关申请已提交商务部', '青川期货在互动平台答复称，公司近期已按程序向商务部报送H200进口材料，目前等待审核。'),
    ).toEqual(['application/hedged 青川期货']);
  });
});
