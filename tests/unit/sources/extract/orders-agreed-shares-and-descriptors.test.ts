/**
 * A firm agreeing to buy a count of the chips themselves orders them (agreeing to buy domestic chips alongside stays a
 * term); permits as the topic of an opinion ("permits let planners…") grant nothing; a permit named as what terms would
 * be added to (批文可能追加条件) is held; goods "to receive … from joint approval" are a share, not a delivery; what may
 * happen only once checks pass (才能上架) is no delivery; a trade ending in 厂商 describes the firm named after it.
 */
import { describe, expect, it } from 'vitest';
import { briefsAgainst, holders, kinds, kindsOfWaiting, kindsTold } from './candidates-helpers.js';
import { withGroup } from './state.js';

describe('agreeing to buy', () => {
  it('reads a unit agreeing to buy a count of H200s as its parent’s order, not a term agreed', () => {
    expect(
      briefsAgainst(
        withGroup(),
        'Tencent Cloud Commits to 52,000-Plus H200s for Its Model Training',
        'Tencent’s cloud unit has agreed to buy more than 52,000 of Nvidia’s H200s, people involved said, and will rent part of them to outside customers.',
      ),
    ).toEqual(['order/reported - [tencent] h200 order:over:52000']);
  });

  it('still reads agreeing to buy local chips alongside the H200s as a term agreed', () => {
    expect(kindsTold('ByteDance, Alibaba and Tencent Agree to Buy Local Chips Alongside H200s')).toEqual(['condition_agreed/reported']);
  });
});

describe('permits held, not granted', () => {
  it('reads "China’s H200 permits let planners choose" as an opinion’s topic, no grant', () => {
    expect(
      kinds(
        'China’s H200 permits let planners choose which labs can scale',
        'Opinion: by choosing firm by firm who may import Nvidia chips, planners have turned trade into a lever.',
      ),
    ).toEqual([]);
  });

  it('reads the permit terms may be added to (批文可能追加条件) as held, leaving the terms proposed', () => {
    expect(
      briefsAgainst(
        withGroup(),
        '消息：三大平台H200算力或须接入国家调度平台',
        '接近监管部门的人士说，三家平台的进口批文可能追加条件，字节跳动、阿里巴巴和腾讯的H200集群须接入全国算力调度平台。',
      ),
    ).toEqual(['condition_proposed/hedged mofcom [bytedance,alibaba,tencent] h200']);
  });
});

describe('goods still to come', () => {
  it('reads chips a buyer is "to receive … from joint approval" as its share, not a delivery', () => {
    expect(briefsAgainst(withGroup(), 'Alibaba to receive about 110,000 H200s from joint approval, report says')).toEqual([
      'grant/reported - [alibaba] h200 allocation:about:110000@alibaba',
    ]);
  });

  it('reads chips put to use only once checks pass (才能上架) as part of the term, no delivery', () => {
    expect(
      kindsOfWaiting(
        '候批企业据悉接受H200到货先封存抽检',
        '等待H200进口批文的企业已接受主管部门提出的一项条件：芯片到货后先封存30天，核对无误后才能上架使用。',
      ),
    ).toEqual(['condition_agreed other-cn-firms']);
  });
});

describe('a firm described by its trade', () => {
  it('reads 网络设备厂商 as the description of the firm named after it', () => {
    expect(holders('自建智算平台遇阻 H200进口申请传被驳回', '有接近审批流程的人士称，网络设备厂商青川果业申请进口英伟达H200，近日被主管部门驳回。')).toEqual([
      '青川果业',
    ]);
  });
});
