/**
 * Who is spoken of: firms in the queue (排队企业, 正在等待…批复的企业, "firms queuing") are the waiting firms, but a firm
 * placed "among companies queueing" is itself; 内地企业 are buyers at large; a firm heading its own investor-relations
 * record or its own request news speaks of itself; 手上 is no name. What is agreed: deposits (保证金) and a monitor
 * demanded are terms; money asked back (申请退还) is no request. What is denied: a report called untrue in the next
 * sentence, and "Says It Hasn’t Signed". "Loses use of" a licence is a suspension; "revisited" retells.
 */
import { describe, expect, it } from 'vitest';
import { briefs, briefsAgainst, holders, kinds, kindsOfWaiting, told } from './candidates-helpers.js';
import { withGroup, withUsExport } from './state.js';

describe('the queue', () => {
  it('reads "firms queuing" that agree to a duty as the waiting firms agreeing to a term', () => {
    expect(kindsOfWaiting('Firms queuing for H200 import permits agree to notify Beijing before moving chips between provinces')).toEqual([
      'condition_agreed other-cn-firms',
    ]);
  });

  it('reads a firm listed "among companies queueing" as that firm alone', () => {
    expect(
      told(
        'Qingchuan Fruit denies it applied to import Nvidia H200 chips',
        'Qingchuan Fruit said it had not sought a licence to import H200s, dismissing posts that listed it among companies queueing for approval.',
      ),
    ).toEqual(['application/denied Qingchuan Fruit']);
  });

  it('reads orders of 内地企业 as orders of buyers at large, named by no holder', () => {
    expect(briefs('內地企業H200訂單據報累計約330萬顆', '市場人士估計，內地公司累計向英偉達訂購的H200已達約330萬顆。')).toEqual([
      'order/hedged - [] h200 order:about:3300000',
    ]);
  });
});

describe('firms speaking of themselves', () => {
  it('reads a firm heading its research-visit record (调研纪要) as the applicant', () => {
    expect(
      holders(
        '青川果业调研纪要：质检模型拟上H200 进口申请在审',
        '青川果业日前接待机构调研时介绍，公司打算引进一批英伟达H200，进口申请已报至商务主管部门，目前在审。',
      ),
    ).toEqual(['青川果业']);
  });

  it('reads a firm heading news that its own request has gone in as the applicant', () => {
    expect(told('青川果业：质检平台算力吃紧 H200进口申请已递交待批')).toEqual(['application/reported 青川果业']);
  });

  it('does not take 手上 ("in hand") for a second firm', () => {
    expect(
      holders(
        '青川果业H200批文传遭暂停 大模型计划受阻',
        '据内地媒体报道，音响设备商青川果业旗下一家做音频大模型的子公司，手上的英伟达H200进口许可近期被主管部门叫停。',
      ),
    ).toEqual(['青川果业']);
  });
});

describe('terms agreed', () => {
  it('reads paying deposits per batch (缴纳履约保证金) as a term agreed, and 申请退还 as no request', () => {
    expect(
      briefsAgainst(withGroup(), '三大厂据悉同意为H200进口缴纳履约保证金', '字节、阿里和腾讯已同意按批次缴纳履约保证金，芯片使用满一定期限后可申请退还。'),
    ).toEqual(['condition_agreed/hedged mofcom [bytedance,alibaba,tencent] h200']);
  });

  it('reads Nvidia agreeing to a Commerce demand for a monitor as a term agreed on the US licence', () => {
    expect(
      briefsAgainst(
        withUsExport(),
        'Nvidia accepts an outside monitor for its China H200 sales',
        'Nvidia has agreed to a Commerce Department demand that an independent monitor review its H200 sales to Chinese customers.',
      ),
    ).toEqual(['condition_agreed/reported bis [nvidia] h200']);
  });
});

describe('denials and undoings', () => {
  it('reads a rumoured approval called untrue in the next sentence as denied', () => {
    expect(
      told('青川果业：从未就H200提交进口申请 网传获批系误传', '网络上有消息称青川果业获批进口英伟达H200。公司答复说，公司没有递交过这类申请，相关说法不属实。'),
    ).toEqual(['grant/denied 青川果业']);
  });

  it('reads "Says It Hasn’t Signed" a purchase deal as the buyer denying an order', () => {
    expect(told('Tencent Says It Hasn’t Signed New H200 Purchase Deal')).toEqual(['order/denied Tencent']);
  });

  it('reads losing use of a licence as a suspension, not a revocation', () => {
    expect(told('Qingchuan Fruit loses use of its H200 import licence as Beijing orders suspension')).toEqual(['suspension/reported Qingchuan Fruit']);
  });
});

describe('genres', () => {
  it('reads a quota "revisited" as the grant told again', () => {
    expect(
      kinds(
        'Old number, new questions: the 400,000-chip H200 quota revisited',
        'The more than 400,000 Nvidia H200s that ByteDance, Alibaba and Tencent were cleared to bring in are old news; conditions still under negotiation will decide how much becomes revenue.',
      ),
    ).toEqual(['restatement']);
  });

  it('does not take "how to" in a body for a how-to piece', () => {
    expect(
      briefs(
        'Chinese demand for Nvidia’s H200 swells to more than 2.5mn chips',
        'Chinese groups have lined up orders for more than 2.5mn H200s, leaving the chipmaker to work out how to split supply.',
      ),
    ).toEqual(['order/reported - [] h200 order:over:2500000']);
  });
});
