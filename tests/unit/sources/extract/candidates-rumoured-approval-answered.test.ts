/**
 * A firm answering a rumour of its approval with its request still under review: the approval is denied, and the
 * wait is no request of its own (网传获批消息不实 with 仍在审批中; "online posts that claimed the ministry had signed
 * off" beside "still under review"; 申请仍在审核 尚未获得批准).
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a rumoured approval answered with the request still under review', () => {
  it('reads the rumoured approval as denied, and no request beside it (Chinese)', () => {
    expect(
      told(
        '青川果业澄清：H200进口仍在审批中 网传获批消息不实',
        '对于网络流传的公司已获准进口英伟达H200一事，青川果业证券部人士表示，申请尚在商务部审查，公司至今未拿到批复。',
      ),
    ).toEqual(['grant/denied 青川果业']);
  });

  it('reads the rumoured approval as denied, and no request beside it (English)', () => {
    expect(
      told(
        'Qingchuan Fruit says its H200 import request is still under review',
        'Qingchuan Fruit said it has not received permission to import Nvidia H200 chips, responding to online posts that claimed the commerce ministry had signed off on its application.',
      ),
    ).toEqual(['grant/denied Qingchuan Fruit']);
  });

  it('reads a request still under review beside an approval not yet had as that one fact', () => {
    expect(
      told('青川果业回应H200进口传闻：申请仍在审核 尚未获得批准', '青川果业相关人士表示，公司提交的申请仍在商务部审核流程中，目前没有收到任何批复。'),
    ).toEqual(['grant/denied 青川果业']);
  });

  it('keeps an approval told firmly beside a request of another firm still waiting', () => {
    expect(told('Qingchuan Fruit wins approval to import 96 H200s; Tencent’s request for more is still under review')).toContainEqual(
      expect.stringMatching(/^grant\/reported Qingchuan Fruit/),
    );
  });
});

describe('a filing telling the request turned down', () => {
  it('reads 事项未获批准 and 最终未获同意 as the refusal', () => {
    expect(
      told(
        '青川果业：关于H200芯片进口申请结果的公告',
        '青川果业股份有限公司公告，公司近日接到商务部通知，公司申请进口H200芯片事项未获批准，公司将改用国产算力。',
      ),
    ).toEqual(['denial/reported 青川果业']);
    expect(
      told(
        '青川果业：关于H200芯片进口申请结果的公告',
        '青川果业股份有限公司公告，公司年初报送商务部的英伟达H200引进申请最终未获同意，本事项对经营业绩无重大影响。',
      ),
    ).toEqual(['denial/reported 青川果业']);
  });
});
