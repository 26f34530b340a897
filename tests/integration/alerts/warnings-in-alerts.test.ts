/**
 * Issue 13, "accept them with a visible warning in the reply and in the alert": the same
 * ⚠ sentence the admin reads in the reply reaches the subscribed channel, instantly and in a digest.
 */
import { afterEach, expect, it } from 'vitest';
import { renderText } from '../../../src/platforms/shell/render-text.js';
import { FakeDeliveryTarget } from '../../fakes/fake-delivery-target.js';
import { channel, harness, tempDir } from './harness.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup() {
  const { dir, cleanup } = await tempDir();
  const target = new FakeDeliveryTarget('test');
  const h = await harness({ dir, targets: [target] });
  cleanups.push(cleanup, () => h.service.close());
  return { ...h, target };
}

it('allocations above the quota: the alert carries the warning the reply gave', async () => {
  const { run, target } = await setup();
  const here = channel('h200');
  await run('/greenlight subscribe', here);
  const { reply, text } = await run('/greenlight track edit cn-h200-import-group allocations:"bytedance=300000, alibaba=200000"', here);
  expect(text).toContain('⚠ The allocations add up to 500,000 chips, more than the quota (over 400,000 chips)');
  await target.waitFor(1);
  const alert = target.delivered[0]!.alert.content;
  expect(alert.severity).toBe('warning');
  expect(renderText(alert)).toContain('⚠ The allocations add up to 500,000 chips, more than the quota (over 400,000 chips); check the figures.');
  expect(reply.severity).toBe('warning');
});

it('an order above what remains: the new-order alert carries the warning', async () => {
  const { run, target } = await setup();
  const here = channel('h200');
  await run('/greenlight subscribe kinds:order.new', here);
  // An order that fits says nothing of the kind.
  await run('/greenlight order add item:h200 quantity:10 buyer:Alibaba authorization:cn-h200-import-group', here);
  await target.waitFor(1);
  expect(renderText(target.delivered[0]!.alert.content)).not.toContain('⚠');
  const { text } = await run('/greenlight order add item:h200 quantity:450000 buyer:ByteDance authorization:cn-h200-import-group', here);
  expect(text).toContain('⚠ This order is more than what remained of the quota');
  await target.waitFor(2);
  const alert = renderText(target.delivered[1]!.alert.content);
  expect(alert).toMatch(/⚠ This order is more than what remained of the quota \(\w+ 399,990 chips\); check the figures\./);
});

it('a digest keeps the warning', async () => {
  const { run, target, scheduler } = await setup();
  const here = channel('digest');
  await run('/greenlight subscribe mode:digest digest:"0 8 * * *"', here);
  await run('/greenlight track edit cn-h200-import-group allocations:"bytedance=300000, alibaba=200000"', here);
  const job = [...scheduler.jobs.keys()].find((k) => k.startsWith('digest'))!;
  await scheduler.fire(job);
  await target.waitFor(1);
  expect(renderText(target.delivered[0]!.alert.content)).toContain('⚠ The allocations add up to 500,000 chips');
});
