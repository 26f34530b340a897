/**
 * What an item's words make of an event: a term written into an approval proposes a term and grants nothing; terms nodded
 * to are agreed; goods cleared into a country or through its customs arrived; a permission obtained earlier and now
 * revoked is news; buyers described as lacking approval are no refusal; and who a decision acts on in a headline.
 */
import { describe, expect, it } from 'vitest';
import { holders, kinds, kindsTold, read } from './candidates-helpers.js';

describe('a term written into an approval', () => {
  it('proposes the term and grants nothing', () => {
    expect(
      kinds('监管层或要求三大平台H200算力不得向境外客户出租', '据业内人士透露，监管部门拟在进口批准中增加一项条件：进口的H200算力不得出租给境外主体。'),
    ).toEqual(['condition_proposed']);
    expect(
      kinds(
        '消息指商务部拟在三家企业H200批文加入「不得转售」条款',
        '据知情人士透露，商务部正研究在字节跳动、阿里巴巴及腾讯的H200进口批文中加入禁止转售芯片的附加条件。',
      ),
    ).toEqual(['condition_proposed']);
    expect(kinds('获批三家或被要求H200算力不得对境外客户转租')).toEqual(['condition_proposed']);
  });

  it('leaves an approval made with terms attached a grant', () => {
    expect(kinds('商务部新闻发言人就青川果业进口H200芯片许可事项答问', '商务部已对青川果业的申请作出许可决定并附加了用途限制等条件。')).toEqual(['grant']);
  });
});

describe('terms nodded to', () => {
  it('are agreed, not a grant', () => {
    expect(kinds('消息指腾讯已就H200搭购国产算力卡条件点头')).toEqual(['condition_agreed']);
  });
});

describe('goods cleared into a country or through its customs', () => {
  it('arrived', () => {
    expect(kinds('Some 8,000 H200 chips now cleared into mainland China, insiders say')).toEqual(['delivery']);
    expect(kinds('Around 8,000 Nvidia H200s pass Chinese customs in first wave - sources')).toEqual(['delivery']);
  });
});

describe('a permission obtained earlier and taken away now', () => {
  it('is a revocation, not old news', () => {
    expect(kindsTold('因用途不符 青川果业失去H200进口资格', '知情人士称，青川果业此前获得的H200进口资格已被撤销。')).toEqual(['revocation/hedged']);
  });
});

describe('buyers described as lacking approval', () => {
  it('are no refusal of the firm the item is about', () => {
    expect(kinds('青川果业H200进口许可据悉被叫停', '据悉，青川果业此前获得的H200进口许可已被暂停，起因是部分芯片疑似转给未获批准的算力商使用。')).toEqual([
      'suspension',
    ]);
  });
});

describe('who a headline’s decision acts on', () => {
  it('is the firm after "rebuffs" or "pulls", and no count of orders', () => {
    expect(holders('China rebuffs Qingchuan Fruit request to import H200s - sources')).toEqual(['Qingchuan Fruit']);
    expect(holders('China Pulls Qingchuan Fruit H200 Permit Weeks After Granting It, People Say')).toEqual(['Qingchuan Fruit']);
    expect(holders('Two Million Orders, Seven Hundred Thousand Chips: The H200 Math Has Not Changed').filter((h) => h.includes('Two'))).toEqual([]);
  });
});

describe('approval words that name which firms or which share', () => {
  it('grant nothing: an approved allotment, firms a body has allowed, customers with permits', () => {
    expect(kinds('Qingchuan Fruit Says It Has Bought No H200s Outside Its Approved Allotment')).not.toContain('grant');
    expect(
      kinds(
        'US clears Nvidia to ship H200s to Qingchuan Fruit - sources',
        'The Commerce Department has approved an Nvidia licence covering H200 sales to Qingchuan Fruit, the first for one of the Chinese companies Beijing has allowed to buy the chip.',
      ),
    ).toEqual(['grant']);
    expect(kinds('英伟达：可供中国市场的H200尚有约38万颗', '英伟达CFO称，目前可向获许可中国客户供应的H200库存约38万颗。')).toEqual(['supply']);
  });

  it('leaves out the firms set aside before a comma', () => {
    const holders = read(
      'China Is Said to Clear Five More Firms for Nvidia H200 Imports',
      'The commerce ministry has signed off on H200 purchases by five companies outside the first three platforms, people familiar said.',
    ).candidates.map((c) => c.holders.map((h) => h.value).join(','));
    expect(holders.filter((h) => h.includes('bytedance'))).toEqual([]);
  });
});

describe('a refusal on grounds of a check not passed', () => {
  it('is a refusal, not one denied', () => {
    expect(kindsTold('商务部：6家企业H200进口申请未通过最终用户核查 依法不予许可')).toEqual(['denial/official']);
  });
});

describe('terms bowed to, drafted or readied, and a request knocked back', () => {
  it('reads each as what it tells', () => {
    expect(kinds('Qingchuan Fruit bows to Beijing’s call to pair H200 imports with local accelerators, insiders say')).toEqual(['condition_agreed']);
    expect(kinds('US readies serial-number tracking for every Nvidia H200 sold into China, people say')).toEqual(['condition_proposed']);
    expect(kinds('US Drafts Resale Ban Into Terms for Nvidia H200 Licenses to China, People Say')).toEqual(['condition_proposed']);
    expect(kinds('青川果业H200进口申请据悉被驳')).toEqual(['denial']);
  });
});
