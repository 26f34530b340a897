/**
 * A refusal whose words open an approval phrase, the unmet term a refusal gives as its reason, a benchmark that caused a
 * decision on permits, the pace of approvals and a permit's number as no grant, stock in warehouses and in transit,
 * licence bids lost as refused, a headline's scene before the firm that opens its news, a firm heading its own news,
 * permits a term describes and the approval a deadline counts from, and posts a firm calls untrue; then terms weighed,
 * waiting firms counted, pledges, other countries and products, shares allotted, stock awaiting shipment, chips brought in
 * or powered on, and a term a grant's sentence says is still open (the fortieth session's three rule rounds).
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders, kinds, kindsTold, told, toldOfUsExport, toldWithTerms } from './candidates-helpers.js';

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
    expect(toldOfUsExport('Nvidia loses 12 China licence bids - sources')).toEqual(['denial/hedged bis']);
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

describe('terms weighed', () => {
  it('reads officials debating whether to bar buyers with state owners as a term proposed', () => {
    expect(
      kindsTold(
        'U.S. weighs barring state-heavy Chinese buyers from Nvidia H200 licences',
        'Officials are debating whether to bar Nvidia from selling H200s to any Chinese customer that is more than a third owned by government bodies, people familiar with the talks said.',
      ),
    ).toEqual(['condition_proposed/hedged']);
  });

  it('reads results kept on file for checks as no request filed', () => {
    expect(
      kinds(
        'US weighs making Chinese H200 buyers screen their technicians',
        'Officials are discussing a licence term that would oblige Chinese customers of Nvidia’s H200 to screen every technician and keep the results on file for end-use checks, people said.',
      ),
    ).toEqual(['condition_proposed']);
  });
});

describe('waiting firms', () => {
  it('reads the queue of firms grown to a count as requests pending', () => {
    expect(briefs('H200进口候批队伍据悉扩至约171家')).toEqual(['application/hedged mofcom [other-cn-firms] h200 licence_count:about:171']);
  });

  it('reads requests awaiting decisions as requests pending', () => {
    expect(
      kinds(
        'About 64 Nvidia China H200 cases still undecided',
        'Roughly 64 requests by Nvidia to ship H200 processors to Chinese buyers are awaiting decisions at BIS, people said.',
      ),
    ).toEqual(['application']);
  });
});

describe('pledges and other places', () => {
  it('reads a written pledge already made as a term agreed, and one firms may be asked to make as proposed', () => {
    expect(kinds('候批企业传已向主管部门作出书面承诺 H200芯片不转租')).toContain('condition_agreed');
    expect(kinds('青川果业或须作出书面承诺 H200芯片只能部署在境内')).not.toContain('condition_agreed');
  });

  it('reads Montenegro as another country', () => {
    expect(kinds('黑山拟建国家算力中心 首期计划引进英伟达H200服务器', '黑山政府表示，第一期拟购入英伟达H200服务器，相关出口许可正向美方申请。')).toEqual([]);
  });

  it('reads traders as no firm, and a refresher as old news', () => {
    expect(holders('Nvidia shares rise after report China cleared 410,000 H200s', 'Traders said the approval had been expected.')).not.toContain('Traders');
    expect(kinds('A refresher on the terms the U.S. set for H200 sales in January')).not.toContain('condition_agreed');
  });
});

describe('more of the same pass', () => {
  it('reads a share allotted (分到) as a grant to the holder', () => {
    expect(told('阿里巴巴H200份额浮出水面', '知情人士透露，在三家合用的H200进口总额度中，阿里巴巴分到约12.66万颗英伟达H200。')).toEqual([
      'grant/hedged 阿里巴巴',
    ]);
  });

  it('reads a safety assessment a model must pass as a term’s content, not a product review', () => {
    expect(kinds('监管拟要求三大平台：用H200训练的大模型上线前先过安全评测')).toEqual(['condition_proposed']);
  });

  it('reads releases still awaited as no grant', () => {
    expect(kinds('对华H200出口审批积压 约88件待美方放行', '据供应链人士估计，尚未审结的英伟达对华H200出口许可申请约有88件。')).not.toContain('grant');
  });

  it('reads a permit decision after goods were seized as news, and a workstation card as another product', () => {
    expect(kindsTold('口岸查获H200板卡 英伟达12张对华许可据悉被美方冻结')).toEqual(['suspension/hedged']);
    expect(kinds('设计院抢购RTX 5880工作站卡 渲染赶在年前交付')).toEqual([]);
  });

  it('reads permits not yet arrived as no grant', () => {
    expect(
      kinds(
        'Chinese H200 bookings pass 2.7 million',
        'Orders from Chinese buyers passed 2.7 million chips, lifted by platforms that ordered before their own import permits arrived, people said.',
      ),
    ).toEqual(['order']);
  });

  it('does not read an account frozen by a court as a firm', () => {
    expect(holders('账户遭法院冻结 北泉饮品H200进口据悉被暂停')).toEqual(['北泉饮品']);
  });
});

describe('stock awaiting shipment and chips brought in', () => {
  it('reads chips awaiting shipment as stock, a Taiwanese server channel as a source, and approvals’ volume as no grant', () => {
    expect(kinds('通路估英伟达H200待出货约51万颗 节后看大陆批文放量', '据台湾伺服器通路业者估算，英伟达目前等待出货的H200约有51万颗。')).toEqual(['supply']);
  });

  it('reads chips brought into a campus as a delivery', () => {
    expect(
      kinds(
        'Volcano Engine stocks a new campus',
        'Volcano Engine has brought roughly 21,700 Nvidia H200 processors into a campus in Inner Mongolia, people said.',
      ),
    ).toEqual(['delivery']);
  });

  it('does not read a receipt held, a month’s new filings or a span of weeks as firms', () => {
    expect(holders('H200进口候审企业据悉约176家', '知情人士称，手握H200进口申请回执、仍未等到结论的企业约176家，其中一月新递交的申请占到三分之一。')).toEqual([
      '候审企业据悉约176家',
    ]);
  });
});

describe('third round', () => {
  it('reads chips powered on in a hall as delivered, and the full set of papers sent as a request', () => {
    expect(kinds('青川数据：588颗H200已在兰州机房完成安装并通电')).toEqual(['delivery']);
    expect(kinds('青川数据称H200进口材料已报送 计划训练果树病害模型')).toEqual(['application']);
  });

  it('reads an escrow clause being explored as a term proposed, and delivery dates hanging on permits as no grant', () => {
    expect(
      kinds(
        'Commerce floats escrow for Chinese H200 payments',
        'U.S. export officials are exploring a licence clause under which money paid by Chinese buyers for Nvidia H200s would sit in an escrow account until end-use checks are complete, people said.',
      ),
    ).toEqual(['condition_proposed']);
    expect(kinds('英伟达可售H200剩约48万颗 年后交期看大陆批文')).not.toContain('grant');
  });

  it('reads a name opening with 若 and a firm’s ending as a firm, and a clarification’s words as none', () => {
    expect(holders('若湄科技回应“获批进口H200”：纯属误传')).toEqual(['若湄科技']);
  });
});

describe('terms still open', () => {
  it('does not give a grant a term its sentence says is still open', () => {
    expect(toldWithTerms('腾讯分得多少H200？', '知情人士透露，三家合用的H200进口额度中，腾讯分到约11.9万颗英伟达H200，国产芯片搭配比例尚无定论。')).toEqual([
      'grant/hedged [腾讯] 119000',
    ]);
  });
});
