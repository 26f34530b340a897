import { test } from 'vitest';
import { storyLedger } from '../../../../tests/fakes/story-ledger.js';
import { extractFacts } from '../../../../src/sources/extract/index.js';
test('x', async () => {
  const { ledger } = await storyLedger();
  for (const t of [
    'China approves ByteDance, Alibaba, Tencent to buy more than 400,000 Nvidia H200 chips in total - Reuters',
    'China revokes H200 approvals for ByteDance',
    'US suspends Nvidia H200 export licenses, sources say',
    'China approves Baidu to buy Nvidia H200 chips',
    'China approves Lenovo to buy Nvidia H200 chips - Bloomberg',
    'Analysts discuss H200 demand',
    'Chinese firms have ordered more than 2 million H200 chips',
    'ByteDance orders 100,000 H200 chips',
    'China considering approving H200 purchases by Tencent',
    'Revision to License Review Policy for Advanced Computing Commodities',
    'Weather is nice',
  ]) {
    const e = extractFacts({ title: t }, ledger.state);
    console.log(t, JSON.stringify({ ...e, text: undefined }));
  }
  console.log(JSON.stringify(ledger.state.authorization['cn-h200-import-group']));
});
