import type { Side } from '../anatomy/sides';

/** Kinds of thing the search can find, in the order they rank when scores tie. */
export const SEARCH_KINDS = [
  'muscle',
  'tendon',
  'bone',
  'nerve',
  'landmark',
  'motor-point',
  'acupuncture-point',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * One searchable thing. Other modules add their own entries (motor points, acupuncture points)
 * by building these and passing them to `createSearchIndex` together with
 * `anatomySearchEntries()`.
 */
export interface SearchEntry {
  /** Unique across the index, e.g. `muscle:gluteus-medius` or `motor-point:gmed-anterior`. */
  readonly key: string;
  readonly kind: SearchKind;
  /** The id the app selects when the entry is chosen (vocabulary id, motor point id, ...). */
  readonly targetId: string;
  readonly side?: Side;
  /** Shown as the result's main line; always searched. */
  readonly title: string;
  /** Shown under the title; not searched. */
  readonly subtitle?: string;
  /** Other names searched: Latin, plain-language names, synonyms, abbreviations. */
  readonly terms: readonly string[];
}

/**
 * How a result matched, best first.
 * @internal
 */
export const MATCH_KINDS = ['exact', 'prefix', 'token', 'fuzzy', 'partial'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface SearchResult {
  readonly entry: SearchEntry;
  /** Higher is better; only meaningful for ordering within one search. */
  readonly score: number;
  readonly match: MatchKind;
  /** The title or term that matched best, as written in the entry. */
  readonly matchedTerm: string;
}

export interface SearchOptions {
  /** Most results to return (defaults to `SEARCH_DEFAULTS.limit`). */
  readonly limit?: number;
  /** Only return entries of these kinds. */
  readonly kinds?: readonly SearchKind[];
}

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchResult[];
  /** Number of entries in the index. */
  readonly size: number;
}
