/**
 * The forty-third session's first rule round: a country that names where something happened before a suspension (a
 * resale listing, a relative clause) rather than who halts the licences; tellers placed in a country; Chinese words for
 * China (对华, 大陆); firms accepting terms in words the lexicon lacked (hand over, a curb, "has agreed that", a request
 * gone along with, a condition taken on, 接受…抽检, 同意让出) and a check to be accepted proposed when no firm accepts
 * it; a bar on renting beside an agreed term; a trigger word fused by a hyphen into a description; "is understood to have
 * the go-ahead"; a declaration found untrue; a name after a headline's question mark; a clearance that comes with checks;
 * firms named by the permits they await; and 条件 as no firm's name.
 */
import { describe, expect, it } from 'vitest';
import { holders, kindsTold, told, toldWithTerms } from './candidates-helpers.js';

describe('another country named beside a halt', () => {
  it('reads a suspension prompted by a listing abroad as the US suspending Nvidia’s licences', () => {
    expect(
      told(
        'Dubai auction listing prompts U.S. to pause a share of Nvidia’s H200 export licences',
        'Officials in Washington have paused several of Nvidia’s H200 export licences after boards bought for a customer were offered at an online auction in Dubai, two people familiar with the step said.',
      ),
    ).toEqual(['suspension/hedged Nvidia']);
  });

  it('reads licences suspended over boards that surfaced abroad, with no word of China, as suspended', () => {
    expect(
      kindsTold(
        'Commerce: Nvidia licences tied to Bahrain H200 resale are suspended for now',
        'Licences held by Nvidia for H200 boards that turned up in a Bahrain reseller’s catalogue are suspended until the end user is confirmed, a Commerce Department spokesperson said.',
      ),
    ).toEqual(['suspension/official']);
  });

  it('still reads another country suspending licences as that country’s news', () => {
    expect(kindsTold('Malaysia suspends two H200 trading licences over transshipment', 'Malaysia’s trade ministry suspended the licences on Monday.')).toEqual(
      [],
    );
  });

  it('reads a teller placed in a country as a source, not as the market', () => {
    expect(
      told(
        'Hydropower modeller Qiaoyun Data orders 1,488 Nvidia H200s',
        'Qiaoyun Data has ordered 1,488 Nvidia H200 processors for its new hall, distributors in Singapore said, citing purchase records.',
      ),
    ).toEqual(['order/reported Qiaoyun Data']);
  });

  it('reads a country the goods were routed through, in Chinese, as a place and not the actor', () => {
    expect(kindsTold('消息称美商务部冻结6张H200出口许可 疑整机绕道泰国', '知情人士称，这些许可对应同一家中国客户。')).toEqual(['suspension/hedged']);
    expect(kindsTold('泰国加强H200转运核查 三家贸易商出口许可被暂停')).toEqual([]);
  });

  it('reads 对华 as a word of China, beside a listing abroad', () => {
    expect(told('一批H200现身迪拜拍卖网站 美方据悉冻结英伟达部分对华许可')).toEqual(['suspension/hedged 英伟达']);
  });
});

