/**
 * A request pulled (撤下进口申请, "pulls its import request") is withdrawn, and a permit lost ("confirms loss of its import
 * permit") is revoked. Clearance sought ("seeks clearance for a second batch") is a request, not goods cleared. 三家互联网公司
 * names the three holders of the group approval. A report denied after a headline's colon (…被暂停传闻：与事实不符) is denied.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { told } from './candidates-helpers.js';
import { withGroup } from './state.js';

describe('requests pulled and sought, permits lost', () => {
  it('reads a request pulled as withdrawn', () => {
    expect(told('传青川果业撤下H200进口申请 算力方案生变', '')).toEqual(['revocation/hedged 青川果业']);
    expect(told('Qingchuan Cloud pulls its Nvidia H200 import request, a newspaper reports', '')[0]).toMatch(/^revocation\//u);
  });

  it('reads a permit lost as revoked', () => {
    expect(told('Qingchuan Cloud confirms loss of H200 import permit, halts cloud rentals', '')[0]).toMatch(/^revocation\/reported/u);
  });

  it('reads clearance sought as a request', () => {
    expect(
      told(
        "Alibaba's cloud arm seeks clearance for a second batch of Nvidia H200s",
        'Alibaba Cloud has requested the commerce ministry’s permission to bring in more H200 processors, people close to the company said.',
      ),
    ).toEqual(['application/hedged Alibaba Cloud']);
  });
});

describe('the group and its denials', () => {
  it('reads 三家互联网公司 as the three holders', () => {
    const holders = extractCandidates({ title: '知情人士：三家互联网公司H200采购额度合计逾40万颗', summary: '' }, withGroup()).candidates.map((c) =>
      c.holders.map((h) => h.value).join(','),
    );
    expect(holders).toEqual(['bytedance,alibaba,tencent']);
  });

  it('reads a report denied after a colon as denied', () => {
    expect(told('商务部回应字节跳动H200进口许可被暂停传闻：与事实不符', '')).toEqual(['suspension/denied 字节跳动']);
  });
});
