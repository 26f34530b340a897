export { assertPublicAddress, isNonPublicAddress, type LookupAll } from './address-guard.js';
export { SourceFetchError, isSourceFetchError, type SourceFetchErrorCode } from './errors.js';
export { fetchSource } from './fetch-source.js';
export { HostPoliteness, type HostPolitenessOptions } from './host-politeness.js';
export { parseRetryAfter } from './retry-after.js';
export type { FetchResult, FetchSourceOptions } from './types.js';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS } from './types.js';
