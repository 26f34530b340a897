/**
 * Untracked firms named where they stand: a place opening a name ("Freeze Shanghai Qingchuan Fruit's permit"), a trade
 * before it ("Juice Producer …", "water utility …"), headline capitals on "Takes In", a firm answering on its investor
 * platform (在投资者互动平台表示), a count of the item after the name (…200颗H200完成报关入境), the ministry answering on a
 * firm's import matter (回应…进口事项, 回应…有关问题), and a body sentence opening on a description of the firm the headline
 * names ("The Sichuan juice group has filed"). Counting words, a unit described by its work and an estimate's time are no
 * firms; 能否获批 and 取得…许可以后 suppose a grant; "its 40 approved H200s" are goods.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('untracked firms by place, count and description', () => {
  it('reads a firm whose name a place opens, by its possessive', () => {
    expect(told("China Is Said to Freeze Shanghai Qingchuan Fruit's H200 Import Permit")).toEqual(['suspension/hedged Shanghai Qingchuan Fruit']);
  });

  it('reads a firm after its trade in headline capitals, by its bid', () => {
    expect(told('China Is Said to Turn Down Juice Producer Qingchuan Fruit on H200 Bid')).toEqual(['denial/hedged Qingchuan Fruit']);
  });

  it('reads a firm that "Takes In" its chips in headline capitals', () => {
    expect(told('Qingchuan Fruit Takes In 300 H200s for Sichuan Computing Hub')).toEqual(['delivery/reported Qingchuan Fruit']);
  });

  it('reads a utility named after its trade', () => {
    expect(told('Sichuan water utility Qingchuan Water cleared to bring in 200 Nvidia H200s').map((t) => t.split(' ').slice(1).join(' '))).toContain(
      'Qingchuan Water',
    );
  });

  it('places a firm in China by its province, so its grant stands', () => {
    expect(
      told(
        'Juice Maker Qingchuan Fruit Said to Win Nod for About 500 H200s',
        'The Sichuan-based group received the import approval this week, according to people familiar with the decision.',
      ),
    ).toEqual(['grant/hedged Qingchuan Fruit']);
  });

  it('reads a firm answering on its investor platform', () => {
    expect(told('青川果业在投资者互动平台表示：控股子公司已就H200进口向商务主管部门递交材料')).toEqual(['application/reported 青川果业']);
  });

  it('reads a firm named before a count of the item and its arrival', () => {
    expect(told('青川果业200颗H200完成报关入境')).toEqual(['delivery/reported 青川果业']);
  });

  it('reads the firm whose import matter the ministry answers on', () => {
    expect(told('商务部回应青川果业进口事项：已依法批准其60颗H200芯片进口')).toEqual(['grant/official 青川果业']);
    expect(told('商务部回应青川果业有关问题：暂停其H200进口许可')).toEqual(['suspension/official 青川果业']);
  });

  it('reads a request whose approval is uncertain (能否获批) as the request only', () => {
    expect(told('青川果业：控股子公司已递交H200芯片进口申请 能否获批尚存不确定性')).toEqual(['application/reported 青川果业']);
  });

  it('gives a body sentence that describes the headline’s firm to that firm', () => {
    expect(
      told(
        'Juice maker Qingchuan Fruit seeks Nvidia chips for flavour models',
        'The Sichuan juice group has quietly filed for permission to import H200 processors, according to two people briefed on the application.',
      ),
    ).toEqual(['application/hedged Qingchuan Fruit']);
  });

  it('reads no firm in counting words, a unit described by its work, or an estimate’s time', () => {
    expect(told('China Said to Reject About Five H200 Import Bids Over Resale Risks').map((t) => t.split(' ').slice(1).join(' '))).not.toContain('About Five');
    expect(told('Tencent Said to Ask Beijing to Approve a Second Round of H200 Imports')).toEqual(['application/hedged Tencent']);
    expect(told('报关行估计：二月上半月约2.8万颗英伟达H200运抵内地').map((t) => t.split(' ').slice(1).join(' '))).toEqual(['']);
    expect(told('青川果业：特效子公司订购的H200服务器已到货6台 其余分批交付')).toEqual(['delivery/reported 青川果业']);
  });

  it('reads a permit needed before delivery, and approved goods, as no grant', () => {
    expect(
      told('青川果业签约采购320颗英伟达H200', '公司已与服务器集成商签订合同。公司提示，芯片要在取得商务部的进口许可以后才能交付。').filter((t) =>
        t.startsWith('grant'),
      ),
    ).toEqual([]);
    expect(told('Qingchuan Fruit Says Its 40 Approved H200s Have Arrived')).toEqual(['delivery/reported Qingchuan Fruit']);
  });
});
