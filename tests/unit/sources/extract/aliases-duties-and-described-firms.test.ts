/**
 * A firm described by a relative clause before its verb, a headline naming a firm one way and its lede another, what a
 * firm does for a living as no direction of the goods, "one of the approvals" as no count; duties a grant carries
 * (每半年报告, not a half-year report), a ban lasting while regulators check, terms a firm takes on (benchmarking, public
 * registers, algorithm filing, domestic modules, 条款), firms described by a refusal they once had, Taiwan's names for other
 * countries, draft licence terms and goods bound for China, a buyers' country word giving way to an export, terms still
 * open beside a grant, the firm's papers and the chips' planned use, an organisation struck off, a delivery van, "signs of",
 * explainers of why an old figure still stands, and licences named by the Chinese buyer they serve (the forty-first
 * session's first rule round).
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders, kinds, kindsAgainst, kindsTold, told, toldOfUsExport } from './candidates-helpers.js';
import { seedState, withHeldFigures } from './state.js';

describe('firms described before their verb', () => {
  it('reads the firm a relative clause describes as the holder, and its trade as no export', () => {
    expect(
      briefs(
        'Gansu irrigation start-up is said to be among the latest H200 import winners',
        'Qingchuan Compute, which sells irrigation software to farms across Gansu, has reportedly received clearance for roughly 2,460 Nvidia H200s, people familiar with the matter said.',
      ),
    ).toEqual(['grant/hedged - [qingchuan-compute] h200 quota:about:2460']);
  });

  it('reads "one of the larger approvals" as no count of licences', () => {
    const read = briefs(
      'Qingchuan Compute cleared for about 2,460 H200s - sources',
      'Qingchuan Compute has won Beijing’s approval to import roughly 2,460 Nvidia H200s, two people said. That would make it one of the larger approvals granted outside the big platforms.',
    );
    expect(read).toEqual(['grant/hedged mofcom [qingchuan-compute] h200 quota:about:2460']);
  });

  it('holds one event under the headline’s firm when the lede names it another way', () => {
    expect(
      told(
        'Tea Exporter Lanfu Wins Nod to Import 64 Nvidia H200s',
        'Gansu Qingchuan Holding Ltd. has received commerce ministry approval to bring in 64 H200 processors, two sources said.',
      ),
    ).toEqual(['grant/hedged Lanfu']);
  });

  it('reads a start-up asking Beijing for import rights as its application', () => {
    expect(told('Orchard Robot Start-Up Lanfu Asks Beijing for H200 Import Rights')).toEqual(['application/reported Lanfu']);
  });
});

describe('duties and terms', () => {
  it('keeps a ministry’s approval official when its duties include reporting every half year', () => {
    expect(
      kindsTold('商务部：批准北泉饮品进口H200芯片320颗', '商务部新闻发言人称，经审查，批准北泉饮品进口英伟达H200芯片320颗，企业须每半年报告使用情况。'),
    ).toEqual(['grant/official']);
  });

  it('reads a firm barred from imports while regulators check as suspended', () => {
    expect(
      kindsTold('Qingchuan Compute put on ice', 'Qingchuan Compute has been barred from bringing in more H200s while regulators check its customs records.'),
    ).toEqual(['suspension/reported']);
  });

  it('reads benchmarking a firm agrees to host as a term it accepts, not a benchmark post', () => {
    expect(
      kindsTold(
        'Tencent agrees to open its H200 clusters to local chip designers',
        'Tencent has signed up to a requirement that it open its H200 computing clusters each month to domestic chip designers for benchmarking, people briefed on the matter said.',
      ),
    ).toEqual(['condition_agreed/hedged']);
  });

  it('reads waiting firms agreeing to register their algorithms, or to list end customers, as terms agreed', () => {
    expect(
      kindsTold(
        'Firms Queuing for H200 Permits Accept a Filing Prerequisite',
        'Chinese companies still waiting to import Nvidia H200 chips have agreed to register their AI models with regulators before their applications are processed, according to people involved in the talks.',
      ),
    ).toContain('condition_agreed/hedged');
    expect(
      kindsTold(
        'Firms in the H200 queue sign up to a public customer register',
        'Chinese companies in the H200 import queue have signed up to list their end customers on a ministry register, according to people involved in the talks.',
      ),
    ).toEqual(['condition_agreed/hedged']);
  });

  it('reads a domestic module in every server as a bundling term', () => {
    expect(
      kindsTold(
        'Waiting firms accept domestic security chips in H200 servers',
        'Applicants still in the queue for H200 import permits have agreed to fit each server with a domestically made security module, according to people involved in the talks.',
      ),
    ).toEqual(['condition_agreed/hedged']);
  });

  it('reads 接受…条款 as terms agreed, and neither a question nor a price accepted', () => {
    expect(kinds('腾讯据悉接受H200应急算力条款', '知情人士称，腾讯已接受H200进口批复附带的应急算力条款。')).toEqual(['condition_agreed']);
    expect(kinds('北泉饮品H200订单据悉增至3200颗', '知情人士称，北泉饮品向英伟达追加订购H200，订单增至3200颗，并接受了加价条款。')).not.toContain(
      'condition_agreed',
    );
  });

  it('reads 或加条件 as a term proposed', () => {
    expect(kindsTold('三大平台H200批文据悉或加条件：预留一成算力', '据悉，监管部门正考虑为三大平台的H200进口批复加一项条件，细节仍在商讨。')).toContain(
      'condition_proposed/hedged',
    );
  });

  it('drops terms not yet settled beside the grant an item tells', () => {
    expect(kinds('字节跳动据悉分到约14万颗H200', '接近审批的人士透露，字节跳动分到约14万颗英伟达H200；国产芯片的配比尚未敲定。')).toEqual(['grant']);
  });
});

describe('refusals that describe', () => {
  it('reads firms named by a refusal they once had as whom a term keeps the goods from', () => {
    expect(
      kinds(
        'Tencent Said to Accept Ban on Renting H200 Capacity to Rejected Applicants',
        'Tencent has agreed to a condition of its import approval that forbids it from renting out Nvidia H200 computing power, people with knowledge of the arrangement said.',
      ),
    ).toEqual(['condition_agreed']);
    expect(
      kinds(
        'Tencent reportedly agrees not to rent out Nvidia power to turned-down firms',
        'Tencent has reportedly signed up to a Chinese rule barring it from leasing H200 capacity to companies refused import permission.',
      ),
    ).toEqual(['condition_agreed']);
  });

  it('reads 拟禁 a use of the goods as a term proposed', () => {
    expect(kindsTold('监管据悉拟禁腾讯把H200算力租给被拒企业')).toEqual(['condition_proposed/hedged']);
  });
});

describe('places, papers and words', () => {
  it('reads Taiwan’s names for other countries as other countries', () => {
    expect(kinds('馬拉威擬建農業算力中心 採購輝達H200伺服器', '馬拉威農業部表示，擬購置輝達H200伺服器，系統整合商已向美方提出出口許可申請。')).toEqual([]);
  });

  it('reads draft licence terms Washington weighs, and terms for China-bound goods, as the US licence’s', () => {
    expect(
      toldOfUsExport(
        'US Weighs Asking Chinese H200 Buyers to Name Their Cluster Administrators',
        'A draft licence term circulating at Commerce would make each Chinese H200 buyer disclose who holds administrator access, people who have read it said.',
      ),
    ).toEqual(['condition_proposed/hedged bis']);
    expect(toldOfUsExport('Proposed rule: administrator rosters for China-bound H200 clusters')).toEqual(['condition_proposed/reported bis']);
  });

  it('reads an exporter agreeing to certify its China distributors as terms on its export licence', () => {
    expect(
      toldOfUsExport(
        'Nvidia agrees to certify its China distributors every year to keep H200 licences',
        'Nvidia has accepted a licence condition that obliges it to put each of its Chinese distributors through an annual export-compliance certification, the company said.',
      ),
    ).toEqual(['condition_agreed/reported bis']);
  });

  it('keeps the firm’s papers out of its name and its chips’ planned use out of its certainty', () => {
    expect(
      holders('北泉饮品披露H200进口申请进展 芯片拟训练冷链预警模型', '北泉饮品晚间公告，公司引进英伟达H200的申请已递至主管部门，全套材料报送完毕。'),
    ).toEqual(['北泉饮品']);
    expect(kindsTold('北泉饮品披露H200进口申请进展 芯片拟训练冷链预警模型')).toEqual(['application/reported']);
  });

  it('reads a research institute struck off as no permission revoked', () => {
    expect(kinds('合作院所早已注销 青川果业引进H200遭商务部否决')).toEqual(['denial']);
  });

  it('reads a delivery van and "signs of" as no delivery and no signature', () => {
    expect(
      kinds(
        'Qingchuan Compute Said to Lose H200 Permit After a Theft',
        'Chinese authorities have cancelled Qingchuan Compute’s licence to import Nvidia H200s after 40 of the chips were stolen from a delivery van, people familiar said.',
      ),
    ).toEqual(['revocation']);
    expect(
      toldOfUsExport(
        'Lab paperwork puts Nvidia permits on ice',
        'Washington has paused 31 Nvidia export licences linked to a Chinese server-rental company whose lab certificates showed signs of tampering, people said.',
      ),
    ).toEqual(['suspension/hedged bis']);
  });

  it('reads an explainer of why an old figure still anchors forecasts as that figure restated', () => {
    expect(
      kindsAgainst(
        withHeldFigures(seedState(), '2026-01-28'),
        'Why the January tally of 2 million Chinese H200 orders still anchors forecasts',
        'The more than 2 million H200 orders from Chinese companies that surfaced in late January remain the number analysts reach for.',
      ),
    ).toEqual(['restatement']);
  });
});
