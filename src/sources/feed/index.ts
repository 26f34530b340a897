export { decodeFeedBytes, detectFeedEncoding, type DetectedEncoding, type EncodingSource } from './decode.js';
export { FeedParseError, type FeedParseErrorCode } from './errors.js';
export { parseFeed, parseFeedBytes, type ParseFeedOptions } from './parse-feed.js';
export { cleanText, toIsoDate } from './text.js';
export type { FeedItem, ParsedFeed, WarnLogger } from './types.js';
