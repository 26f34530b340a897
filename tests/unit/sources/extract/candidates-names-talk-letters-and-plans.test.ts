/**
 * Words that are not what they look like: a direction or trigger word inside a firm's name ("Qingchuan Shipping"),
 * "talk that" as the report a firm rejects, a news headline opening with "Letter shows", a plan said not to exist in
 * the trigger's own words (没有采购…的安排), and an event dated before the news by ", weeks after".
 */
import { describe, expect, it } from 'vitest';
import { read, told } from './candidates-helpers.js';

describe('a trigger or direction word inside an untracked firm’s name', () => {
  it('reads the firm, not the seller, as the applicant', () => {
    expect(told('Qingchuan Shipping seeks approval to import Nvidia H200 chips, sources say')).toEqual(['application/hedged Qingchuan Shipping']);
  });

  it('still reads the seller’s own licence request when a firm ships nothing', () => {
    expect(read('Nvidia seeks US approval to ship more H200 chips to China').candidates.map((c) => c.holders.map((h) => h.value).join())).toEqual(['nvidia']);
  });
});

describe('“talk that” is the report a firm rejects', () => {
  it('reads the revocation the talk tells as denied, and no refusal', () => {
    expect(
      told(
        'Qingchuan Fruit rejects talk that Beijing cancelled its H200 import permit',
        'Qingchuan Fruit said the commerce ministry had sent it no cancellation notice.',
      ),
    ).toEqual(['revocation/denied Qingchuan Fruit']);
  });
});

describe('a headline opening with “Letter”', () => {
  it('reads “Letter shows …” as news', () => {
    const x = read(
      'Letter shows Nvidia will report every quarter on how Chinese buyers use H200s',
      'In a letter to the Commerce Department, Nvidia pledged quarterly reports on where Chinese customers deploy its H200 chips, as a condition of keeping its export licences.',
    );
    expect(x.notes.filter((n) => n.startsWith('opinion'))).toEqual([]);
    expect(x.candidates.map((c) => c.kind)).toContain('condition_agreed');
  });

  it('still reads a letters-page headline as opinion', () => {
    const x = read('Letter: Beijing should not let more firms import Nvidia H200 chips');
    expect(x.candidates).toEqual([]);
    expect(x.notes).toContainEqual(expect.stringMatching(/^opinion or analysis/));
  });
});

describe('a plan said not to exist in the trigger’s own words', () => {
  it('reads 没有采购…的安排 as no event', () => {
    expect(told('青川果业：目前没有采购英伟达H200芯片或自建算力的安排')).toEqual([]);
  });

  it('still reads 没有采购 without a plan word as a denied purchase', () => {
    expect(told('青川果业：公司没有采购英伟达H200芯片')).toEqual(['order/denied 青川果业']);
  });
});

describe('an event dated before the news by “, weeks after”', () => {
  it('reads the grant alone, not the rumour the firm denied weeks before', () => {
    expect(
      told(
        'Qingchuan Fruit wins Beijing’s nod for H200 imports, sources say',
        'The commerce ministry has signed off on Qingchuan Fruit’s request to import Nvidia H200 chips, two people briefed on the decision said, weeks after the company denied online talk of a rejection.',
      ),
    ).toEqual(['grant/hedged Qingchuan Fruit']);
  });
});
