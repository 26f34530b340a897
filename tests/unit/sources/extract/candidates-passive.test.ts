/** Class 2 (what happened): a passive decision on an approval named first is that decision, not a grant. */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const kinds = (title: string): string[] => read(title).candidates.map((c) => c.kind);

describe('an approval named before the verb that acts on it', () => {
  it.each([
    ["Alibaba's H200 import approval is said to be revoked by Beijing", 'revocation'],
    ["Tencent's licence to buy Nvidia H200 chips has been suspended", 'suspension'],
    ['阿里巴巴H200进口许可被撤销', 'revocation'],
  ])('%s', (title, kind) => {
    expect(kinds(title)).toEqual([kind]);
  });

  it('still reads a grant and a later decision told as two verbs', () => {
    expect(kinds('China approves Alibaba H200 purchases, then suspends Tencent')).toEqual(['grant', 'suspension']);
  });
});
