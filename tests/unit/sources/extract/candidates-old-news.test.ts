/**
 * Class 2 and 4 (old news told again) and class 1 (roles): figures an item dates in an
 * earlier month, tells as they stand, or names as the old value of a change are not news;
 * one member's figure of a shared group approval is its share.
 */
import { describe, expect, it } from 'vitest';
import type { LedgerState } from '../../../../src/core/model.js';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief, briefs } from './candidates-helpers.js';
import { seedState, withGroup } from './state.js';

const at = (publishedAt: string, title: string, summary?: string, state: LedgerState = seedState()) =>
  extractCandidates({ title, publishedAt, ...(summary ? { summary } : {}) }, state).candidates.map(brief);

describe('old news', () => {
  it('makes a headline figure old news when the body dates it in an earlier month', () => {
    expect(at('2026-04-10T00:00:00Z', 'Chinese buyers ordered 1.5 million H200 chips', 'The March orders still outstrip what Nvidia can ship.')).toEqual([
      'restatement/reported - [] h200 order:exact:1500000',
    ]);
  });

  it('keeps a figure compared with an earlier month as news', () => {
    expect(at('2026-04-10T00:00:00Z', '英伟达H200库存约为45万颗，较2月明显下降')).toEqual(['supply/reported - [nvidia] h200 inventory:about:450000']);
  });

  it('keeps "the January rule" as the name of a rule, not a date', () => {
    expect(at('2026-03-02T00:00:00Z', 'US grants Nvidia H200 licences for China under the January rule')).toEqual(['grant/reported bis [nvidia] h200']);
  });

  it('reads a stock figure told as it stands as old news', () => {
    expect(briefs('Nvidia still holds roughly 600,000 H200 chips, unchanged since the spring')).toEqual([
      'restatement/reported - [nvidia] h200 inventory:about:600000',
    ]);
  });

  it('does not make the past perfect or a since-clause an event', () => {
    expect(briefs('Nvidia ships 30,000 H200 chips to Tencent, the first batch since China allowed imports')).toEqual([
      'delivery/reported - [tencent] h200 delivery:exact:30000',
    ]);
    expect(briefs('Firms that had applied for H200 licences were told to wait')).toEqual(['restatement/reported - [] h200']);
  });
});

describe('retrospectives and things that still stand', () => {
  const kinds = (title: string, summary?: string, publishedAt = '2026-10-05T00:00:00Z') => at(publishedAt, title, summary).map((b) => b.split('/')[0]);

  it('reads a look back ("ICYMI", "Throwback", "A year after") as old news', () => {
    expect(kinds('ICYMI: Beijing cleared Tencent and Alibaba to import Nvidia H200s')).toEqual(['restatement']);
    expect(kinds('Flashback: the day Washington allowed H200 exports to China')).toEqual(['restatement']);
    expect(kinds('A year after its H200 go-ahead, Alibaba Cloud still runs short of chips', 'Alibaba was approved to buy H200 processors.')).toEqual([
      'restatement',
    ]);
  });

  it('reads an anniversary told in years ("Four years after", 三年前的今天) as old news', () => {
    expect(kinds("Four years after Beijing's first H200 nod, the trio still lead", 'Alibaba was approved to buy H200 processors.')).toEqual(['restatement']);
    expect(kinds('三年前的今天：美方松口 英伟达H200获准对华出口')).toEqual(['restatement']);
  });

  it('reads a headline that only says something still stands as a retelling of what its body names', () => {
    expect(
      kinds(
        'Nvidia annual report reaffirms China H200 licences stay in place',
        'Licences allowing H200 shipments to vetted buyers in China, issued last year, are unchanged.',
      ),
    ).toEqual(['restatement']);
  });

  it('dates an event told as "January\'s" or 年初 however many months back', () => {
    expect(kinds("China's January approval of H200 imports for Tencent set off an ordering rush")).toEqual(['restatement']);
    expect(kinds('腾讯年初获批进口H200芯片，目前已大部分到位')).toContain('restatement');
    // A level compared with the start of the year is not a date.
    expect(kinds('英伟达H200库存较年初下降约三成至50万颗')).toEqual(['supply']);
  });

  it('reads firms waiting for approval as a request still pending, not a grant', () => {
    expect(briefs('Several Chinese AI start-ups wait for approval to import Nvidia H200 chips').map((b) => b.split('/')[0])).toEqual(['application']);
  });
});

describe('figures beside the news', () => {
  it('drops the old value of a change: "to 500,000 from 300,000", 由30万颗上调至50万颗', () => {
    expect(briefs('Beijing raises H200 quota for ByteDance, Alibaba and Tencent to 500,000 from 300,000')).toEqual([
      'grant/reported mofcom [bytedance,alibaba,tencent] h200 quota:exact:500000',
    ]);
    expect(briefs('商务部将字节跳动、阿里巴巴和腾讯的H200总配额由30万颗上调至50万颗')).toEqual([
      'grant/reported mofcom [bytedance,alibaba,tencent] h200 quota:exact:500000',
    ]);
  });

  it("reads one group member's figure as its share and drops the group total it is part of", () => {
    expect(at('2026-03-01T00:00:00Z', 'Tencent wins 90,000 of the 400,000 H200 chips Beijing has approved', undefined, withGroup())).toEqual([
      'grant/reported mofcom [tencent] h200 allocation:exact:90000@tencent',
    ]);
  });

  it('reads a ratio as terms of a condition, not as counts of chips', () => {
    const [c] = at('2026-03-01T00:00:00Z', '商务部拟要求每进口1颗H200须搭配3颗国产芯片');
    expect(c).toBe('condition_proposed/hedged mofcom [] h200');
  });
});

