/** Buyers an event covers, described by their approval, are no grant; a permit won with a count before it is a grant. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { told } from './candidates-helpers.js';
import { withUsExport } from './state.js';

describe('buyers described by their approval', () => {
  it('reads buyers an export request covers, described as approved at home, as no grant', () => {
    const { candidates } = extractCandidates(
      {
        title: '英伟达据悉为约15家中国客户递交H200出口许可申请 覆盖多家第三批获批企业',
        summary: '知情人士称，英伟达近期向美国商务部递交出口许可申请，其中包括本月获得国内进口批准的部分企业。',
      },
      withUsExport(),
    );
    expect(candidates.map((c) => `${c.kind} ${c.authority?.value}`)).toEqual(['application bis']);
  });
});

describe('a permit won, with its count', () => {
  it('reads a permit obtained for a counted quantity as a grant', () => {
    expect(told('青川果业：子公司取得1280颗H200芯片进口许可')).toEqual(['grant/reported 青川果业']);
  });
  it('reads a firm before its computing business and the item', () => {
    expect(told('青川果业算力业务H200进口申请据悉未获通过')).toEqual(['denial/hedged 青川果业']);
  });
});
