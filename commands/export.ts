/** `/greenlight export`: the whole ledger as JSON, importable with `/greenlight import` (admins). */
import { z } from 'zod';
import { exportLedger } from '../src/core/changes/entity.js';
import type { Command } from './lib/types.js';

const input = z.object({});

export const exportCommand = {
  name: 'export',
  description: 'Export the ledger as JSON (admins)',
  options: [],
  input,
  permission: 'admin',
  run(_opts, { ledger }) {
    const content = JSON.stringify(exportLedger(ledger.state), null, 2);
    const counts = Object.keys(ledger.state.authorization).length;
    return {
      severity: 'info',
      title: 'Ledger export',
      text: `${counts} authorization${counts === 1 ? '' : 's'}, as of event #${ledger.state.seq}.`,
      file: { name: `greenlight-ledger-${ledger.state.seq}.json`, content },
      private: true,
    };
  },
} satisfies Command<typeof input>;
