/**
 * The forty-second session's second rule round: a firm with no use for the goods, chips racked or unloaded, a consent
 * secured, permits voided, another permit (a data centre's licence) struck off, the firm an authority's notice finds at
 * fault (通报X违反), terms a firm could be told to meet, a report from a Hong Kong paper rejected, a headline answered after a
 * colon, licences issued (发出…许可证), an authorisation had withdrawn, a permit lost (丢了批文) and yearly inspection visits
 * as a licence's terms.
 */
import { describe, expect, it } from 'vitest';
import { briefs, grantsWithTermsTold, kindsTold, told } from './candidates-helpers.js';

describe('firms with no use for the goods', () => {
  it('reads a firm saying its models need no imported chips, or stay on home-grown ones, as telling nothing', () => {
    expect(
      told(
        'Cement maker Tianrui says its kiln AI needs no imported Nvidia chips',
        'Tianrui said its kiln-control models are trained on rented domestic capacity and that it has not applied to import Nvidia H200s.',
      ),
    ).toEqual([]);
    expect(
      told(
        'Appliance group Supor keeps cooker-design AI on home-grown chips, skips H200 queue',
        'Supor said its recipe models run on Chinese accelerators and that it will not join the queue of firms seeking H200 import approval.',
      ),
    ).toEqual([]);
  });

  it('still reads a firm denying a request it is said to have made as that denial', () => {
    expect(kindsTold('大博医疗：暂未涉及H200芯片采购 亦未提出进口许可申请')).toEqual(['application/denied']);
  });
});

describe('goods racked and unloaded', () => {
  it('reads chips racked or unloaded as a delivery to the firm named', () => {
    expect(
      told(
        'Server makers finish racking about 18,400 H200s for Alibaba in Zhangbei',
        'Assemblers have started racking roughly 18,400 Nvidia H200s for Alibaba at its Zhangbei campus, supply-chain sources said.',
      ),
    ).toEqual(['delivery/hedged Alibaba']);
    expect(told('Lingyun Data unloads its first 360 Nvidia H200s')).toEqual(['delivery/reported Lingyun Data']);
  });
});

describe('permissions given, voided and lost', () => {
  it('reads a consent secured as a grant to the firm named', () => {
    expect(told('Weather-model maker Fengyun Data secures Beijing’s consent for about 1,900 H200s')).toEqual(['grant/reported Fengyun Data']);
  });

  it('reads permits voided, an authorisation had withdrawn and a permit lost (丢了批文) as revocations', () => {
    expect(briefs('Commerce voids 14 Nvidia H200 licences for China over diversion fears')).toEqual([
      'revocation/reported bis [nvidia] h200 licence_count:exact:14',
    ]);
    expect(
      told(
        'Hangzhou render firm loses Nvidia chip licence',
        'Yuexin Data has reportedly had its authorisation to bring in H200 accelerators withdrawn by the commerce ministry, people familiar said.',
      ),
    ).toEqual(['revocation/hedged Yuexin Data']);
    expect(kindsTold('申报用途与实际不符 一家公司据悉丢了H200批文')).toEqual(['revocation/hedged']);
  });

  it('reads a data centre’s licence struck off as no revocation of the chip permit', () => {
    expect(told('商务部暂停澜越科技H200进口许可 机房运营方IDC牌照已被注销')).toEqual(['suspension/reported 澜越科技']);
  });

  it('reads the firm an authority’s notice finds at fault as the one whose permit is taken back', () => {
    expect(told('商务部通报澜越科技违反最终用途承诺 收回其H200进口资格')).toEqual(['revocation/official 澜越科技']);
  });

  it('reads licences issued (发出…许可证) as a grant with their count', () => {
    expect(briefs('美方据报已向英伟达发出约88张对华H200出口许可证')).toEqual(['grant/hedged bis [nvidia] h200 licence_count:about:88']);
  });

  it('reads yearly inspection visits a buyer must accept as a licence’s terms', () => {
    expect(
      grantsWithTermsTold(
        'US approves Nvidia H200 sales to a Suzhou materials lab',
        'The Commerce Department approved licences for Nvidia to sell H200s to a Suzhou materials lab, provided the lab accepts yearly visits by US-approved inspectors, sources said.',
      ),
    ).toEqual([true]);
  });
});

describe('terms, denials and answers', () => {
  it('reads terms waiting firms could be told to meet as proposed', () => {
    expect(kindsTold('Firms still waiting on H200 permits could be told to file monthly power logs')).toEqual(['condition_proposed/hedged']);
  });

  it('reads a firm rejecting a Hong Kong paper’s report of a hold as denying the hold', () => {
    expect(
      kindsTold(
        'Alibaba says no customs hold on its H200 cargo',
        'Alibaba said none of its H200 imports had been held by customs, rejecting a Hong Kong newspaper report that a shipment was paused.',
      ),
    ).toEqual(['suspension/denied']);
  });

  it('reads a headline answered after a colon, with its source, as the figure reported', () => {
    expect(told('How the joint H200 approval splits: ByteDance said to get about 148,200')).toEqual(['grant/hedged ByteDance']);
  });
});
