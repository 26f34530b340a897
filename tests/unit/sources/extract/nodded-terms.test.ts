import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a holder nodding to terms, or pledging where its chips stay', () => {
  it('reads a firm that nods to keeping its chips at home as agreeing to the terms', () => {
    expect(told('据悉阿里已点头：H200只放境内自家机房 不给海外客户用')).toEqual(['condition_agreed/hedged 阿里']);
  });

  it("keeps the ministry's nod a grant", () => {
    expect(told('商务部点头：青川股份获准进口H200 须部署在境内').map((t) => t.split(' ')[0])).toEqual(['grant/reported']);
  });

  it('reads a pledge that the chips will stay on the mainland as terms agreed', () => {
    expect(told('Alibaba pledges its imported H200s will stay on the mainland - sources')).toEqual(['condition_agreed/hedged Alibaba']);
  });
});
