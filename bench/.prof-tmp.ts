import { join } from 'node:path';
import { extractCandidates } from '../src/sources/extract/index.js';
import { seedToExport } from '../src/seed/seed-ledger.js';
import { emptyState } from '../src/core/model.js';
import { loadConfigFile } from '../config/load-config.js';
const STORY = [
  'China approves ByteDance, Alibaba, Tencent to buy more than 400,000 Nvidia H200 chips in total - Reuters',
  'Chinese firms have ordered more than 2 million H200 chips, against about 700,000 in Nvidia\'s inventory',
  'Nvidia denies report that China approved H200 purchases',
  'China is weighing approval of H200 purchases for Alibaba, people familiar say',
  '中国商务部批准字节跳动、阿里巴巴和腾讯合计采购超过40万颗英伟达H200芯片',
  '据悉，腾讯拟申请购买H200',
  'US approves H20 exports to China',
  'Opinion: Why China approved the H200',
];
const config = loadConfigFile(join(import.meta.dirname, '../config/greenlight.yml'));
const data = seedToExport(config.seed, '2026-01-29T00:00:00Z');
const state = emptyState();
for (const kind of ['party', 'authority', 'item', 'authorization', 'condition', 'order', 'supply'] as const) Object.assign(state[kind], data[kind]);
state.seq = 1;
const story = Array.from({ length: 250 }, (_, k) => ({ title: STORY[k % STORY.length]!, summary: k % 2 ? STORY[(k + 3) % STORY.length]! : '' }));
const rounds = Number(process.env.ROUNDS ?? 60);
for (let r = 0; r < rounds; r++) { const t = performance.now(); for (const i of story) extractCandidates(i, state); if (r % 10 === 9) console.log(Math.round(250 / ((performance.now() - t) / 1000))); }
