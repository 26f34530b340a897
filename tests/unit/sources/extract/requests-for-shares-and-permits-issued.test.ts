/**
 * A share a firm asks for is the object of its request, not a grant; permits issued or obtained are grants whatever the
 * permit is called (批复, 批文, Taiwan's 核可), and firms a new round approves are counted (再核准约25家企业); a country goods
 * are shipped to (运往中国的H200) is their market, not the authority that sets terms.
 */
import { describe, expect, it } from 'vitest';
import { briefsAgainst, kindsTold, read, readAgainst } from './candidates-helpers.js';
import { withGroup, withUsExport, withWaiting } from './state.js';

describe('a share asked for', () => {
  it('is a request, not a grant', () => {
    expect(kindsTold('Tencent Is Said to Seek a Bigger Slice of China’s H200 Import Allowance')).toEqual(['application/hedged']);
  });
});

describe('permits issued or obtained', () => {
  const grants = (title: string, summary = '') => briefsAgainst(withWaiting(), title, summary);

  it('counts the firms a ministry issued 批复 to', () => {
    expect(grants('x', '商务部已向约二十家企业发放H200进口批复。')).toEqual(['grant/reported mofcom [other-cn-firms] h200 licence_count:about:20']);
  });

  it('counts the firms a new round approves', () => {
    expect(grants('中国大陆再核准约25家企业进口英伟达H200')).toEqual(['grant/reported mofcom [other-cn-firms] h200 licence_count:about:25']);
  });

  it('reads Taiwan’s 核可 as an approval', () => {
    const c = read('青川果業傳取得逾千顆輝達H200進口核可', '青川果業已拿到商務部門的進口核可，可引進逾1000顆輝達H200。').candidates;
    expect(c.map((x) => `${x.kind} ${x.holders.map((h) => h.words).join('+')} ${x.quantity?.qualifier} ${x.quantity?.value}`)).toEqual([
      'grant 青川果业 over 1000',
    ]);
  });
});

describe('a country goods are shipped to', () => {
  it('is not the authority that sets the terms', () => {
    const c = readAgainst(withUsExport(), 'x', '美国商务部近日要求英伟达每批运往中国的H200在出运前须报备最终用户。');
    expect(c.map((x) => `${x.kind} ${x.authority?.value}`)).toEqual(['condition_proposed bis']);
  });
});

describe('a share got, and a report of an order rejected', () => {
  it('reads a holder getting part of an allowance as its share', () => {
    expect(briefsAgainst(withGroup(), 'Tencent Gets About 110,000 of China’s Shared H200 Allowance, People Say')).toEqual([
      'grant/hedged mofcom [tencent] h200 allocation:about:110000@tencent',
    ]);
  });

  it('reads a buyer rejecting a report of its order as the order denied, not a refusal', () => {
    expect(kindsTold('Tencent rejects report it placed a fresh H200 order beyond its quota')).toEqual(['order/denied']);
  });
});
