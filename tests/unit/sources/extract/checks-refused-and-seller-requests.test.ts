/**
 * A check, its inspectors or a lab turned away, and an inspection failed, as no refusal of a permit; the seller’s requests
 * counted out of them and their market named between the firm and the requests; firms counted under review; a term
 * floated or debated; paperwork filed for more; a report a firm rejects named by the paper that ran it; a notice forbidding a
 * restoring; a committee told of a decision; firms from the queue counted as approved; shipments that wait on approvals;
 * and a term weighed in Washington for Chinese sites.
 */
import { describe, expect, it } from 'vitest';
import { briefs, kinds, kindsTold } from './candidates-helpers.js';

describe('oversight turned away', () => {
  it('reads no refusal from a buyer turning away a test lab or inspectors, only the licences pulled', () => {
    expect(kinds('US pulls 14 Nvidia H200 licences after buyer turned away test lab')).toEqual(['revocation']);
    expect(kinds('美方撤销英伟达14份H200许可', '一家中国买家因拒绝第三方实验室进场核验，其名下14份许可遭美国商务部撤销。')).toEqual(['revocation']);
  });

  it('reads no refusal from a fire inspection not passed beside a halt', () => {
    expect(kinds('青川果业H200进口许可传被暂停', '有熟悉审批流程的人士称，青川果业新建机房的消防验收未获通过，监管部门已暂停其H200进口。')).toEqual([
      'suspension',
    ]);
  });
});

describe('the seller’s requests counted', () => {
  it('reads a count picked out of the seller’s requests as the licences it refused, and China before them as their market', () => {
    expect(
      briefs(
        'Some 17 Nvidia China bids rejected under the new policy',
        'The Commerce Department has rejected about 17 of Nvidia’s applications to export H200 processors to Chinese buyers, people familiar with the tally said.',
      ),
    ).toEqual(['denial/hedged bis [nvidia] h200 licence_count:about:17']);
  });
});

describe('firms under review counted', () => {
  it('reads 在审企业约N家 as the requests still pending', () => {
    expect(briefs('H200进口审核排长队：在审企业据悉约214家').map((b) => b.split(' ').slice(0, 1).concat(b.split(' ').slice(-1)).join(' '))).toEqual([
      'application/hedged licence_count:about:214',
    ]);
  });
});

describe('terms floated and debated', () => {
  it('reads a licence term floated or debated as a term proposed', () => {
    expect(
      kinds(
        'Washington mulls a cluster ceiling for Chinese H200 buyers',
        'A licence term floated inside the Commerce Department would stop a Chinese buyer from wiring Nvidia H200s into any single cluster above a set size, two officials said.',
      ),
    ).toEqual(['condition_proposed']);
  });
});

describe('paperwork filed', () => {
  it('reads paperwork filed asking to bring in more chips as a request', () => {
    expect(
      kindsTold(
        'Alibaba seeks more H200 headroom',
        'Alibaba has filed paperwork in Beijing asking to bring in more H200 processors, three people familiar with the filing said.',
      ),
    ).toEqual(['application/hedged']);
  });
});

describe('a report a firm rejects', () => {
  it('reads the halt a newspaper reported, which the firm rejects, as denied, and no refusal', () => {
    expect(
      kindsTold(
        'Tencent says its H200 deliveries are on schedule',
        'Tencent said imports of its Nvidia H200 chips have not been stopped, rejecting a newspaper report that regulators had frozen them.',
      ),
    ).toEqual(['suspension/denied']);
  });
});

describe('a notice that forbids restoring', () => {
  it('reads the suspension a notice orders, not a restoring it forbids until a re-check', () => {
    expect(
      kinds(
        '商务部公告暂停青川果业H200进口许可',
        '商务部20日发布公告，因青川果业未按规定报送芯片使用情况，其英伟达H200进口许可自公告之日起暂停，整改到位并通过复查前不得恢复进口。',
      ),
    ).toEqual(['suspension']);
  });
});

describe('legislators told', () => {
  it('reads what a committee was told as the department’s decision, not a legislator’s proposal', () => {
    expect(
      kindsTold(
        'Seventeen Nvidia H200 licences on hold as Commerce traces the chips, House panel told',
        'The Commerce Department has suspended 17 of Nvidia’s licences for H200 exports to China while investigators confirm where the chips ended up, the department said in a written answer to the committee.',
      ),
    ).toEqual(['suspension/official']);
  });
});

describe('firms from the queue approved', () => {
  it('counts the firms from the queue approved in the grant, not in a queue told as well', () => {
    expect(briefs('第二轮放行：约47家候批企业据悉获准进口H200').map((b) => b.split(' ')[0] + ' ' + (b.split(' ').at(-1) ?? ''))).toEqual([
      'grant/hedged licence_count:about:47',
    ]);
  });
});

describe('what shipments wait on', () => {
  it('reads no grant from shipments a headline says wait on approvals (出货看批文)', () => {
    expect(kindsTold('供应链推估英伟达H200库存约59.1万颗 年后出货看批文')).toEqual(['supply/hedged']);
  });
});

describe('a term weighed in Washington for Chinese sites', () => {
  it('reads the capital a term is debated in as its actor, and a Chinese data centre as no actor', () => {
    expect(
      briefs(
        'Commerce mulls a ceiling on how many H200s any one Chinese site can house',
        'A per-site ceiling of a few thousand Nvidia H200s for every Chinese data centre is being debated as a new licence term in Washington, which would stop buyers stitching one cluster together, say people familiar with the talks.',
      ).map((b) => b.split(' ').slice(0, 2).join(' ')),
    ).toEqual(['condition_proposed/hedged bis']);
  });
});
