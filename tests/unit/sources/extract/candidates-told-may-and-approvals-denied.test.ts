/**
 * Wording classes met on invented headlines in the forty-ninth session, each with sentences of its own, in English and
 * Chinese where both occur: an authority telling a firm it may buy (a grant; its modal is the permission, not a hedge);
 * a firm denying it was approved to buy (a denied grant, not a denied order); a nickname of a tracked buyer (鹅厂);
 * a report denied in the clause after it; a headline question answered with neither yes nor no; an approval expected
 * or close rather than given; a firm that "denies" (refusing nothing); what is unconfirmed (hedged); three firms
 * approved with no "more" (the first approval, not the firms waiting); and a question word opening a headline (no firm).
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const told = (title: string, summary?: string) =>
  read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty}/${c.holders.map((h) => h.value).join('+')}`);

describe('an authority telling a firm it may buy grants', () => {
  it.each([
    ['China told Baidu it may import Nvidia H200 chips', 'grant/reported/baidu'],
    ['Beijing informed Meituan that it could proceed with H200 purchases', 'grant/reported/meituan'],
    ['Chinese regulators have told Xiaomi they can buy Nvidia H200 processors', 'grant/reported/xiaomi'],
    ['China tells Baidu it can buy Nvidia H200 chips, sources say', 'grant/hedged/baidu'],
    ['商务部通知京东可以进口英伟达H200芯片', 'grant/official/jd'],
  ])('%s', (title, expected) => {
    expect(told(title)).toEqual([expected]);
  });

  it.each([
    ['Nvidia told investors it could buy back more stock as H200 sales to China resume'],
    ['Alibaba told analysts it can buy enough H200 chips for its cloud expansion'],
    ['ByteDance told suppliers it may import more H200 servers next quarter'],
    ['China told Baidu it can no longer buy Nvidia H200 chips'],
    ['商务部通知百度不可以进口H200芯片'],
  ])('no grant when no authority tells it, or it is told it may not: %s', (title) => {
    expect(told(title).filter((c) => c.startsWith('grant/') && !c.startsWith('grant/denied'))).toEqual([]);
  });
});

describe('a firm denying it was approved to buy denies the approval', () => {
  it.each([
    ['美团否认已获批采购英伟达H200芯片', 'grant/denied/meituan'],
    ['腾讯否认获批采购H200', 'grant/denied/tencent'],
    ['小米否认获得商务部H200采购批准', 'grant/denied/xiaomi'],
  ])('%s', (title, expected) => {
    expect(told(title)).toEqual([expected]);
  });

  it('a firm denying an order it placed still denies the order', () => {
    expect(told('美团否认已下单采购英伟达H200芯片')).toEqual(['order/denied/meituan']);
  });
});

describe('a nickname of a tracked buyer names it', () => {
  it('鹅厂 is Tencent', () => {
    expect(told('鹅厂获批采购约15万颗英伟达H200芯片')).toEqual(['grant/reported/tencent']);
  });
});

describe('a report answered in the next clause by a denial of "this"', () => {
  it.each([
    ['市场传闻商务部已叫停H200进口，商务部新闻发言人对此予以否认', 'suspension/denied/'],
    ['有消息称腾讯H200许可被暂停，腾讯对此予以否认', 'suspension/denied/tencent'],
    ['网传阿里巴巴获批进口H200，阿里巴巴否认了这一说法', 'grant/denied/alibaba'],
  ])('%s', (title, expected) => {
    expect(told(title)).toEqual([expected]);
  });

  it('an answer that denies nothing leaves the report hedged', () => {
    expect(told('有消息称腾讯H200许可被暂停，腾讯回应称仍在正常采购')).toEqual(['suspension/hedged/tencent']);
  });
});

describe("a headline's question answered with neither yes nor no", () => {
  it('百度获批进口H200？公司回应：以公告为准 reports nothing', () => {
    const r = read('百度获批进口H200？公司回应：以公告为准');
    expect(r.candidates).toEqual([]);
    expect(r.notes).toContain('a question, not a report');
  });

  it.each([
    ['百度获批进口H200？公司回应：属实', 'grant/reported/baidu'],
    ['腾讯H200许可被暂停？腾讯称系谣言', 'suspension/denied/tencent'],
  ])('an answer that says yes or no still reads: %s', (title, expected) => {
    expect(told(title)).toEqual([expected]);
  });
});

describe('an approval expected, or close, is not one given', () => {
  it.each([
    ['Nvidia expects China to approve more H200 buyers soon, CEO says'],
    ['China is expected to approve Baidu’s H200 request next week, sources say'],
    ['ByteDance is close to winning approval for more H200 chips'],
  ])('%s', (title) => {
    const r = read(title);
    expect(r.candidates).toEqual([]);
    expect(r.notes.some((n) => n.startsWith('not a decision yet'))).toBe(true);
  });

  it('a holder expected to receive its share of an approval is no intention (the share is read as the group record allows)', () => {
    expect(read('ByteDance Expected to Receive Around 180,000 of the Approved H200s').notes.filter((n) => n.startsWith('not a decision yet'))).toEqual([]);
  });
});

describe('a firm that denies, in the present, refuses nothing', () => {
  it('Tencent denies customs delay: no refusal of Tencent', () => {
    expect(told('Tencent denies customs delay for H200 chips').filter((c) => c.startsWith('denial/'))).toEqual([]);
  });

  it('the delay the firm denies is read from the body, denied', () => {
    expect(
      told(
        'Tencent says H200 deliveries on track, denies customs delay',
        'Tencent Holdings said on Tuesday that deliveries of Nvidia H200 chips were proceeding as planned and denied a report that shipments had been held at customs.',
      ),
    ).toEqual(['suspension/denied/tencent']);
  });

  it.each([['China denies Tencent H200 import licence'], ['Regulators deny Tencent H200 import licence']])('an authority denying refuses: %s', (title) => {
    expect(told(title)).toEqual(['denial/reported/tencent']);
  });
});

describe('what is unconfirmed is hedged', () => {
  it.each([
    ["Baidu's H200 approval is unconfirmed, company says", 'grant/hedged/baidu'],
    ['未经证实的消息称，百度已获批进口H200', 'grant/hedged/baidu'],
    ['百度获批进口H200一事尚未得到证实', 'grant/hedged/baidu'],
  ])('%s', (title, expected) => {
    expect(told(title)).toEqual([expected]);
  });
});

describe('three firms approved, with no "more", are the first approval told again', () => {
  it('商务部批准三家企业…: not the firms still waiting', () => {
    expect(told('商务部批准三家企业合计采购40万颗以上H200').filter((c) => c.endsWith('other-cn-firms'))).toEqual([]);
  });

  it('three firms refused are firms that were waiting', () => {
    expect(told('商务部：依法不予批准三家企业的H200芯片进口申请')).toEqual(['denial/official/other-cn-firms']);
  });

  it.each([['商务部又批准三家企业进口H200'], ['商务部批准13家企业进口H200']])('another three, or thirteen, are the waiting firms: %s', (title) => {
    expect(told(title)).toEqual(['grant/reported/other-cn-firms']);
  });
});

describe('a question word opening a headline names no firm', () => {
  it.each([["Explainer: How China's H200 approvals work"], ["What Beijing's H200 approvals mean for Nvidia"]])('%s', (title) => {
    expect(read(title).candidates.flatMap((c) => c.holders.map((h) => h.words))).toEqual([]);
  });
});
