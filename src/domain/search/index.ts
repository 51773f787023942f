export { anatomySearchEntries } from './anatomy-search-entries';
export { createSearchIndex, SEARCH_DEFAULTS, type SearchIndexOptions } from './create-search-index';
export { boundedEditDistance } from './edit-distance';
export { normalizeText, tokensOf } from './normalize-text';
export { acupunctureSearchEntries, motorPointSearchEntries } from './point-search-entries';
export * from './search-types';
