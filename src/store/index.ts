/** The storage layer: LedgerStore implementations and the pieces others may reuse. */
export { StoreError, isStoreError, type StoreErrorCode } from './store-error.js';
export { LowdbLedgerStore, type LowdbLedgerStoreOptions, type LedgerStoreStats } from './lowdb-ledger-store.js';
export { MemoryLedgerStore } from './memory-ledger-store.js';
export { Journal, type JournalEntry, type AppendResult } from './journal.js';
export { type JournalOptions } from './journal-options.js';
export { DurableJsonFile } from './durable-json-file.js';
export { FileLock } from './file-lock.js';
export { CURRENT_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations.js';
export { filterHistory, matchesHistoryQuery } from './history-query.js';
