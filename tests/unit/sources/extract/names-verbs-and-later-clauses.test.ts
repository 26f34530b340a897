/**
 * Firms named before the verbs reports use for them (获内地商务部门批准, 申购, 在上证e互动披露：), permissions that land or
 * are withdrawn in short words (许可落地, 许可被撤), chips installed (已装机), and "still" in a headline's later clause saying
 * where the terms stand rather than restating the first clause's event.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read as readItem } from './candidates-helpers.js';

// 北泉饮品 is an invented firm: no list knows it, so it is read as a new holder from where it stands.
const NEW_FIRM = /^zh-[a-z0-9]+$/;

function only(title: string): { kind: string; holder: string; rest: string } {
  const all = briefs(title);
  expect(all).toHaveLength(1);
  const m = /^(\S+) (\S+) \[([^\]]*)\] (.*)$/.exec(all[0]!)!;
  return { kind: m[1]!, holder: m[3]!, rest: `${m[2]} ${m[4]}` };
}

describe('a firm no list knows, before the verb a report uses for it', () => {
  it('reads the firm approved by the "mainland commerce department"', () => {
    const c = only('宁夏算力服务商北泉饮品已获内地商务部门批准进口约2600颗英伟达H200芯片');
    expect(c.kind).toBe('grant/reported');
    expect(c.holder).toMatch(NEW_FIRM);
  });

  it('reads the firm whose permission was withdrawn or has landed', () => {
    const revoked = only('北泉饮品H200进口许可据悉被撤');
    expect(revoked.kind).toBe('revocation/hedged');
    expect(revoked.holder).toMatch(NEW_FIRM);
    const landed = only('传北泉饮品H200进口许可落地 首批约1500颗');
    expect(landed.kind).toBe('grant/hedged');
    expect(landed.holder).toMatch(NEW_FIRM);
    expect(landed.rest).toContain('quota:about:1500');
  });

  it('reads the firm answering on an investor platform before the colon', () => {
    const c = only('北泉饮品在上证e互动披露：H200进口许可申请材料已报送');
    expect(c.kind).toBe('application/reported');
    expect(c.holder).toMatch(NEW_FIRM);
  });

  it('reads the firm that applied to buy (申购) as itself, not with the verb', () => {
    const refused = readItem('北泉饮品申购英伟达H200遭拒').candidates;
    expect(refused.map((c) => `${c.kind} ${c.holders.map((h) => h.words).join('+')}`)).toEqual(['denial 北泉饮品']);
  });
});

describe('chips installed', () => {
  it('reads chips installed in a holder’s halls as delivered', () => {
    expect(briefs('阿里云：西北园区已装机16384颗H200')).toEqual(['delivery/reported - [alibaba] h200 delivery:exact:16384']);
  });
});

describe('"still" in a headline’s later clause', () => {
  it('reads the terms still being talked over as where they stand, not the first clause restated', () => {
    expect(briefs('字节跳动、阿里巴巴、腾讯H200采购或须按比例搭配国产芯片 具体比例仍在磋商').map((b) => b.split(' ')[0])).toEqual([
      'condition_proposed/hedged',
    ]);
    expect(briefs('腾讯否认已同意H200国产芯片搭配比例 称仍在沟通').map((b) => b.split(' ')[0])).toEqual(['condition_agreed/denied']);
  });
});
