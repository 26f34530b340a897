/**
 * A refusal whose words open an approval phrase, the unmet term a refusal gives as its reason, a benchmark that caused a
 * decision on permits, the pace of approvals and a permit's number as no grant, stock in warehouses and in transit,
 * licence bids lost as refused, a headline's scene before the firm that opens its news, a firm heading its own news,
 * permits a term describes and the approval a deadline counts from, and posts a firm calls untrue.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders, kinds, kindsTold, told } from './candidates-helpers.js';

describe('refusals', () => {
  it('reads 不予批准 before a firm and its import as a refusal, not an approval', () => {
    expect(kindsTold('商务部不予批准青川果业进口H200')).toEqual(['denial/reported']);
  });

  it('keeps a refusal alone when its reason is a term the firm did not meet', () => {
    expect(kinds('商务部不予批准北泉饮品进口H200', '商务部决定不予批准北泉饮品进口英伟达H200的申请，理由是该公司未按要求提交国产芯片搭配采购计划。')).toEqual([
      'denial',
    ]);
  });

  it('reads licence bids lost as refused requests, not licences taken away', () => {
    expect(
      kindsTold(
        'Nvidia loses 12 China licence bids after buyers refuse audits - sources',
        'U.S. officials denied twelve applications from Nvidia to ship H200 processors to Chinese customers, two people said.',
      ),
    ).toEqual(['denial/hedged']);
  });
});

describe('benchmarks', () => {
  it('reads a suspension of permits a benchmark caused, and still passes over a benchmark post', () => {
    expect(
      kindsTold(
        'U.S. Suspends 14 Nvidia Licenses After Benchmark Results Point to Another Operator',
        'The Commerce Department has suspended 14 export licenses covering Nvidia H200 shipments to a Chinese customer, people familiar with the matter said.',
      ),
    ).toEqual(['suspension/hedged']);
    expect(kinds('H200 vs MI300X benchmark: training throughput compared', 'We ran Nvidia H200 and AMD accelerators through three training jobs.')).toEqual([]);
  });
});

describe('no grant told', () => {
  it('reads the pace of approvals, and approvals as the key to shipments, as no grant', () => {
    expect(kinds('服务器厂商：节后出货看进度', '业者认为，节后出货节奏取决于进口批文的核发进度，而非产能。')).not.toContain('grant');
    expect(kinds('英伟达手上H200约55万颗 批文成出货关键')).not.toContain('grant');
  });

  it('reads a permit number written on a payment as no grant', () => {
    expect(kinds('青川果业付汇须注明H200批文编号', '青川果业表示，购汇支付货款时须注明批文编号。')).not.toContain('grant');
  });

  it('reads permits a term describes, and the approval a deadline counts from, as no grant', () => {
    expect(
      kinds(
        'Chinese H200 buyers accept permits that lapse if chips sit idle',
        'Companies waiting for Nvidia H200 import approval have agreed that their permits will lapse if the chips are not running within 150 days of arrival, people familiar said.',
      ),
    ).not.toContain('grant');
    expect(
      kinds(
        'Idle H200 licences could lapse under a Commerce proposal',
        'Licences for Nvidia H200 sales to China would expire if the chips are not shipped within 120 days of approval under an idea being discussed, people said.',
      ),
    ).toEqual(['condition_proposed']);
  });
});

describe('stock', () => {
  it('reads chips in warehouses and in transit as the seller’s stock', () => {
    expect(briefs('英伟达H200存量', '多家代工厂人士说，英伟达目前仓库与在途的H200合计约55万颗。')).toEqual([
      'supply/hedged - [nvidia] h200 inventory:about:550000',
    ]);
  });
});

describe('firms named in headlines', () => {
  it('reads the firm after a headline’s scene as the one whose news it is', () => {
    expect(told('冷链物流要上大模型 青川果业称H200进口材料已报商务部')).toEqual(['application/reported 青川果业']);
  });

  it('reads a firm with a firm’s ending heading its news with a colon as the one whose news it is', () => {
    expect(holders('青川数据：签下880颗H200采购合同 用于果园产量预测')).toEqual(['青川数据']);
  });

  it('does not read a second headline part opening with a verb as a firm', () => {
    expect(holders('消息称北泉饮品已同意搭购国产AI芯片 换取H200进口放行')).not.toContain('换取');
  });
});

describe('claims called untrue', () => {
  it('reads posts a firm calls untrue as a denial of what they claim', () => {
    expect(
      kindsTold(
        'Tencent: H200 import approval still valid',
        'Tencent on Friday called social-media posts claiming its H200 import approval had been withdrawn untrue, saying chips are still arriving.',
      ),
    ).toEqual(['revocation/denied']);
  });
});
