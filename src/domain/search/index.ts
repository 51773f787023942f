export { anatomySearchEntries } from './anatomy-search-entries';
export { createSearchIndex } from './create-search-index';
export { acupunctureSearchEntries, motorPointSearchEntries } from './point-search-entries';
export * from './search-types';