describe('firms accepting terms', () => {
  it('reads waiting firms agreeing to hand something over as terms agreed', () => {
    expect(
      told(
        'Firms waiting for H200 permits agree to hand over rack floor plans',
        'Chinese companies still waiting for Nvidia chip approvals will hand over floor plans of their server rooms, people familiar with the talks said.',
      ),
    ).toEqual(['condition_agreed/hedged Firms waiting']);
  });

  it('reads a firm accepting a curb, or agreeing that its chips will be used one way, as terms agreed', () => {
    expect(
      told(
        'ByteDance accepts Beijing’s curb on using H200s for ad targeting',
        'ByteDance has agreed that the H200s it imports will not train its advertising systems, people familiar with the arrangement said.',
      ),
    ).toEqual(['condition_agreed/hedged ByteDance']);
  });

  it('reads Nvidia going along with a request, or taking on a condition, as terms agreed', () => {
    expect(
      kindsTold(
        'Nvidia signals it will report H200 install sites to Washington',
        'Nvidia has told the Commerce Department it will go along with a request to list each quarter where its H200s sit in China, people briefed on the matter said.',
      ),
    ).toEqual(['condition_agreed/hedged']);
    expect(
      kindsTold(
        'Nvidia tells Commerce it will retain H200 shipping logs for seven years',
        'Nvidia said it would keep shipping logs of H200 boards sold to Chinese buyers for seven years, taking on a condition officials raised last month.',
      ),
    ).toHaveLength(1);
  });

  it('reads a named firm accepting spot checks, or agreeing to give up machine time, as terms agreed', () => {
    expect(told('阿里巴巴据悉接受H200机房网信抽检', '接近阿里巴巴的人士称，公司已同意其H200机房每季度接受一次网信部门的抽检。')).toEqual([
      'condition_agreed/hedged 阿里巴巴',
    ]);
    expect(told('腾讯据悉同意让出5%的H200机时给高校实验室')).toEqual(['condition_agreed/hedged 腾讯']);
  });

  it('reads spot checks firms must accept, with no firm accepting them, as terms proposed', () => {
    expect(kindsTold('消息人士：H200进口企业或须每季度接受一次网信抽检')).toEqual(['condition_proposed/hedged']);
  });

  it('reads a new requirement under study as terms proposed, and no phrase of it as a firm', () => {
    expect(
      told('排队企业或须先提交电力接入证明 H200审批拟设新门槛', '据了解，主管部门正在研究一项新要求：排队企业须先交出电力接入证明，才能获批进口H200。'),
    ).toEqual(['condition_proposed/hedged 排队企业']);
  });

  it('reads a bar on renting beside terms agreed as part of those terms, not a refusal', () => {
    expect(kindsTold('候批企业据悉同意按月报送H200租户名单', '知情人士称，排队等待H200批文的企业已同意按月报送租户名单，名单外单位不得租用相关算力。')).toEqual(
      ['condition_agreed/hedged'],
    );
  });
});

describe('words that only look like events', () => {
  it('reads a trigger word fused by a hyphen into a description as no event', () => {
    expect(
      told(
        'Wuhan start-up Lanqiao Data is understood to have won clearance for about 1,930 H200s',
        'Lanqiao Data, whose models watch suspension-bridge cables for fatigue, holds a commerce-ministry go-ahead for about 1,930 Nvidia H200 chips, people close to the firm said.',
      ),
    ).toEqual(['grant/hedged Lanqiao Data']);
  });

  it('reads a firm understood to have the go-ahead as the holder', () => {
    expect(
      holders(
        'Flood-map start-up wins its Nvidia chips – with a lab visit every quarter',
        'Hexu Technology is understood to have Beijing’s go-ahead to import some 2,410 H200 processors, people close to the company said.',
      ),
    ).toEqual(['Hexu Technology']);
  });

  it('reads a declaration found untrue as the reason for a revocation, not a denial', () => {
    expect(kindsTold('商务部：衡溪科技申报用途不实 撤销其H200进口许可')).toEqual(['revocation/official']);
  });

  it('reads 配套条件 as no firm beside a check a firm agreed to', () => {
    expect(
      told(
        '腾讯据悉接受H200机房每年一次网信抽检',
        '接近腾讯的人士称，腾讯已同意其H200机房每年接受一次网信部门的抽检。这被视为三家平台进口批准配套条件的一部分。',
      ),
    ).toEqual(['condition_agreed/hedged 腾讯']);
  });
});

describe('holders and terms told in other shapes', () => {
  it('reads a firm named after a headline’s question mark, granted with conditions', () => {
    expect(told('盐碱地模型也要H200？澜汐智能被传附条件获批约1720颗', '第一财经从业内获悉，澜汐智能的H200进口申请已附条件通过，额度约1720颗。')).toEqual([
      'grant/hedged 澜汐智能',
    ]);
    expect(told('冻土模型用上H200？澜汐智能被传获批约1720颗')).toEqual(['grant/hedged 澜汐智能']);
  });

  it('reads a clearance that comes with monthly checks as granted with terms', () => {
    expect(
      toldWithTerms(
        'Qinlu confirms its H200 import clearance comes with monthly checks',
        'Qinlu Technology said its approval to import about 1,270 Nvidia H200 processors comes with monthly checks at its Xining hall.',
      ),
    ).toEqual(['grant/reported [Qinlu] with terms 1270']);
  });

  it('reads companies awaiting permits as the waiting firms', () => {
    expect(
      told('Companies awaiting H200 permits accept a domestic-chip pairing rule', 'People close to the talks said the firms had accepted the rule.'),
    ).toEqual(['condition_agreed/hedged Companies awaiting H200 permits']);
  });
});
