/**
 * A firm consenting to a duty (同意为…投保), goods due for delivery, a bare "Commerce" deciding an import, chips marked with
 * their buyer, goods shipped in lots (分批出货) and licences issued (批出), a new wave of requests, the history of terms told
 * agreed, terms accepted inside a reply (同意其批复中的…要求), a request told decided ("has had its application … rejected"),
 * a ministry's reply naming its firm and attaching duties (批复X进口, 复函要求), selling capacity ahead as no export, and an end
 * user struck off (the forty-first session's second rule round); then what follows failing a condition, a request let through, a
 * model going live, an approval in hand (批复到手), a headline's adverb and a permission still needed (the third); shares frozen
 * by a court, a curb a firm accepts and 拟限 (the fourth).
 */
import { describe, expect, it } from 'vitest';
import { holders, kinds, kindsAgainst, kindsTold, told, toldOfUsExport, toldWithTerms } from './candidates-helpers.js';
import { seedState, withGroup, withHeldFigures, withWaiting } from './state.js';

describe('consents, deliveries due and lots', () => {
  it('reads firms consenting to insure their halls as taking on a duty, not a grant', () => {
    expect(kindsTold('候批企业传同意为H200机房投保网络安全责任险', '据悉，多家仍在排队的H200进口申请企业已表示，同意为机房投保网络安全责任险。')).toEqual([
      'condition_agreed/hedged',
    ]);
  });

  it('reads goods ordered "for delivery over the summer" as the order only', () => {
    expect(
      kinds('Tencent lines up roughly 48,200 H200s', 'Tencent has put in for roughly 48,200 H200s for delivery over the summer, two people said.'),
    ).toEqual(['order']);
  });

  it('reads goods shipped in lots as no licences issued, and licences issued as a grant', () => {
    expect(kinds('供应链：腾讯追加约6万颗H200 节后分批出货', '供应链人士透露，腾讯近期向英伟达追加约6万颗H200订单，预计春节后分批出货。')).toEqual(['order']);
    expect(kinds('美国商务部对华H200出口许可已批113份', '美国工业与安全局共为英伟达批出113份H200对华销售许可。')).toEqual(['grant']);
  });
});

describe('who decides and who holds', () => {
  it('reads a bare "Commerce" turning down a request to import as Beijing’s refusal of the firm', () => {
    expect(
      told(
        'Kitchen-robot maker Qingchuan Robotics is said to lose its H200 import bid',
        'Commerce officials turned down Qingchuan Robotics’ request to import Nvidia H200 processors, according to a person with knowledge of the decision.',
      ),
    ).toEqual(['denial/hedged Qingchuan Robotics']);
  });

  it('reads chips marked with their buyer as a term of the US licence', () => {
    expect(
      toldOfUsExport(
        'US mulls etched buyer codes on every Nvidia board headed to China',
        'Export officials are discussing whether each H200 board licensed for a Chinese customer should carry a laser-etched code naming the end buyer, people said.',
      ),
    ).toEqual(['condition_proposed/hedged bis']);
  });

  it('reads the firm that "has had its application rejected" as the one refused, and no request beside it', () => {
    expect(
      told(
        'Baijiu distiller turned down for Nvidia H200 import permit, sources say',
        'Qingchuan Liquor has had its application to import Nvidia H200 processors rejected by China’s commerce ministry, two people familiar with the matter said.',
      ),
    ).toEqual(['denial/hedged Qingchuan Liquor']);
  });

  it('reads the firm a ministry’s reply lets import, and the duties its reply sets', () => {
    expect(holders('商务部批复青川果业进口1438颗H200')).toEqual(['青川果业']);
    expect(
      toldWithTerms('商务部批复青川果业进口1438颗H200', '商务部日前复函青川果业，同意其进口英伟达H200芯片1438颗。复函要求企业按季度报告使用情况。'),
    ).toEqual(['grant/reported [青川果业] with terms 1438']);
  });

  it('reads capacity sold ahead abroad as no export', () => {
    expect(
      toldOfUsExport(
        'Qingchuan Data Said to Be Refused H200s After Pre-Selling Capacity Abroad',
        'China has rejected Qingchuan Data’s request to import Nvidia H200 chips, people familiar said.',
      ),
    ).toEqual(['denial/hedged mofcom']);
  });

  it('reads an end user struck off as no permission revoked', () => {
    expect(kinds('商务部回应：北泉饮品所报最终用户已注销 H200进口申请不予批准')).toEqual(['denial']);
  });
});

