// Starts a TypeScript worker under tsx (npm start, vitest, the bench). On Node 20, tsx registers
// its loader in the main thread only, and workers do not inherit vitest's transform, so the
// worker registers tsx itself before importing its TypeScript entry (workerData.entry).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
