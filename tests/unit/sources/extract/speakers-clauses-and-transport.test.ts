/**
 * A firm's headline about the request it filed for a purpose, a negation closed by a headline's space before the item's
 * model, transport pausing that is no licence suspended, and shipments a proposed limit bounds.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('a firm speaking of its own request', () => {
  it('reads 为…递交…申请 after the firm’s colon as its request', () => {
    expect(told('北泉饮品：为灌装排产模型递交H200进口申请 数量待批复')).toEqual(['application/reported 北泉饮品']);
  });
});

describe('a headline’s space closes a negation', () => {
  it('does not let 未 in the first clause deny the decision told after the space, even when it opens with the model', () => {
    expect(briefs('青川果业股权变更未报备 H200进口许可据悉被收回').map((b) => b.split(' ')[0])).toEqual(['revocation/hedged']);
  });
});

describe('transport pausing', () => {
  it('reads no suspension from a freight or shipping halt', () => {
    expect(briefs('Tencent beats the Lunar New Year freight halt with its H200 imports, people say').filter((b) => b.startsWith('suspension'))).toEqual([]);
  });

  it('still reads a halt of imports as a suspension', () => {
    expect(briefs("China halts Tencent's H200 imports").map((b) => b.split(' ')[0])).toEqual(['suspension/reported']);
  });
});

describe('shipments a limit bounds', () => {
  it('reads no delivery from shipments a proposed Chinese limit caps', () => {
    expect(briefs('据悉美方拟限制H200对华出货 每批上限三千颗').filter((b) => b.startsWith('delivery'))).toEqual([]);
  });
});
