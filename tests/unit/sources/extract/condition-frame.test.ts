/**
 * A duty a buyer agrees to and that the report calls a condition of the permission is a condition agreed, whatever the
 * duty is; the permission the frame names is no grant told.
 */
import { describe, expect, it } from 'vitest';
import { kindsTold, read } from './candidates-helpers.js';

describe('a duty agreed as a condition of the permission', () => {
  it('reads it as a condition agreed, in English and Chinese', () => {
    expect(kindsTold('Alibaba agrees to keep its H200 halls off the public internet as a condition of its import approval, people say')).toEqual([
      'condition_agreed/hedged',
    ]);
    expect(kindsTold('腾讯答应H200集群不接入公共算力交易平台，作为进口批文的附加条件之一')).toEqual(['condition_agreed/reported']);
  });

  it('keeps the words from the verb to the frame as what the condition came from', () => {
    const [c] = read('腾讯答应H200集群不接入公共算力交易平台，作为进口批文的附加条件之一').candidates;
    expect(c?.trigger).toBe('答应H200集群不接入公共算力交易平台,作为进口批文的附加条件之一');
    expect(c?.holders.map((h) => h.value)).toEqual(['tencent']);
  });

  it('reads no grant from the permission the frame names, and no terms agreed by an authority', () => {
    expect(kindsTold('腾讯表示将按计划部署H200，作为进口批文的条件之一')).toEqual([]);
    expect(kindsTold('Beijing agreed to the request as a condition of the bundling talks')).toEqual([]);
  });
});
