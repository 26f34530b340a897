/**
 * A quota named as what is frozen (额度遭冻结, 额度未被暂停), the quota a request for more goes beyond (原有获批额度外), the
 * approved number a firm keeps to (按照已获批的数量) and a grant hoped for (希望…再获准) are the permission held or
 * asked for, not a grant told.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('quotas held, not granted', () => {
  it('reads a denied freeze of a quota as the denial only', () => {
    expect(
      told('腾讯回应：H200进口额度未被冻结', '针对有关腾讯H200进口额度遭监管冻结的传闻，腾讯相关人士表示，公司进口许可一切正常，消息不实。').filter((t) =>
        t.startsWith('grant'),
      ),
    ).toEqual([]);
  });

  it('reads a firm’s request beyond its existing quota as the request only', () => {
    expect(
      told('据悉字节跳动向商务部申请追加H200进口', '知情人士称，字节跳动日前提交申请，希望在原有获批额度外追加进口一批英伟达H200芯片。').map(
        (t) => t.split(' ')[0],
      ),
    ).toEqual(['application/hedged']);
  });

  it('reads a grant hoped for as no grant', () => {
    expect(
      told('阿里巴巴据悉向商务部递交H200进口申请', '知情人士称，阿里巴巴已递交书面材料，希望在三家共享额度之外再获准进口一批英伟达H200。').filter((t) =>
        t.startsWith('grant'),
      ),
    ).toEqual([]);
  });

  it('reads the approved number a firm keeps to as no grant', () => {
    expect(
      told('腾讯：未向商务部申请追加H200进口数量', '腾讯相关人士表示，公司严格按照已获批的数量采购英伟达H200，并未提出追加申请。').filter((t) =>
        t.startsWith('grant'),
      ),
    ).toEqual([]);
  });

  it('still reads a quota granted', () => {
    expect(told('商务部批准字节跳动H200进口额度', '商务部已批准字节跳动进口H200芯片的额度。').filter((t) => t.startsWith('grant'))).toHaveLength(1);
  });
});
