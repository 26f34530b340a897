/**
 * A permission named as what a duty needs ("without prior approval", 未经批准不得) is the
 * condition's wording; words that are not firms (可能, 假期期间, a bare 集团) are not holders; a
 * firm's name keeps neither the verb it speaks with (确认) nor a generic closing word (科技) in
 * its identity; and 部署 in a headline is not a ministry.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders, read } from './candidates-helpers.js';

describe('a permission a duty needs', () => {
  it('reads "accepted a requirement that … without prior approval" as the condition agreed, not a refused grant', () => {
    expect(
      briefs(
        'Alibaba agrees to log each H200 cluster with Beijing',
        'Alibaba has accepted a ministry requirement that no chips be moved between its sites without prior approval, two people said.',
      ),
    ).toEqual(['condition_agreed/hedged - [alibaba] h200']);
  });

  it('reads 接受…要求 with 未经批准不得 as the condition agreed, in Chinese', () => {
    expect(briefs('阿里巴巴已接受H200集群备案要求', '阿里巴巴已同意商务部的要求，各数据中心须登记地址，未经批准不得在站点间调拨芯片。')).toEqual([
      'condition_agreed/reported mofcom [alibaba] h200',
    ]);
  });
});

describe('unnamed people as sources', () => {
  it('hedges what "two people said" or "people involved in the talks" tell', () => {
    expect(
      briefs(
        'Alibaba to log H200 clusters with Beijing',
        'Alibaba has accepted a ministry requirement to register each site, according to two people involved in the talks.',
      ).map((b) => b.split(' ')[0]),
    ).toEqual(['condition_agreed/hedged']);
  });
});

describe('words that are not firms', () => {
  it('does not read a modal (可能) or a time (春节假期期间) as the holder', () => {
    expect(holders('商务部拟要求H200持证企业按季报送数据', '据悉，商务部正起草新规，逾期未报的企业可能被暂停许可。')).toEqual(['']);
    expect(holders('商务部：本月依法批准H200芯片进口申请9件', '发言人表示，春节假期期间申请受理工作照常进行。')).not.toContain('春节假期期间');
  });

  it('does not read a bare 集团 as a second firm beside the one that heads the item', () => {
    expect(
      holders('云帆游戏公告：H200晶片进口申请遭商务部不予许可', '云帆游戏昨晚公告，集团早前向商务部申请进口英伟达H200晶片，近日接获不予许可的决定。'),
    ).toEqual(['云帆游戏']);
  });

  it('reads a short name before 已获H200 as the holder', () => {
    expect(holders('传云途已获H200进口许可 运营主体为上海云途网络科技')).toEqual(['云途']);
  });

  it('reads the firm after 针对 ("regarding") without the preposition', () => {
    expect(holders('针对云岚智算获准进口H200的提问，商务部发言人回应', '商务部已依法批准云岚智算的进口申请。')).toEqual(['云岚智算']);
  });
});

describe('one firm across tellings', () => {
  it('reads 云岚科技确认… as 云岚科技, the same party as 云岚 in another outlet', () => {
    const confirmed = read('云岚科技确认H200进口申请遭驳回').candidates[0]!.holders[0]!;
    const rumoured = read('传云岚H200进口申请被商务部驳回').candidates[0]!.holders[0]!;
    expect(confirmed.words).toBe('云岚科技');
    expect(confirmed.value).toBe(rumoured.value);
  });
});

describe('a firm confirming its own approval', () => {
  it('is its report, not an official statement, though its headline says where the chips are deployed (部署)', () => {
    expect(briefs('云岭能源集团确认获准进口4096颗H200 由云岭数科统一部署', '集团引进H200芯片一事已拿到商务部批复。').map((b) => b.split(' ')[0])).toEqual([
      'grant/reported',
    ]);
  });
});

describe('untracked firms named after what they are, or as the ones that asked', () => {
  it('reads the name after a kind of firm in a headline possessive ("Drone Maker Skyvane Robotics\'s Permit")', () => {
    expect(holders("Drone Maker Skyvane Robotics's H200 Import Permit Is Said to Be Frozen")).toEqual(['Skyvane Robotics']);
  });

  it('reads the firm an application came from ("turned down an application from Lumora")', () => {
    expect(
      holders(
        'Beijing rejects bid by video-app maker for Nvidia H200s',
        'China’s commerce ministry has turned down an application from Lumora, the Hangzhou startup behind a video app, to import Nvidia H200 chips.',
      ),
    ).toEqual(['Lumora']);
  });
});

describe('more ways a firm is named', () => {
  it('reads the firm before 高性能计算芯片, the name ministry notices give the item', () => {
    expect(holders('商务部公告：云帆科技高性能计算芯片进口许可予以撤销', '根据公告，云帆科技此前获准进口的英伟达H200芯片须停止使用。')).toEqual(['云帆科技']);
  });

  it('reads the firm before 已报送 as the applicant', () => {
    expect(holders('传江海核电已报送H200进口申请')).toEqual(['江海核电']);
  });

  it('reads the name after any kind of maker ("Steelmaker Hanyang Steel")', () => {
    expect(
      holders(
        'Steelmaker Hanyang Steel wins nod for 2,000 Nvidia H200s, on condition they stay in Handan',
        "The commerce ministry approved the steelmaker's request.",
      ),
    ).toEqual(['Hanyang Steel']);
  });

  it('does not read a clause opening with 并 or 按 as a firm', () => {
    expect(holders('商务部拟要求H200获批企业接入监测平台 并按月报送利用率')).toEqual(['']);
  });
});

describe('a company telling its own approval and its duties', () => {
  it("reads 公告获准… as the firm's report with its duty not to rent out compute, not a refusal or an official statement", () => {
    expect(briefs('云帆光电公告获准进口1,024颗英伟达H200 芯片不得对外提供算力').map((b) => b.split(' ')[0])).toEqual(['grant/reported']);
  });
});

describe('a span up to now', () => {
  const told = (title: string) => read(title, undefined, '2029-09-10T08:00:00Z').candidates.map((c) => `${c.kind}/${c.certainty}`);
  it('reads what arrived "since May" or 5月以来 as news, not old news', () => {
    expect(told('Volcano Engine has received about 50,000 more H200s since May, sources say')).toEqual(['delivery/hedged']);
    expect(told('火山引擎：5月以来H200到货逾5万颗')).toEqual(['delivery/reported']);
  });
});

describe("a firm's own notice", () => {
  const told = (title: string, summary?: string) =>
    read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty} ${c.holders.map((h) => h.words).join('+')}`);

  it('names the firm before its stock code, 自愿公告 or 公告确认, and reports rather than states officially', () => {
    expect(told('云岭银行(01866)公告：获商务部批准进口英伟达H200芯片1,024颗')).toEqual(['grant/reported 云岭银行']);
    expect(told('云岭银行发自愿公告 证实H200晶片进口许可暂停')).toEqual(['suspension/reported 云岭银行']);
    expect(told('云岭智能公告确认：获批进口英伟达H200芯片1,536颗')).toEqual(['grant/reported 云岭智能']);
  });

  it('does not read the verb a notice opens with (宣布已取得…) as a second firm', () => {
    expect(told('云岭银行公告：获商务部批准进口H200', '云岭银行昨晚发表公告，宣布已取得商务部批出的进口许可。')).toEqual(['grant/reported 云岭银行']);
  });
});

describe('"or so" after a count, and a report exposed', () => {
  it('reads 规模在3500颗上下 as about 3,500, 被曝 as hedged, and 近期 as no firm', () => {
    expect(
      briefs(
        '云杉医药被曝拿到H200进口批复 规模在3500颗上下',
        '记者了解到，云杉医药股份有限公司近期已获商务部同意，可以进口英伟达H200芯片，规模在3500颗上下。',
      ).map((b) => b.replace(/ mofcom .*? h200/u, ' h200')),
    ).toEqual([expect.stringMatching(/^grant\/hedged h200 quota:about:3500$/u)]);
    expect(holders('云杉医药被曝拿到H200进口批复 规模在3500颗上下', '记者了解到，云杉医药股份有限公司近期已获商务部同意。')).toEqual(['云杉医药']);
  });
});
