/**
 * The firm behind a unit when the sentence opens with a source's lead (据财新了解，X旗下算力公司…) or with the firm's own
 * notice (X晚间公告称，全资子公司…); a firm named after 旗下 is the one told; one firm named short and with its city is one.
 */
import { describe, expect, it } from 'vitest';
import { kindsOfWaiting, read, told } from './candidates-helpers.js';

/** Each candidate's kind and the holders' words, whatever its certainty. */
const whoTold = (title: string, summary?: string): string[] =>
  read(title, summary).candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.words).join('+')}`);

describe('a unit told after a source’s lead', () => {
  it('belongs to the firm named before 旗下 or 下属, whichever source opens the sentence', () => {
    expect(
      whoTold('因用途不符 青川果业H200进口许可或被叫停', '据财新了解，青川果业旗下算力公司取得的芯片进口批文眼下已被叫停，起因是申报用途与实际部署不一致。'),
    ).toEqual(['suspension 青川果业']);
    expect(
      whoTold('青川果业跨界算力受挫 H200进口申请据悉未获批准', '据接近审批流程人士透露，青川果业下属数字科技公司提交的H200进口申请近期未获商务部批准。'),
    ).toEqual(['denial 青川果业']);
    expect(whoTold('青川果业算力业务遇阻：H200进口许可传被叫停', '有接近监管人士称，青川果业下属算力公司拿到的H200进口许可眼下已被叫停。')).toEqual([
      'suspension 青川果业',
    ]);
  });

  it('names the firm after 旗下 when no unit is told, not its group', () => {
    expect(
      told('白石智驾H200进口申请据悉已获批', '青川周刊从业内人士处获悉，青川集团旗下高端品牌白石智驾已拿到商务部的H200芯片进口批复，核准数量三千余颗。').map(
        (t) => t.includes('青川集团'),
      ),
    ).toEqual([false]);
  });
});

describe('a firm’s notice about its unit', () => {
  it('names the firm, in a headline split by a space or a summary’s opening', () => {
    expect(told('青川果业公告 控股子公司获批进口640颗H200芯片')).toEqual(['grant/reported 青川果业']);
    expect(
      told('640颗H200进口获批 青川果业称只用于自有平台', '青川果业晚间公告称，全资子公司日前取得商务主管部门的进口批复，可引进640颗英伟达H200芯片。'),
    ).toEqual(['grant/reported 青川果业']);
  });
});

describe('a subsidiary told as 附属公司 (Hong Kong usage)', () => {
  it('is its parent’s, in a heading or a notice', () => {
    expect(told('青川果业(01234)：附属公司获批进口1280颗英伟达H200')).toEqual(['grant/reported 青川果业']);
    expect(told('青川果业：附属公司获准进口256颗H200芯片', '青川果业公告，旗下附属公司日前拿到商务部门签发的许可，可进口H200芯片256颗。')).toEqual([
      'grant/reported 青川果业',
    ]);
  });
});

describe('one firm named short and with its city', () => {
  it('is one holder', () => {
    expect(told('青川化工子公司H200进口批文传被撤销', '有消息人士称，扬州青川化工旗下新设的算力子公司早前取得的H200进口批文已被商务部门收回。')).toHaveLength(
      1,
    );
  });
});

describe('words that name no firm', () => {
  it('leaves out 集团 opening a clause, a bargain’s 以换取, a unit’s 算力平台 and a hedge’s 据报', () => {
    expect(told('消息指青川果业已撤回H200进口申请', '市场消息指，青川果业早前递交的H200芯片进口申请已主动撤回，集团改为向云服务商租用算力。')).toEqual([
      'revocation/hedged 青川果业',
    ]);
    expect(told('青川果业公告：获批的2048颗H200芯片已全部交付到位', '青川果业公告称，公司算力平台此前获准进口的2048颗H200芯片已全部到货。')).toEqual([
      'delivery/reported 青川果业',
    ]);
    expect(told('青川果业据报获批进口H200 上限为1200颗').map((t) => t.split(' ')[1])).toEqual(['青川果业']);
  });
});

describe('counts and comparisons that name no firm', () => {
  it('reads 三张 (three licences) as no firm, and firms a term is compared with as a reference', () => {
    expect(
      whoTold('美方暂停三张H200对华出口许可', '知情人士称，英伟达所持的三张美国许可证已被暂停，调查人员正核查芯片是否流向未获批买家。').filter((t) =>
        t.includes('三张'),
      ),
    ).toEqual([]);
    expect(
      kindsOfWaiting(
        '后续申请H200的企业或须按1:1比例搭配采购国产算力卡',
        '据财新了解，主管部门已向正在排队的H200进口申请企业吹风，后续获批者可能须按一比一的数量搭配采购国产AI加速卡，比例较首批三家平台更为严格。',
      ),
    ).toEqual(['condition_proposed other-cn-firms']);
  });
});
