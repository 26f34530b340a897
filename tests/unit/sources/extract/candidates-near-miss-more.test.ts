/**
 * Class 4 from the eighteenth and nineteenth batches: items that look like approval news and
 * are not — another regulator's permission (a listing, a pilot, an app), a city's permission for
 * an office, a broker's forecast, a performance ratio against the item, a purpose clause, a
 * look-back years on, and a batch of firms permitted something other than imports.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

const kinds = (title: string, summary?: string) => briefs(title, summary).map((b) => b.split('/')[0]);

describe('permissions for something else', () => {
  it("reads a securities regulator's nod for a listing as no licence news", () => {
    expect(
      briefs(
        "Sugon wins regulator's nod for Hong Kong listing of server unit",
        'Sugon has won approval from the China Securities Regulatory Commission to spin off its server unit, whose sales rose on Nvidia H200 demand.',
      ),
    ).toEqual([]);
  });

  it("reads a ministry's pilot for compute renters as no import decision", () => {
    expect(briefs('工信部公布第三批算力租赁试点企业 12家服务商获准跨区域经营', '试点企业部署的算力包括英伟达H200等。')).toEqual([]);
  });

  it("reads a city's permission for an office, with a line that approvals continue, as no new grant", () => {
    expect(
      kinds(
        "Shenzhen clears Nvidia's expansion of Qianhai R&D campus",
        "Shenzhen authorities have approved Nvidia's plan to enlarge its R&D campus. Beijing has meanwhile continued to approve H200 imports by domestic companies.",
      ),
    ).not.toContain('grant');
  });
});

describe('no event told', () => {
  it("reads a broker's forecast headline as opinion", () => {
    expect(briefs('Nomura sees Beijing approving another ten H200 importers by March')).toEqual([]);
  });

  it("reads a rival chip's performance given as a ratio of the item as a comparison", () => {
    expect(briefs('燧光发布新一代推理卡', '公司称其吞吐量可达英伟达H200的1.3倍，已获得累计超过1万片的预订。')).toEqual([]);
  });

  it('reads a purpose clause (以便更快获得出口许可) as no grant', () => {
    expect(kinds('传英伟达拟推精简版加速卡', '英伟达正在准备一款精简版加速卡，较H200有所削减，以便更快获得出口许可。')).not.toContain('grant');
  });

  it('reads a look-back years on as old news', () => {
    expect(
      kinds("Three years on: the filing that began Nvidia's China licence saga", "From the A800 to this year's H200 approvals, we look back."),
    ).not.toContain('grant');
  });
});

describe('from the twentieth batch', () => {
  it("reads a rival chip said to beat the item (超英伟达H200) as a comparison, its orders not the item's", () => {
    expect(briefs('某国产GPU获运营商订单 称推理能效比超英伟达H200', '公司称已获得首批采购订单约1万片，单位功耗性能已超过英伟达H200。')).toEqual([]);
  });

  it('reads lawmakers pressing the department to freeze licences as no suspension', () => {
    expect(briefs('Senators press Commerce to freeze new H200 licences for China')).toEqual([]);
  });

  it('reads an essay "months on", an analysis "…: why …", and an article that asked strategists as no news', () => {
    expect(
      kinds('Twelve months on: what the H200 licensing of sales to China set in motion', "This essay traces this year's licensing of H200 sales."),
    ).not.toContain('grant');
    expect(briefs("China's H200 appetite: why Beijing keeps approving imports it says it doesn't need")).toEqual([]);
    expect(briefs('Is Beijing cooling on Nvidia?', 'A suspension here, a revoked H200 licence there: we asked three strategists what it means.')).toEqual([]);
  });
});

describe('permissions as the topic of a claim', () => {
  it('reads no grant where the permissions held are what a column says something about', () => {
    expect(briefs("Beijing's H200 permits have become a lever in trade talks")).toEqual([]);
    expect(briefs("Beijing's H200 licences have become a badge for state banks")).toEqual([]);
  });

  it('still reads permissions told granted as a grant', () => {
    expect(briefs("Beijing's H200 permits are granted to two more cloud firms").map((b) => b.split('/')[0])).toContain('grant');
  });
});
