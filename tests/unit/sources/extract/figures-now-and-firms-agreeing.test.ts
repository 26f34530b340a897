/**
 * A figure that "now stands above" a number is today's, not old news; orders lodged with a seller are orders; "N or more"
 * is at least N; permissions that "cover only a fraction", or goods "cleared for Chinese customers", decide nothing;
 * firms agreeing (同意) to a duty accept a term; stock a seller 备有 is supply.
 */
import { describe, expect, it } from 'vitest';
import { briefsAgainst, kindsAgainst, kindsTold, kindsWithFigures } from './candidates-helpers.js';
import { withGroup, withHeldFigures } from './state.js';

const briefly = (title: string, summary = '') => briefsAgainst(withGroup(), title, summary);

describe('figures told as they stand now', () => {
  it('reads a figure that now stands above a number as news', () => {
    const held = withHeldFigures(withGroup(), '2026-01-10');
    expect(kindsWithFigures(held, 'Chinese H200 orders now stand above four million units, report says', '', '2026-02-10T00:00:00Z')).toEqual([
      'order order:4000000',
    ]);
  });

  it('reads orders lodged with the seller as orders, and "or more" as at least', () => {
    expect(
      briefly(
        'Chinese H200 orders keep climbing',
        'Orders that Chinese companies have lodged with Nvidia for H200 processors now come to 4 million or more, two people said.',
      ),
    ).toEqual(['order/hedged - [] h200 order:at_least:4000000']);
    // (A headline's "top 4 million" passes the figure: more than it, read first.)
    expect(
      briefly(
        'Chinese H200 orders top 4 million',
        'Orders that Chinese companies have lodged with Nvidia for H200 processors now come to 4 million or more, two people said.',
      ),
    ).toEqual(['order/hedged - [] h200 order:over:4000000']);
  });
});

describe('permissions that only describe', () => {
  it('reads approvals covering a fraction, and goods cleared for customers, as no grant', () => {
    expect(kindsTold('Chinese H200 imports reach 4 million as approvals cover only a fraction')).toEqual(['delivery/reported']);
    expect(
      kindsTold(
        'Nvidia says H200 stock for China is under 450,000',
        'Nvidia said its inventory of H200s cleared for Chinese customers now stands under 450,000 units.',
      ),
    ).toEqual(['supply/reported']);
  });
});

describe('firms agreeing and stock held ready', () => {
  it('reads firms agreeing to a duty as no grant', () => {
    // (The duty agreed to, 按季申报…用途, is the verb's complement: a condition agreed (duty-clause.ts), no grant.)
    expect(kindsTold('消息：候批企业同意按季申报H200用途')).toEqual(['condition_agreed/hedged']);
    expect(kindsTold('青川果业同意按季报备H200用途')).toEqual(['condition_agreed/reported']);
    expect(kindsTold('青川果业已经同意按季报备H200用途')).toEqual(['condition_agreed/reported']);
    expect(kindsAgainst(withGroup(), '消息：腾讯同意每季度报送H200用途报告')).toEqual(['condition_agreed']);
    // (未经同意不得转让: a consent needed is a body's, no duty agreed.)
    expect(kindsTold('青川果业获准进口288颗H200', '公司取得商务部签发的许可文件，可进口288颗英伟达H200芯片，未经同意不得转让。')).toContain('grant/reported');
  });

  it('leaves the ministry agreeing to imports a grant', () => {
    expect(kindsTold('商务部同意青川果业进口H200')).toEqual(['grant/reported']);
  });

  it('reads stock a seller 备有 as supply', () => {
    expect(briefly('英伟达：为中国客户备有约45万颗H200')).toEqual(['supply/reported - [nvidia] h200 inventory:about:450000']);
  });
});
