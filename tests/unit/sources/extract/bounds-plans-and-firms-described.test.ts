/**
 * A quota told with its own bound (上限为480颗, "capped at up to 900 chips"), a share compared among the three (占比最低), the
 * firm's own project the chips go to (投向…调度平台) and who the approved firms are ("mostly provincial computing centres")
 * are no terms of a grant; one firm described rather than named (一家吉林果汁饮料公司, "a Jilin juice maker") is that firm.
 */
import { describe, expect, it } from 'vitest';
import { told, toldWithTerms } from './candidates-helpers.js';

describe('no terms in a grant told with its bound, its share or its plan', () => {
  it('reads a quota told with its bound as no cap set on it', () => {
    expect(toldWithTerms('青川果业据悉获准进口H200 上限为480颗')).toEqual(['grant/hedged [青川果业] 480']);
    expect(toldWithTerms("Qingchuan Fruit's H200 import approval capped at up to 900 chips, sources say")).toEqual(['grant/hedged [Qingchuan Fruit] 900']);
  });

  it('reads a share compared among the three as no cap', () => {
    expect(toldWithTerms('腾讯据悉分得约11万颗H200 三家中占比最低')).toEqual(['grant/hedged [腾讯] 110000']);
  });

  it("reads the firm's own project as its plan, and a platform it must join as a term", () => {
    expect(toldWithTerms('青川果业获480颗H200进口批复 将投向冷链物流智能调度平台建设')).toEqual(['grant/reported [青川果业] 480']);
    expect(toldWithTerms('商务部批准青川果业进口480颗H200 须接入国家算力调度平台')).toEqual(['grant/reported [青川果业] with terms 480']);
  });

  it('reads who the approved firms are as no term', () => {
    expect(toldWithTerms('China clears about 12 more H200 importers, mostly provincial computing centres - sources')).toEqual([
      'grant/hedged [12 more H200 importers] 12',
    ]);
  });
});

describe('one firm described, not named', () => {
  it('holds the decision by the description', () => {
    expect(told('知情人士：吉林果汁企业H200进口许可遭撤销', '据知情人士透露，一家吉林果汁饮料公司先前取得的H200进口资格近期遭商务部撤回。')).toEqual([
      'revocation/hedged 吉林果汁饮料公司',
    ]);
    expect(told('Beijing clears a Jilin juice maker for 600-odd Nvidia H200s, sources say')).toEqual(['grant/hedged Jilin juice maker']);
    // (A summary naming the waiting firms by a generic word, "start-ups", does not make the description theirs.)
    expect(
      told('Beijing clears a Jilin juice maker for 600-odd Nvidia H200s, sources say', 'The firm sells juice to start-ups and hotels, people said.'),
    ).toEqual(['grant/hedged Jilin juice maker']);
  });

  it('takes a firm right before a count of the item it is granted', () => {
    expect(told('青川果业获480颗H200进口批复')).toEqual(['grant/reported 青川果业']);
  });
});
