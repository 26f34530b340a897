/** Keeping usage or training logs is an end-use term: a regulator weighing it proposes a condition. */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('usage logs as a term', () => {
  it('reads a regulator weighing a log-keeping requirement as a condition proposed', () => {
    expect(
      briefs(
        'Beijing weighs requiring H200 importers to keep usage logs for five years',
        'Regulators are weighing a rule under which companies cleared to import H200 chips would keep usage logs for each cluster for five years, people familiar with the talks said.',
      ),
    ).toEqual(['condition_proposed/hedged mofcom [] h200']);
  });

  it('reads the same term floated in Chinese', () => {
    expect(briefs('传商务部拟要求H200进口企业留存训练日志', '知情人士称，商务部正考虑要求获准进口英伟达H200的企业留存至少五年的集群训练日志。')).toEqual([
      'condition_proposed/hedged mofcom [] h200',
    ]);
  });
});
