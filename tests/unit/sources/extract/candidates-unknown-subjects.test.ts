/**
 * More places an untracked firm stands as the one a permission is for: before 获 and the
 * authority (X获商务部批复), as a parent naming its unit ("X says unit received", X旗下…子公司),
 * with a name that ends in "China" or opens with 中国 and ends like an organisation; and a
 * Chinese short form of a longer name in the same item is the same firm.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const holderWords = (title: string, summary?: string): string[][] => read(title, summary).candidates.map((c) => c.holders.map((h) => h.words));

describe('untracked firms before 获 and the authority', () => {
  it('reads the firm before 获商务部批复 as the holder', () => {
    expect(holderWords('青川数智获商务部批复 可进口3072颗英伟达H200')).toEqual([['青川数智']]);
    expect(holderWords('据悉，海岳电力已获主管部门批准进口英伟达H200约4000颗')).toEqual([['海岳电力']]);
  });

  it('does not take what was approved, or a kind of firm, for a firm', () => {
    for (const title of [
      '申请获商务部批准，可进口英伟达H200约1万颗',
      '额度获商务部批复，可进口英伟达H200约1万颗',
      '互联网巨头获商务部批准 可采购英伟达H200',
      '国内大厂获商务部放行 英伟达H200采购在即',
    ])
      expect(holderWords(title), title).toEqual([[]]);
  });
});

describe('a parent and its unit', () => {
  it('reads "X says unit received approval" and "X confirms design unit cleared" as X', () => {
    expect(holderWords('Harbour Mining says unit received commerce ministry approval to import 2,048 H200 chips')).toEqual([['Harbour Mining']]);
    expect(holderWords('Qilin Aero confirms research unit cleared to import 1,024 Nvidia H200 chips')).toEqual([['Qilin Aero']]);
  });

  it('reads X旗下…子公司 as X, after an outlet tag too', () => {
    expect(holderWords('独家｜远航能源旗下算力子公司拿到英伟达H200进口批复')).toEqual([['远航能源']]);
  });
});

describe('country words inside names', () => {
  it('keeps "China" closing a name', () => {
    expect(holderWords('Coastal China Said to Receive Beijing Nod to Import 3,000 Nvidia H200s')).toEqual([['Coastal China']]);
  });

  it('keeps 中国 opening a name with an organisation ending, not before a kind of firm', () => {
    expect(holderWords('传中国海运集团获批进口约5000颗英伟达H200')).toEqual([['中国海运']]);
    expect(holderWords('中国车企获批采购英伟达H200')).toEqual([[]]);
  });
});

describe('short and long Chinese names', () => {
  it('reads 海岳电建 in the headline and 海岳电力建设集团 in the body as one firm', () => {
    const x = read('独家｜海岳电建已向商务部递交H200进口申请', '记者获悉，海岳电力建设集团已于6月递交英伟达H200芯片进口许可申请。');
    expect(new Set(x.candidates.flatMap((c) => c.holders.map((h) => h.value))).size).toBe(1);
  });
});
