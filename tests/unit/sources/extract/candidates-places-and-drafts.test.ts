/**
 * Inner Mongolia is in China; "a commerce-ministry licence" is China's; a firm described by what
 * it makes before its name says China turned down its bid; a rule being drafted is a proposed
 * condition; a ministry "studying" a change (正在研究) has decided nothing; hawks and committee
 * leaders urging Commerce propose, as legislators do.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('places, hyphenated authorities, descriptions and drafts', () => {
  it('does not read 内蒙古 as Mongolia, another country', () => {
    const x = read('传内蒙古某智算公司H200进口许可遭撤销', '据悉，商务部已撤销内蒙古乌兰察布星河智算的H200芯片进口许可。');
    expect(x.candidates.map((c) => `${c.kind}/${c.certainty} ${c.authority?.value}`)).toEqual(['revocation/hedged mofcom']);
    expect(x.notes.some((n) => n.includes('another country'))).toBe(false);
  });

  it('reads "a commerce-ministry licence" as a Chinese import licence the speaker withdrew', () => {
    expect(
      briefs(
        'Orchard Foods drops H200 plan',
        'SHANGHAI, Jan 8 (Reuters) - Orchard Foods said on Friday it had pulled its request for a commerce-ministry licence to bring in Nvidia H200 chips.',
      ),
    ).toEqual(['revocation/reported mofcom [orchard-foods] h200']);
  });

  it('reads "Toy maker Blue Kite says China turned down its bid" as a denial of Blue Kite', () => {
    expect(briefs('Toy maker Blue Kite says China turned down its bid to import Nvidia H200s')).toEqual(['denial/reported mofcom [blue-kite] h200']);
  });

  it('reads "US drafting rule to cap H200 shipments" as a proposed US condition', () => {
    expect(briefs('US drafting rule to cap H200 shipments per Chinese customer, sources say')).toEqual(['condition_proposed/hedged bis [] h200']);
  });

  it('reads 正在研究调整 as no decision yet', () => {
    const x = read('商务部：正在研究调整部分企业H200进口额度');
    expect(x.candidates).toEqual([]);
    expect(x.notes).toContain('not a decision yet ("正在研究")');
  });
});

describe("another firm's US licence", () => {
  it('reads a firm other than the seller winning a US authorisation, in a sentence naming no item, as its own licence', () => {
    const x = read(
      'Kioxia gets renewed US authorisation to send tools to its Dalian chip packaging plant',
      "Its Dalian plant also packages memory used with Nvidia's H200.",
    );
    expect(x.candidates).toEqual([]);
    expect(x.notes).toContain(`"authorisation": Kioxia's own US licence, for something else`);
  });

  it("keeps the seller's own US licences", () => {
    expect(briefs('Nvidia wins US licences for H200 sales to Chinese buyers')).toEqual(['grant/reported bis [nvidia] h200']);
  });
});

describe('a policy named after a decision', () => {
  it('reads "presumption of denial" as the name of a licensing policy, not a denial', () => {
    const kinds = read('What the H200 rule changed', 'Washington replaced a presumption of denial for H200 exports with case-by-case review.').candidates.map(
      (c) => c.kind,
    );
    expect(kinds).not.toContain('denial');
  });
});

describe('what a licence bars', () => {
  it("reads a licence's bar on re-export as one of its terms, not a denial", () => {
    expect(
      briefs(
        'BIS grants 9 licenses for Nvidia H200 exports to PRC buyers',
        'Each license is subject to testing at an accredited US laboratory before any shipment and bars re-export or remote access by parties of concern.',
      ),
    ).toEqual(['grant/reported bis [nvidia] h200 licence_count:exact:9']);
  });
});

describe('a permission said to stand', () => {
  it('reads an approval "from last January" that "remained valid" as old news', () => {
    expect(
      briefs(
        'Tencent results call: import approval unchanged',
        "Tencent's president said the approval it received from China's commerce ministry last January to import Nvidia H200 chips remained valid.",
      ).map((b) => b.split('/')[0]),
    ).toEqual(['restatement']);
  });

  it('reads 额度没有变化 (the quota has not changed) as old news', () => {
    expect(briefs('腾讯：H200进口额度没有变化 采购按原计划推进').map((b) => b.split('/')[0])).toEqual(['restatement']);
  });
});

describe('a dateline', () => {
  it('does not take the city a wire files from for the country of the deal', () => {
    const x = read(
      'Tencent agrees to Beijing chip-pairing terms for H200 imports',
      "TOKYO, March 5 (Reuters) - Tencent said on Thursday it had agreed to buy one domestic AI chip for every four Nvidia H200s it imports, under terms set by China's commerce ministry.",
    );
    expect(x.candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}`)).toContain('condition_agreed tencent');
    expect(x.notes.some((n) => n.includes('another country'))).toBe(false);
  });
});

describe('permissions for other goods', () => {
  it('reads import licences for sorghum as no H200 grant', () => {
    expect(
      briefs(
        'Beijing grants import licences for US sorghum as trade talks progress',
        'Chinese buyers have also been approved to import Nvidia H200 chips this year.',
      ).filter((b) => b.startsWith('grant/')),
    ).toEqual([]);
  });

  it("reads a payment unit's central bank approval as no H200 grant of its own", () => {
    expect(
      briefs(
        'Tenpay wins central bank approval to expand payment licence nationwide',
        "Tenpay, Tencent's payment arm, said the People's Bank of China approved the expansion. Tencent is among the firms buying Nvidia H200 chips.",
      ).filter((b) => b.includes('[tenpay]')),
    ).toEqual([]);
  });
});

describe('opinion headlines', () => {
  it('reads an antithesis headline ("a lever, not a gate") as opinion', () => {
    const x = read("Beijing's H200 licences are a lever, not a gate", 'Approvals have let more Chinese firms buy the chips this year.');
    expect(x.candidates).toEqual([]);
    expect(x.notes.some((n) => n.startsWith('opinion or analysis'))).toBe(true);
  });

  it('reads "That\'s the Problem." as opinion', () => {
    expect(read("China Keeps Approving H200 Imports. That's the Problem.").candidates).toEqual([]);
  });
});

describe("legislators' proposals and court cases", () => {
  it('reads a Senate bill that would cap licences as a proposal, not a decision', () => {
    const x = read("Senate bill would limit Nvidia's H200 licences for China", 'The Commerce Department has approved H200 exports to vetted Chinese buyers.');
    expect(x.candidates).toEqual([]);
    expect(x.notes).toContain(`a legislator's proposal ("Senate bill")`);
  });

  it('reads an indictment over H200 servers as a court case', () => {
    const x = read('Prosecutors indict two over H200 server shipments to mainland', 'The servers, 16 in all, left without export licences.');
    expect(x.candidates).toEqual([]);
    expect(x.notes.some((n) => n.startsWith('a court or smuggling case'))).toBe(true);
  });

  it('keeps a decision the headline tells before the case that prompted it', () => {
    expect(briefs("US Suspends Nvidia's H200 China Licences After Smuggling Inquiry").map((b) => b.split('/')[0])).toEqual(['suspension']);
  });
});

describe("a broker's view", () => {
  it('reads "Jefferies raises its China H200 demand estimate" as analysis', () => {
    const x = read('Jefferies raises its China H200 demand estimate, says more approvals likely', 'Chinese orders may reach 3 million chips.');
    expect(x.candidates).toEqual([]);
  });
});

describe('questions, demonyms and look-backs', () => {
  it('reads a headline asking "Is …?" as no event', () => {
    expect(
      read('Is the H200 queue about to open for China’s hospitals?', 'Regulators have already approved imports for Tencent and a few hospital groups.')
        .candidates,
    ).toEqual([]);
  });

  it("reads a US licence for a Chinese firm's Hungarian plant as another country's deal", () => {
    const x = read('US clears Nvidia H200s for BYD’s Hungarian car plant', 'The licence covers about 800 chips for the plant in Szeged.');
    expect(x.candidates).toEqual([]);
  });

  it('reads an item saying 本文回顾 as old news', () => {
    expect(
      briefs('H200对华出口这一年', '2025年12月，美方宣布允许英伟达H200卖给中国获批客户。本文回顾这一年来的政策变化。').map((b) => b.split('/')[0]),
    ).not.toContain('grant');
  });
});

describe('hawks and committee leaders urging the department', () => {
  it('reads hawks pressing Commerce as a proposal of theirs, nothing decided', () => {
    const x = read("China hawks press Commerce to hold back Nvidia's H200 licences after Beijing's approval");
    expect(x.candidates).toEqual([]);
    expect(x.notes.join(' ')).toContain("a legislator's proposal");
  });

  it('reads committee leaders urging Commerce the same way', () => {
    expect(read("Committee leaders urge Commerce to let Nvidia's China H200 licences lapse").notes.join(' ')).toContain("a legislator's proposal");
  });
});