describe('how sure', () => {
  it('does not let a modal after the verb hedge it', () => {
    expect(briefs('Tencent has asked the commerce ministry to raise the number of H200 chips it may import')).toEqual([
      'application/reported mofcom [tencent] h200',
    ]);
  });

  it('is official when the ministry speaks, reported when a company confirms', () => {
    expect(briefs('商务部表示，已批准腾讯进口H200芯片')).toEqual(['grant/official mofcom [tencent] h200']);
    expect(briefs('About 80,000 H200 chips have arrived at Alibaba, the company confirmed')).toEqual([
      'delivery/reported - [alibaba] h200 delivery:about:80000',
    ]);
  });

  it('treats a notice from a government site as official', () => {
    const e = extractCandidates(
      {
        title: 'Revision of License Requirements for H200 Exports',
        summary: 'BIS suspends licenses for Nvidia H200 exports to China.',
        link: 'https://www.federalregister.gov/d/2026-01',
      },
      seedState(),
    );
    expect(e.candidates.map(brief)).toEqual(['suspension/official bis [nvidia] h200']);
  });

  it("sets aside another country's deal told without any word of China", () => {
    expect(briefs('India clears Reliance purchase of 20,000 Nvidia H200 chips', 'Reliance received 20,000 H200 processors for its Jamnagar site.')).toEqual([]);
  });
});

describe('reported speech and statements', () => {
  it('does not take the back-shifted tense of reported speech for old news', () => {
    expect(
      briefs(
        'Ministry confirms extra H200 imports for Tencent',
        'The commerce ministry said Tencent had been approved to import 50,000 more Nvidia H200 chips.',
      ),
    ).toEqual(['grant/official mofcom [tencent] h200 quota:exact:50000']);
  });

  it("makes a firm headline official when the body quotes the department's own statement", () => {
    expect(briefs('Commerce Department suspends Nvidia H200 licences for China', 'The department said the suspension is effective immediately.')).toEqual([
      'suspension/official bis [nvidia] h200',
    ]);
  });

  it('reads a headline that says it repeats an earlier report as old news', () => {
    expect(briefs('As previously reported, China approved Tencent H200 purchases').map((b) => b.split('/')[0])).toEqual(['restatement']);
  });

  it('reads one member named "and others" (等) as the group', () => {
    expect(at('2026-03-01T00:00:00Z', '商务部将腾讯等三家企业的H200进口总配额定为45万颗', undefined, withGroup())).toEqual([
      'grant/reported mofcom [bytedance,alibaba,tencent] h200 quota:exact:450000',
    ]);
  });

  it('lets a negation reach over a short command: "has not told firms to stop buying"', () => {
    expect(briefs('Beijing has not told Alibaba to stop buying H200 chips')).toEqual(['suspension/denied mofcom [alibaba] h200']);
  });
});

describe('old news dated by a sentence-initial month', () => {
  it('reads "In January, China approved …" in a later month as a restatement', () => {
    expect(
      at(
        '2026-03-05T00:00:00Z',
        'ByteDance expands AI spending on H200 clusters',
        'ByteDance plans to spend more on data centres this year. In January, China approved ByteDance, Alibaba and Tencent to buy more than 400,000 H200 chips.',
      ).map((b) => b.split(' ')[0]),
    ).toEqual(['restatement/reported']);
  });
});

describe('a decision dated by its month', () => {
  it('reads "the decision in January to let ..." as old news even many months on', () => {
    expect(
      at(
        '2026-11-02T00:00:00Z',
        'Beijing eases curbs on Micron memory chips as H200 imports grow',
        "The move follows the ministry's decision in January to let Tencent import Nvidia H200 chips.",
      ).map((b) => b.split('/')[0]),
    ).toEqual(['restatement']);
  });
});

describe('an approval told as still standing', () => {
  const pub = '2027-03-06T08:00:00Z';
  it('reads "has not changed … remains in force" for a tracked holder as the record told again', () => {
    expect(
      at(
        pub,
        'Tencent: H200 import approval has not changed, company says',
        'Tencent said on Friday that its H200 import approval from the commerce ministry remains in force, with no adjustment to its share.',
        withGroup(),
      ),
    ).toEqual(['restatement/reported mofcom [tencent] h200']);
  });

  it('still reads a further approval told beside the one that stands', () => {
    expect(
      at(
        pub,
        'Tencent wins approval for 50,000 more H200s; its first approval stands',
        'Tencent said Beijing granted it an additional 50,000 H200 chips.',
        withGroup(),
      ).map((b) => b.split(' ')[0]),
    ).toEqual(['grant/reported']);
  });
});
