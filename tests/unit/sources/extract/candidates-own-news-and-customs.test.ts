/**
 * A broker heading news of its own permit or chips reports it (a broker's view does not), a
 * purchase agreement is an order, and customs import figures are deliveries, not quotas.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

const ids = (title: string, summary?: string): string[] => briefs(title, summary).map((b) => b.replace(/zh-\w+/gu, 'zh'));

describe("a broker's own news", () => {
  it('reads 国泰海通：已取得H200进口许可 as its grant and its order', () => {
    expect(ids('国泰海通：已取得H200进口许可 获准768颗 首批256颗已签采购协议')).toEqual([
      'grant/reported mofcom [zh] h200 quota:exact:768',
      'order/reported - [zh] h200 order:exact:256',
    ]);
  });

  it('reads 广发：H200芯片尚未到货 as its own chips not yet delivered', () => {
    expect(ids('广发：H200芯片尚未到货 研究平台暂用云端算力')).toEqual(['delivery/denied - [zh] h200']);
  });

  it("keeps a broker's comment on others, a forecast and a column's heading as opinion", () => {
    for (const title of ['华泰：三巨头获批H200 算力链受益', '中金：预计更多企业获批进口H200', '评论：H200许可已获批，然后呢']) {
      const x = read(title);
      expect(x.candidates, title).toEqual([]);
      expect(x.notes.join(' '), title).toMatch(/opinion or analysis/);
    }
  });
});

describe('customs figures', () => {
  it('reads "imports fall to N" and "imported N" as deliveries against the open orders', () => {
    expect(briefs("China's October H200 imports fall to 51,208 as approval pace slows")).toEqual(['delivery/reported - [] h200 delivery:exact:51208']);
    expect(briefs('Customs data show China imported about 73,000 Nvidia H200 chips in May')).toEqual(['delivery/reported - [] h200 delivery:about:73000']);
  });

  it('reads 自境外进口 in a customs release as a delivery, and an amount approved as a quota', () => {
    expect(briefs('海关数据：5月H200进口回落', '据海关总署数据测算，5月我国自境外进口英伟达H200芯片约5.2万颗。')).toEqual([
      'delivery/reported - [] h200 delivery:about:52000',
    ]);
    expect(briefs('华岳能源：公司H200进口申请已获批复，获准进口约3000颗')[0]).toMatch(/^grant\/reported mofcom \[zh-\w+\] h200 quota:about:3000$/u);
  });
});
