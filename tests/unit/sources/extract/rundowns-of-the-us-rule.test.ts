/**
 * A rundown (梳理) of Washington's rule retells the export licensing as it stands, whatever terms its body spells out: no
 * condition proposed, no refusal, no contradiction of the record.
 */
import { describe, expect, it } from 'vitest';
import { toldOfUsExport } from './candidates-helpers.js';

describe('rundowns of the US rule', () => {
  it('reads a rundown of the rule’s thresholds as the licensing told again', () => {
    expect(
      toldOfUsExport(
        '一文梳理：美方H200对华出口新规设了哪些门槛',
        '美国商务部1月中旬发布的规则将H200对华出口改为逐案审查，并要求第三方检测、对华出货量不超过美国本土销量的一半。',
      ).map((t) => t.split(' ')[0]),
    ).toEqual(['restatement/reported']);
  });

  it('reads a rundown of the licence terms the same way', () => {
    expect(
      toldOfUsExport(
        '美方H200对华出口许可条件梳理：逐案审查、数量上限与第三方检测',
        '按照美方规则，对华H200出口许可逐案审查，不再推定拒绝；获批出口须满足数量上限并接受第三方检测。',
      ).map((t) => t.split(' ')[0]),
    ).toEqual(['restatement/reported']);
  });
});
