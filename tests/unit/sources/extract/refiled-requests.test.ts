import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a request filed again after a refusal', () => {
  it('reads an English headline that tries again as the request, not the earlier refusal', () => {
    expect(told('Qingchuan Cloud tries again for an H200 import permit after its first bid was turned down')).toEqual(['application/reported Qingchuan Cloud']);
  });

  it('reads a filing that resubmits a licence request as the request', () => {
    expect(told('Nvidia resubmits H200 licence request for a Chinese miner after Commerce sent it back - sources')).toEqual(['application/hedged Nvidia']);
  });

  it('reads a Chinese notice of a request filed anew as the request, the first refusal being its history', () => {
    expect(
      told(
        '青川果业：关于重新报送H200芯片引进申请的公告',
        '青川果业公告，公司首次报送的英伟达H200芯片引进申请未获批准；公司已补充材料，近日再次向商务部递交引进申请。',
      ),
    ).toEqual(['application/reported 青川果业']);
  });

  it('leaves a refusal a refusal when the firm only plans to apply again', () => {
    expect(told('Beijing rejects Qingchuan Cloud bid to import Nvidia H200 chips', 'The company said it would reapply for a smaller quantity.')).toEqual([
      'denial/reported Qingchuan Cloud',
    ]);
    expect(told('青川果业H200进口申请未获批准 公司称可补充材料后重新申请')).toEqual(['denial/reported 青川果业']);
  });
});

describe('a firm heading a headline with its own act', () => {
  it('reads the firm that accepts terms on its permit as the one agreeing to them', () => {
    expect(told('Qingchuan Cloud accepts no-transfer terms on its Nvidia H200 permit').filter((t) => t.startsWith('condition_agreed'))).toEqual([
      'condition_agreed/reported Qingchuan Cloud',
    ]);
  });

  it('reads the firm that takes in chips as the one they were delivered to', () => {
    expect(told('Qingchuan Cloud takes in 96 Nvidia H200s after its import permit is restored')).toContain('delivery/reported Qingchuan Cloud');
  });
});
