/**
 * Untracked firms named by what they are ("Coal miner X seeks"), filing to import, denying an
 * order or an application they are said to have made, named in a notice by their legal name,
 * and the vendor an order goes through, who is not the buyer.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const facts = (title: string, summary?: string): string[] =>
  read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty} [${c.holders.map((h) => h.words).join(',')}]`);

describe('firms described before their name', () => {
  it('reads "Coal miner X seeks licence" and "Battery maker X has filed to import" as X applying', () => {
    expect(facts('Coal miner Qinling Energy seeks licence to import Nvidia H200s - sources')).toEqual(['application/hedged [Qinling Energy]']);
    expect(facts('Battery maker Huayue Power has filed to import Nvidia H200s, sources say')).toEqual(['application/hedged [Huayue Power]']);
    expect(facts('Qinling Copper files to import Nvidia H200s for smelter models')).toEqual(['application/reported [Qinling Copper]']);
  });
});

describe('buyers denying', () => {
  it('reads a named buyer denying an order as a denied order', () => {
    expect(facts('Game studio Qinling Interactive denies placing order for Nvidia H200 chips')).toEqual(['order/denied [Qinling Interactive]']);
    expect(facts('远航茶饮否认采购英伟达H200：网传消息不实').map((f) => f.replace(/\[.*\]/u, '[]'))).toEqual(['order/denied []']);
    expect(read('远航茶饮否认采购英伟达H200：网传消息不实').candidates[0]?.holders.map((h) => h.words)).toEqual(['远航茶饮']);
  });

  it('reads X回应：从未申请 and X：从未申请 as a denied application', () => {
    expect(facts('远航锂业回应：从未申请进口英伟达H200芯片')).toEqual(['application/denied [远航锂业]']);
  });

  it('reads a buyer saying it has not yet ordered (尚未下单, "has not yet ordered") as a denied order', () => {
    expect(facts('腾讯：尚未向英伟达下单H200')).toEqual(['order/denied [腾讯]']);
    expect(facts('腾讯回应H200采购传闻', '腾讯相关人士表示，公司目前尚未下达任何H200订单。')).toEqual(['order/denied [腾讯]']);
    expect(facts('Alibaba says it has not yet ordered any Nvidia H200 chips')).toEqual(['order/denied [Alibaba]']);
  });

  it('keeps a report called untrue, or chips not yet arrived, as no denied order', () => {
    expect(facts('远航电子：订购的H200尚未到货').map((f) => f.split(' ')[0])).not.toContain('order/denied');
  });
});

describe('notices and vendors', () => {
  it('reads the firm a notice names by its legal name, before 所持 or before its permit', () => {
    expect(read('商务部公告 关于撤销远航云算科技有限公司所持H200芯片进口许可的决定').candidates[0]?.holders.map((h) => h.words)).toEqual([
      '远航云算科技有限公司',
    ]);
    expect(read('商务部公告 关于远航云算科技有限公司H200进口许可予以撤销的公告').candidates[0]?.holders.map((h) => h.words)).toEqual(['远航云算科技有限公司']);
  });

  it('does not take the server maker an order goes through for the buyer', () => {
    expect(
      facts(
        'Suzhou start-up Qilin AI books 1,600 Nvidia H200s through Inspur',
        'Qilin Intelligent Technology, a Suzhou company, has placed an order for 1,600 H200 GPUs, to be delivered in racks built by Inspur.',
      ),
    ).toEqual(['order/reported [Qilin AI]']);
  });

  it('reads a buyer saying it did not buy (未向英伟达采购) as its own denied order', () => {
    expect(facts('青川果业：未向英伟达采购H200芯片', '青川果业回复称，公司未与英伟达签订任何H200采购协议。')).toEqual(['order/denied [青川果业]']);
  });
});