describe('new waves, old terms and old figures', () => {
  it('reads another batch of firms applying as news, not the queue told again', () => {
    expect(
      kindsAgainst(withWaiting(), '节前又有一批企业排队申请H200进口', '多位行业人士称，春节前又有一批公司把英伟达H200的进口申请材料交到了商务部。'),
    ).toEqual(['application']);
  });

  it('drops the proposal an item tells as the history of terms agreed', () => {
    expect(
      kindsAgainst(
        withWaiting(),
        '排队企业据悉接受“到货六十日内上架”要求',
        '几位等待批复的企业人士说，他们已按主管部门要求签署承诺书：H200到货后六十日内完成上架使用。该要求春节期间开始征求意见。',
      ),
    ).toEqual(['condition_agreed']);
  });

  it('reads consent to a requirement inside a firm’s approval as terms agreed, not a grant', () => {
    expect(kindsAgainst(withGroup(), '腾讯据悉接受H200机房用水效率红线', '据了解情况的人士透露，腾讯已同意其H200进口批复中的用水效率要求。')).toEqual([
      'condition_agreed',
    ]);
  });

  it('reads "here is why it still matters" over an old figure as that figure restated', () => {
    expect(
      kindsAgainst(
        withHeldFigures(seedState(), '2026-01-28'),
        'Remember the 700,000 H200s Nvidia was sitting on? Here is why it still matters',
        'Back in January, Nvidia was reported to hold about 700,000 H200 chips in inventory.',
      ),
    ).toEqual(['restatement']);
  });
});

describe('consequences, releases and launches (the third rule round)', () => {
  it('reads what follows failing a condition (否则不予放行) as no decision', () => {
    expect(kinds('候批企业H200机房或须达国标A级 否则不予放行')).toEqual(['condition_proposed']);
  });

  it('reads a request let through as the grant alone, and a model going live as no delivery', () => {
    expect(kinds('青川果业据悉获准进口约1570颗H200', '据接近监管部门的人士透露，青川果业的英伟达H200进口申请已获放行，获批规模在1570颗上下。')).toEqual([
      'grant',
    ]);
    expect(kinds('北泉饮品官宣：1836颗H200进口批复到手 团雾模型秋冬前上线')).toEqual(['grant']);
  });

  it('keeps a headline’s adverb out of the firm’s name, and a permission still needed out of the grants', () => {
    expect(
      told(
        'Tunnel-Inspection Robot Maker Lanfu Quietly Orders About 1,040 H200s',
        'Lanfu Robotics has ordered around 1,040 Nvidia H200 chips through a Shenzhen distributor, a person involved in the deal said. The company still needs Beijing’s import approval before the chips can be delivered.',
      ),
    ).toEqual(['order/hedged Lanfu']);
  });
});

describe('shares frozen and curbs accepted (the fourth rule round)', () => {
  it('reads shares frozen by a court as no permission suspended', () => {
    expect(kinds('青川果业H200进口申请据悉被驳回 控股股东股权遭司法冻结')).toEqual(['denial']);
    expect(
      kinds(
        'Court freeze on founders’ shares sinks Qingchuan Tech’s bid for Nvidia processors',
        'China’s commerce ministry has turned down Qingchuan Tech’s application to import H200 chips after a court froze the shares held by its two founders, people close to the review said.',
      ),
    ).toEqual(['denial']);
  });

  it('reads a curb a firm accepts as a term, not a refusal', () => {
    expect(
      kindsTold(
        'ByteDance Said to Accept Curb on Using Imported H200s for Its Overseas Apps',
        'ByteDance has agreed to a condition of its import approval that bars it from using the H200s for its overseas apps, people briefed on the matter said.',
      ),
    ).toEqual(['condition_agreed/hedged']);
  });

  it('reads 拟限 a use of the goods as a term proposed', () => {
    expect(kinds('监管据悉拟限三大平台H200算力不得出租予境外注册企业')).toEqual(['condition_proposed']);
  });
});
