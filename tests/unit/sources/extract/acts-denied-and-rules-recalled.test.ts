/**
 * A firm denying it did something ("denies seeking a bigger slice") refuses nothing; a Chinese look back at Washington's
 * rule (重温…新规, 假期补课：…新规如何改变…) retells the US licensing as it stands.
 */
import { describe, expect, it } from 'vitest';
import { kindsTold, read, toldOfUsExport } from './candidates-helpers.js';

describe('a firm denying an act of its own', () => {
  it('is no refusal', () => {
    expect(kindsTold('Qingchuan Fruit Denies Seeking a Bigger Slice of China’s H200 Quota').filter((k) => k.startsWith('denial'))).toEqual([]);
  });

  it('leaves a body denying a firm’s application a refusal', () => {
    expect(kindsTold('China Said to Deny Qingchuan Fruit’s Application to Import Nvidia H200s')).toEqual(['denial/hedged']);
  });
});

describe('a Chinese look back at Washington’s rule', () => {
  it('retells the US licensing as it stands', () => {
    expect(toldOfUsExport('重温美国一月新规：对华H200出口改为逐案审查', '按1月15日生效的美方规定，中国客户的H200出口申请改按个案评估。')).toEqual([
      'restatement/reported bis',
    ]);
    expect(toldOfUsExport('假期补课：BIS一月新规如何改变H200输华审批', '美国商务部1月15日公布的规则，把H200对华出口许可由推定拒绝调整为个案审查。')).toEqual([
      'restatement/reported bis',
    ]);
  });
});

describe('a columnist’s view and a count given as "upward of"', () => {
  it('reads the column as nothing and the count as over', () => {
    expect(
      kindsTold(
        'Selling H200s to China is a wager that dependence beats denial',
        'Case-by-case licensing trades a clean ban for leverage, our columnist writes.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Queue for H200 import permits grows',
        'Upward of 40 Chinese companies have filed applications to import Nvidia H200 chips, sources said.',
      ).candidates.map((c) => `${c.kind} ${c.quantity?.qualifier}:${c.quantity?.value}`),
    ).toEqual(['application over:40']);
  });
});
