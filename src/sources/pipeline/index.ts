/** From source items to ledger events and alert events. */
export { createIngestor, type Ingestor, type IngestorDeps } from './ingestor.js';
export type { IngestBatch, IngestOutcome, SourceItem, SourceMode, StructuredFact } from './types.js';
export { storyKey, decodeNote, type IngestMark } from './story-index.js';
export type { RecentItem } from './recent-items.js';
export type { ProposedAuthorization } from './review-candidates.js';
export { FileStoryMemory, InMemoryStoryMemory, type StoryMemory } from './story-memory.js';
