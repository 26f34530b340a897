/**
 * A firm's notice of its own licence that adds 公司已书面承诺… states terms the firm agreed to on that licence, not
 * terms of the tracked group's; terms in its headline (须在申报机房内自用) make its approval one with conditions.
 */
import { describe, expect, it } from 'vitest';
import { read, told } from './candidates-helpers.js';

const briefsOf = (title: string) => read(title).candidates.map((c) => `${c.kind} ${c.conditions.length ? 'with conditions' : 'plain'}`);

describe('terms agreed in a new holder’s notice', () => {
  it('are the new holder’s', () => {
    expect(
      told(
        '青川果业股份有限公司关于收到商务部芯片进口许可文件的公告',
        '本公司于2月11日收到商务部出具的许可文件，准许公司进口英伟达H200芯片256颗，许可附有芯片须部署于申报地点等条件。公司已书面承诺不将相关芯片转让给第三方。',
      ),
    ).toEqual(['grant/reported 青川果业股份有限公司', 'condition_agreed/reported 青川果业股份有限公司']);
  });
});

describe('terms in a firm’s headline', () => {
  it('make its approval one with conditions (须在申报机房内自用)', () => {
    expect(briefsOf('青川果业：全资子公司获准进口768颗英伟达H200 须在申报机房内自用')).toEqual(['grant with conditions']);
  });
});
