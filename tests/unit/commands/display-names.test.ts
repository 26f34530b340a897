/** Issue 13: replies, history and alerts use display names ("ordered by ByteDance"), never ids ("by bytedance"). */
import { describe, expect, it } from 'vitest';
import { toAlertEvents } from '../../../src/alerts/from-ledger.js';
import { renderAlert } from '../../../src/alerts/render-alert.js';
import { renderText } from '../../../src/platforms/shell/render-text.js';
import { storyLedger } from '../../fakes/story-ledger.js';

describe('display names everywhere', () => {
  it('history of an order and of an allocation edit names the parties', async () => {
    const { run } = await storyLedger();
    await run('/greenlight order add item:h200 quantity:150k buyer:bytedance authorization:cn-h200-import-group');
    const order = (await run('/greenlight history ord-1')).text;
    expect(order).toContain('150,000 chips by ByteDance (placed)');
    expect(order).not.toMatch(/by bytedance/);

    const edit = (await run('/greenlight track edit cn-h200-import-group allocations:bytedance=150000,alibaba=100000')).text;
    expect(edit).toContain('allocations: none → ByteDance 150,000 chips, Alibaba 100,000 chips');
    const history = (await run('/greenlight history cn-h200-import-group')).text;
    expect(history).toMatch(/ByteDance 150,000\s/);
    expect(history).not.toMatch(/bytedance 150,000/);
  });

  it('holder and supply changes read as names in the reply and in the alert', async () => {
    const { run, ledger } = await storyLedger();
    const seq = ledger.state.seq;
    const edit = (await run('/greenlight track edit cn-h200-import-pending holders:tencent,alibaba')).text;
    expect(edit).toContain('holders: Other Chinese firms → Tencent, Alibaba');
    const supply = (await run('/greenlight supply set item:h200 quantity:"about 650,000" holder:nvidia')).text;
    expect(supply).not.toMatch(/\bh200\b|\bnvidia\b/);
    const events = (await ledger.history({ limit: 50 })).filter((e) => e.seq > seq);
    const alerts = toAlertEvents(events, ledger.state).map((a) => renderText(renderAlert(a)));
    expect(alerts.join('\n')).toContain('Holders: Other Chinese firms → Tencent, Alibaba');
    expect(alerts.join('\n')).not.toMatch(/other-cn-firms|→ tencent/);
  });

  it('an order against an authorization its buyer does not hold names both', async () => {
    const { run } = await storyLedger();
    const { text } = await run('/greenlight order add item:h200 quantity:10 buyer:tencent authorization:cn-h200-import-pending');
    expect(text).toContain('Tencent is not a holder of China H200 import approvals for other firms (cn-h200-import-pending; holders: Other Chinese firms)');
  });
});
