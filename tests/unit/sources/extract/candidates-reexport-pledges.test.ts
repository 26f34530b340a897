/**
 * A pledge not to re-export (不转出口, "re-export") is the buyers’ term, told with no authority of its own: 转出口 names no
 * exporter's licence. A state monitoring platform (接入国家算力监测平台) is a term of use.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withUsExport } from './state.js';

const state = withUsExport();
const told = (title: string) => extractCandidates({ title }, state).candidates.map((c) => `${c.kind} ${c.retells ?? c.authority?.value ?? '-'}`);

describe('re-export pledges', () => {
  it('reads the group signing a no-re-export pledge as a term agreed, not the exporter’s', () => {
    expect(told('知情人士：字节、阿里、腾讯已签署H200不转出口承诺')).toEqual(['condition_agreed -']);
  });

  it('reads a pledge against re-exports in English as the buyers’ term, not the exporter’s', () => {
    expect(told('ByteDance and Tencent agree not to resell or re-export their H200s - sources')).toEqual(['condition_agreed -']);
  });
});
