/**
 * A country named only as where the telling outlet is from (英国《金融时报》, "Japan's Nikkei") places
 * no deal in that country; a deal that country makes is still another country's.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('a country that only says where the outlet is from', () => {
  it('keeps a US suspension told through a British paper named in Chinese', () => {
    expect(
      briefs(
        '英国《泰晤士报》：美国商务部暂停英伟达一份H200对华出口许可',
        '英国《泰晤士报》援引知情人士称，美国商务部已暂停英伟达向一家中国数据中心运营商出口H200芯片的一份许可。',
      ),
    ).toEqual(['suspension/hedged bis [nvidia] h200 licence_count:exact:1']);
  });

  it("keeps a Chinese approval told through Japan's Nikkei named in English", () => {
    const x = read(
      "Japan's Nikkei: Beijing clears Tencent to buy 30,000 Nvidia H200s",
      "Japan's Nikkei reported that China's commerce ministry had cleared Tencent to import 30,000 H200 chips, citing people familiar with the matter.",
    );
    expect(x.candidates.map((c) => c.kind)).toEqual(['grant']);
    expect(x.notes.join(' ')).not.toContain('another country');
  });

  it('still reads a deal of the country itself as another country’s', () => {
    const x = read('英国政府采购约5000颗英伟达H200 建设国家算力平台', '英国科学部表示，将采购约5000颗英伟达H200芯片。');
    expect(x.candidates).toEqual([]);
  });
});
