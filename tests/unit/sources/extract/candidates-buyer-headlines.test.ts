/**
 * A buyer no list knows, heading its own news with an adverb or a deal verb ("Acme reportedly
 * cleared", "Shoemaker Acme quietly seeks a permit", "Acme signs for 1,024 H200 chips", 某某据悉签下),
 * and the counts such deals come in: machines holding chips count the chips ("128 machines carrying
 * 1,024 processors", 192台合计1536颗), and what the machines hold is not stock.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders, read } from './candidates-helpers.js';

describe('a buyer heading its own news', () => {
  it.each([
    ['Kestrel Pet reportedly cleared to import at least 600 Nvidia H200 chips', 'Kestrel Pet'],
    ['Shoemaker Blue Heron quietly seeks Beijing permit for Nvidia H200 imports', 'Blue Heron'],
    ['Lotus Jewel signs for 2,048 Nvidia H200 chips to design rings', 'Lotus Jewel'],
    ['Harbor Watch switches on 256 Nvidia H200s for case design', 'Harbor Watch'],
    ['白鹭发制品据悉签下约900颗H200采购协议', '白鹭发制品'],
  ])('reads the buyer in "%s"', (title, name) => {
    expect(holders(title)).toContain(name);
  });

  it('reads a permit sought quietly as an application', () => {
    expect(read('Shoemaker Blue Heron quietly seeks Beijing permit for Nvidia H200 imports').candidates.map((c) => c.kind)).toEqual(['application']);
  });
});

describe('machines and the chips they hold', () => {
  it('counts the chips, not the machines holding them', () => {
    const e = read(
      'Lotus Jewel signs for Nvidia H200 servers',
      'Lotus Jewel said it had signed a contract with a server vendor for 96 machines carrying 768 Nvidia H200 processors in total.',
    );
    expect(e.candidates.map((c) => c.quantity?.value)).toEqual([768]);
    expect(briefs('白鹭发制品签下H200服务器采购合同 96台合计768颗芯片')).toEqual([expect.stringMatching(/^order\/.* order:exact:768$/u)]);
  });

  it('reads no stock in the chips the machines hold', () => {
    const e = read(
      'Harbor Watch switches on 256 Nvidia H200s',
      'Harbor Watch said 32 servers holding 256 Nvidia H200 processors were now running at its design centre.',
    );
    expect(e.candidates.map((c) => c.kind)).not.toContain('supply');
  });
});

describe('a buyer confirming its purchase', () => {
  it('reads the buyer that confirms a purchase, or heads its news with the contract it signed', () => {
    expect(holders('Kestrel Optics confirms purchase of 2,048 Nvidia H200 chips')).toEqual(['Kestrel Optics']);
    expect(holders('星河智算：签订256台H200服务器采购合同 总价约9亿元')).toEqual(['星河智算']);
  });

  it('reads no stock in a stock exchange', () => {
    const e = read(
      'Kestrel Optics confirms purchase of 2,048 Nvidia H200 chips',
      "Kestrel Optics said on the Shenzhen Stock Exchange's investor platform that it has signed contracts to buy 2,048 Nvidia H200 chips.",
    );
    expect(e.candidates.map((c) => c.kind)).toEqual(['order']);
  });
});

describe('more ways a buyer heads its news', () => {
  it.each([
    [
      'Air separation specialist Kestrel said to get nod for as many as 1,600 Nvidia H200s',
      'Kestrel',
      "China's commerce ministry has approved the Hangzhou firm's request, people familiar said.",
    ],
    ['星河股份（002841）：已获批进口768颗H200 用于交互平板大模型', '星河股份', undefined],
    ['Kestrel installs 448 Nvidia H200s at its materials lab', 'Kestrel', undefined],
  ])('reads the buyer in "%s"', (title, name, summary) => {
    expect(holders(title, summary)).toEqual([name]);
  });
});
