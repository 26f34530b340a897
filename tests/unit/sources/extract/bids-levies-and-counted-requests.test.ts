/**
 * Words for events that arrive in coverage without the usual verbs: licence bids lodged, permits 申报ed, a
 * levy accepted, terms being prepared, applicants turned away, requests counted by the firms (申请已超N家), an
 * order volume (订货量), approvals counted under a US department, a bigger share sought, one firm's 份额 told.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief, briefs, kindsTold, told } from './candidates-helpers.js';
import { withGroup, withUsExport, withWaiting } from './state.js';

describe('licence bids and 申报', () => {
  it('reads lodged licence bids and a permit 申报ed as applications', () => {
    expect(told('Nvidia lodges fresh H200 licence bids for Chinese cloud buyers')).toEqual(['application/reported Nvidia']);
    expect(told('青川果业：控股子公司已申报H200芯片进口许可')).toEqual(['application/reported 青川果业']);
  });
  it('does not read a customs declaration as an application', () => {
    expect(kindsTold('海关：一批申报进口的H200芯片已放行', '货物约800颗。').filter((k) => k?.startsWith('application'))).toEqual([]);
  });
});

describe('a levy accepted, terms being prepared', () => {
  it('reads a levy the seller accepts as terms agreed', () => {
    expect(kindsTold('Nvidia is said to accept a Washington levy on its China H200 sales')).toEqual(['condition_agreed/hedged']);
  });
  it('reads terms an authority is preparing as proposed', () => {
    expect(
      kindsTold('US drafts new H200 oversight', 'Commerce is preparing a requirement that licence holders file yearly audits of H200 sites in China.'),
    ).toEqual(['condition_proposed/reported']);
  });
  it('does not read a levy named in an opinion piece as a proposal', () => {
    expect(
      kindsTold('Why the H200 deal looks worse than it sounds', 'Margins will shrink under the 25% levy Washington wants, investors should note.'),
    ).toEqual([]);
  });
});

describe('applicants turned away and requests counted', () => {
  it('reads applicants Beijing turns away as the waiting firms refused', () => {
    const { candidates } = extractCandidates({ title: 'Beijing turns away four H200 import applicants' }, withWaiting());
    expect(candidates.map(brief)).toEqual(['denial/reported mofcom [other-cn-firms] h200']);
  });
  it('reads commerce officials in Beijing as the ministry', () => {
    expect(
      briefs('Three H200 import requests refused', 'Commerce officials in Beijing rejected the requests of three firms.').map((b) => b.split(' ')[1]),
    ).toEqual(['mofcom']);
  });
  it('reads requests counted by the firms as the waiting firms applying', () => {
    expect(briefs('商务部：H200进口申请已达25家')).toEqual(['application/official mofcom [other-cn-firms] h200 licence_count:exact:25']);
  });
  it('reads an order volume as an order', () => {
    expect(briefs('国内客户H200订货量攀升至约180万颗')).toEqual(['order/reported - [] h200 order:about:1800000']);
  });
});

describe('approvals counted, a share sought, a share told', () => {
  it('reads China H200 licence approvals a US department counts as the seller’s export licences', () => {
    const { candidates } = extractCandidates(
      { title: 'Commerce Department puts China H200 licence approvals at 30', summary: 'A spokesperson said 30 licences had been granted to Nvidia.' },
      withUsExport(),
    );
    expect(candidates.map((c) => brief(c).split(' ').slice(0, 3).join(' '))).toEqual(['grant/official bis [nvidia]']);
  });
  it('reads a bigger share sought as an application', () => {
    expect(told('Qingchuan Fruit seeks a bigger share of H200 imports')).toEqual(['application/reported Qingchuan Fruit']);
  });
  it('reads one member’s share told with its figure as its allocation', () => {
    const { candidates } = extractCandidates({ title: '在三家共享的H200额度中，腾讯拿到的部分约为9万颗' }, withGroup());
    expect(candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')} ${c.quantity?.role}:${c.quantity?.value}`)).toEqual([
      'grant tencent allocation:90000',
    ]);
  });
});

describe('requests piled up, orders placed, goods arrived', () => {
  it('reads a pile of licence requests as applications', () => {
    const us = (title: string, summary?: string) =>
      extractCandidates({ title, ...(summary ? { summary } : {}) }, withUsExport()).candidates.map(
        (c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}`,
      );
    expect(us("Nvidia's pile of China licence requests keeps growing")).toEqual(['application nvidia']);
  });
  it('reads 落单 and 新单 as orders', () => {
    expect(kindsTold('青川果业经渠道落单约3000颗H200')).toEqual(['order/reported']);
    expect(kindsTold('青川果业加码H200 新单约3000颗')).toEqual(['order/reported']);
  });
  it('reads goods arrived, imports under customs watch and imports put at a figure as deliveries', () => {
    expect(kindsTold('首批H200已抵达深圳 数量约900颗')).toEqual(['delivery/reported']);
    expect(kindsTold('海关：2月共监管进口H200芯片52000颗')).toEqual(['delivery/reported']);
    expect(kindsTold('Customs puts February H200 imports at 52,000 units')).toEqual(['delivery/reported']);
  });
});
