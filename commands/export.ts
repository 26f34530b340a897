/**
 * `/greenlight export`: the whole ledger and its history as a file, importable with
 * `/greenlight import` or `npm run ledger -- import` (admins). The reply carries the file;
 * each platform delivers it as it can (an attachment on Slack and Discord, a file under the
 * data folder in the shell).
 */
import { z } from 'zod';
import { serializeLedgerFile } from '../src/core/ledger-file.js';
import type { Command } from './lib/types.js';

const input = z.object({});

/** `greenlight-ledger-2026-12-01T08-40-00Z.json`: sorts by time, safe on every file system. */
export function exportFileName(at: Date): string {
  return `greenlight-ledger-${at
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')}.json`;
}

function count(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

export const exportCommand = {
  name: 'export',
  description: 'Export the ledger and its history as a file (admins)',
  options: [],
  input,
  permission: 'admin',
  async run(_opts, { ledger }) {
    const history = await ledger.history({});
    // Read the state right after the history, in the same turn; events appended meanwhile wait for the next export.
    const state = ledger.state;
    const events = history.filter((e) => e.seq <= state.seq);
    const at = ledger.now();
    const content = serializeLedgerFile(state, events, at.toISOString());
    const text =
      `${count(Object.keys(state.authorization).length, 'authorization')}, ${count(Object.keys(state.party).length, 'party').replace(/partys$/, 'parties')}, ` +
      `${count(Object.keys(state.order).length, 'order')} and ${count(events.length, 'history event')}, as of event #${state.seq}. ` +
      'Import it with `import file:` (or `npm run ledger -- import FILE` on the server).';
    return {
      severity: 'info',
      title: 'Ledger export',
      text,
      file: { name: exportFileName(at), content, mimeType: 'application/json' },
      private: true,
    };
  },
} satisfies Command<typeof input>;
