/**
 * Approvals that are background, not news: an order measured against the approval a buyer holds ("beyond what its
 * import approval covers", "on top of its share"), a grant bet on or an amount officials are "prepared to" approve,
 * a prefixed adjective ("pre-cleared"), and an approval or a delivery named only as a time (获批前, 获批两年内,
 * 获准以后, 到货后). Also: a headline's space closes a negation's clause; a count written out after a model's digits
 * (H200四百四十八颗) is read whole; 突破 bounds a figure from below; a request said not to have been made restates
 * nothing.
 */
import { describe, expect, it } from 'vitest';
import { briefs, briefsAgainst, kindsOfWaiting, kindsTold, told } from './candidates-helpers.js';
import { withGroup, withUsExport } from './state.js';

describe('an approval held, measured against', () => {
  it('reads an order denied "beyond what its import approval covers" as that denial alone, no grant', () => {
    expect(
      kindsTold(
        'Tencent Says It Has Not Ordered H200s Beyond Its Approval',
        'Tencent said it has not placed any additional order for Nvidia H200 chips beyond what its import approval covers.',
      ),
    ).toEqual(['order/denied']);
  });

  it('reads an order "on top of its share" of the approval, bet on a wider quota, as the order alone', () => {
    expect(
      briefsAgainst(
        withGroup(),
        'Tencent Orders 30,000 More H200s',
        'Tencent has put in an order for 30,000 more Nvidia H200s on top of its share of the group approval, people involved said, betting that Beijing will widen its quota.',
      ),
    ).toEqual(['order/reported - [tencent] h200 order:exact:30000']);
  });
});

describe('grant words that decide nothing', () => {
  it('reads "pre-cleared logistics companies" as a description inside a proposal, not a clearance', () => {
    expect(
      briefsAgainst(
        withUsExport(),
        'US Eyes Vetted Forwarders as Gatekeepers for China-Bound Nvidia H200s',
        'A proposal under discussion at Commerce would oblige Nvidia to route licensed H200 servers bound for China only through a short list of pre-cleared logistics companies, according to people briefed on the talks.',
      ),
    ).toEqual([]);
  });

  it('reads the number officials are "prepared to approve" as no approval, leaving the requests told', () => {
    expect(
      kindsOfWaiting(
        'Over 90 Chinese Companies Line Up for H200 Import Permits',
        'The queue of H200 import requests has grown past 90 companies, a backlog larger than the number officials are prepared to approve this year.',
      ),
    ).toEqual(['application other-cn-firms']);
  });
});

describe('an approval or a delivery named as a time', () => {
  it('reads terms due before approval (获批前) or for two years after it (获批两年内) as terms only', () => {
    expect(kindsOfWaiting('排队企业获批H200前或须先接入全国算力调度平台')).toEqual(['condition_proposed other-cn-firms']);
    expect(kindsOfWaiting('排队企业或被要求：获批H200两年内不得转让')).toEqual(['condition_proposed other-cn-firms']);
  });

  it('reads the time since others were approved (获准…以后) as no grant to them', () => {
    expect(told('三巨头之外的企业还在等：H200进口审批进度梳理', '字节跳动、阿里巴巴、腾讯获准进口H200以后，三巨头之外的企业仍在等待商务部审批。')).toEqual([]);
  });

  it('reads checks that start when the chips arrive (到货后) as the term agreed, no delivery', () => {
    expect(
      kindsOfWaiting('接受现场核查 排队企业据悉已作出书面承诺', '正在等待H200进口批复的企业已向主管部门提交书面承诺，同意芯片到货后接受每季度一次的现场核查。'),
    ).toEqual(['condition_agreed other-cn-firms']);
  });
});

describe('negations, counts and bounds in Chinese', () => {
  it('does not let 未 in one headline clause negate the freeze told in the next', () => {
    expect(briefsAgainst(withUsExport(), '青川果业未按时提交用途报告 美方暂停英伟达三张H200许可')).toEqual([
      'suspension/reported bis [nvidia] h200 licence_count:exact:3',
    ]);
  });

  it('reads 四百四十八颗 after "H200" as 448, not as the model’s digits run into 148', () => {
    expect(briefs('青川果业子公司获批进口H200四百四十八颗 用于云算力')[0]).toMatch(/ quota:exact:448$/);
  });

  it('reads 突破 before a figure as "over"', () => {
    expect(briefs('英伟达H200对华交付突破30万颗')).toEqual(['delivery/reported - [] h200 delivery:over:300000']);
  });
});

describe('a request not made', () => {
  it('reads a firm still weighing whether to apply, and saying it has not, as no event at all', () => {
    expect(
      briefs(
        '青川果业：计划年内申请进口H200 目前仍在评估',
        '青川果业在投资者关系活动记录表中披露，公司计划视需要申请进口英伟达H200，目前仍在评估，尚未提交申请。',
      ),
    ).toEqual([]);
  });
});
