import { describe, expect, it } from 'vitest';
import { toldOfUsExport } from './candidates-helpers.js';

describe("Washington's standing terms told again", () => {
  it('reads a headline saying volumes remain capped as the licensing retold, not news', () => {
    expect(
      toldOfUsExport(
        'BIS: China-bound H200 volumes remain capped at half of US shipments',
        'In updated guidance the bureau said licence holders must still show that China volumes do not exceed 50% of those sold to US customers.',
      ),
    ).toEqual(['restatement/reported bis us-export']);
  });

  it('reads an item naming two of the terms (review on the merits, testing) as the licensing as it stands', () => {
    expect(
      toldOfUsExport(
        'Commerce official says every Qingchuan-bound H200 licence is weighed on its own merits',
        'Each application for Chinese buyers is judged individually under the January rule, with third-party testing attached to every licence.',
      ),
    ).toEqual(['restatement/official bis us-export']);
  });

  it('reads a Chinese explainer of the conditions on US export licences as the licensing retold', () => {
    expect(
      toldOfUsExport(
        '解读：美方H200对华出口许可附带的四项条件',
        '美国商务部修订许可审查政策后，对华出口H200改为逐案审查，出口商须证明对华数量不超过美国销量的50%，并在美国完成第三方测试。',
      ),
    ).toEqual(['restatement/reported bis us-export']);
  });

  it('leaves an item naming a single term alone', () => {
    expect(toldOfUsExport('Qingchuan Cloud says its H200 deal is on the merits', 'The firm did not say more.')).toEqual([]);
  });
});
