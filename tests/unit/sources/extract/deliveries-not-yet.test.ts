/**
 * A firm heading an item to say its goods have not arrived yet tells a denied delivery of its own, tracked or not; the
 * approval or order it recalls in passing is background. Chip makers and authorities speaking of shipments, a firm denying
 * it ordered, and goods due on a date are no such denial.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a firm saying its goods have not arrived yet', () => {
  it('reads an untracked firm saying its cleared chips have yet to arrive as its denied delivery', () => {
    expect(
      told(
        'Orvane Robotics says H200s cleared for import in May have yet to arrive',
        'Orvane Robotics said the Nvidia H200 chips it was allowed to import in May have not yet been delivered, and it trains on rented cloud capacity.',
      ),
    ).toEqual(['delivery/denied Orvane Robotics']);
  });

  it('reads a firm whose licensed chips have yet to arrive, with no figure of its own', () => {
    expect(
      told(
        'Lanmere Pharma says licensed H200s have yet to arrive',
        'Lanmere Pharma told investors that none of the 640 Nvidia H200 chips it is licensed to import has been delivered.',
      ),
    ).toEqual(['delivery/denied Lanmere Pharma']);
  });

  it('reads a firm still waiting for its first chips', () => {
    expect(told('Quillsoft still waiting for its first H200s months after approval, CFO says')).toEqual(['delivery/denied Quillsoft']);
  });

  it('reads a tracked firm saying its cleared chips have yet to turn up', () => {
    expect(
      told(
        'Tencent says its H200s cleared by Beijing have yet to turn up',
        'Tencent said none of the H200 processors covered by its import approval has been delivered so far.',
      ),
    ).toEqual(['delivery/denied Tencent']);
  });

  it('reads a Chinese firm saying its approved chips are not here yet', () => {
    expect(told('澄明科技：获批进口的H200芯片尚未到货', '有投资者问澄明科技获批进口的英伟达H200何时能用上。公司答复称，截至目前芯片还没有到货。')).toEqual([
      'delivery/denied 澄明科技',
    ]);
  });

  it('reads a tracked firm answering a report of arrivals with 尚未收到', () => {
    expect(told('腾讯回应H200已到货说法：目前尚未收到', '腾讯相关负责人表示，公司目前尚未收到任何H200芯片。')).toEqual(['delivery/denied 腾讯']);
  });
});

describe('still no denied delivery of a firm', () => {
  it('when the chip maker speaks of shipments in general', () => {
    expect(told('Nvidia says H200s for China have yet to arrive at customers').some((t) => t.startsWith('delivery/denied Nvidia'))).toBe(false);
  });

  it('when customs speaks of shipments', () => {
    expect(told('海关总署：本月H200芯片尚未到货').some((t) => t.includes('海关'))).toBe(false);
  });

  it('when a firm denies ordering at all', () => {
    expect(told('澄明科技否认采购H200：公司尚未收到任何芯片').some((t) => t.startsWith('delivery/denied'))).toBe(false);
  });

  it('when the goods are due on a date', () => {
    expect(told('Orvane Robotics says its H200s will not be delivered until March').some((t) => t.startsWith('delivery/denied'))).toBe(false);
  });

  it('when 尚未收到 answers a rumoured approval, not goods', () => {
    expect(told('腾讯回应H200获批传闻：尚未收到任何批复').some((t) => t.startsWith('delivery/denied'))).toBe(false);
  });

  it('when quota not yet delivered is a noun phrase', () => {
    expect(told('三家大厂交回未到货H200额度').some((t) => t.startsWith('delivery/denied'))).toBe(false);
  });
});
