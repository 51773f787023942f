import { boundedEditDistance } from './edit-distance';
import { normalizeText, tokensOf } from './normalize-text';
import {
  type MatchKind,
  SEARCH_KINDS,
  type SearchEntry,
  type SearchIndex,
  type SearchKind,
  type SearchOptions,
  type SearchResult,
} from './search-types';

export interface SearchIndexOptions {
  /** Results returned when a search gives no `limit`. */
  readonly limit: number;
  /** Longer queries are cut to this many characters (after folding). */
  readonly maxQueryLength: number;
  /** Words of the query beyond this number are ignored. */
  readonly maxQueryTokens: number;
  /** Query words shorter than this must match exactly or as a prefix (no typo tolerance). */
  readonly minFuzzyTokenLength: number;
  /** Query words at least this long may have two typos; shorter ones one. */
  readonly twoTypoTokenLength: number;
}

/**
 * Defaults for `createSearchIndex`. A query word of 4–6 letters may have one typo and a word
 * of 7 or more letters two (an adjacent swap counts as one); words of 1–3 letters, such as
 * abbreviations, must match exactly or as a prefix.
 * @internal
 */
export const SEARCH_DEFAULTS: SearchIndexOptions = {
  limit: 8,
  maxQueryLength: 64,
  maxQueryTokens: 6,
  minFuzzyTokenLength: 4,
  twoTypoTokenLength: 7,
};

/*
 * Scoring. Each entry scores as its best term (its title or one of its terms). Tiers, best
 * first, whatever the quality within a tier:
 *   exact    the whole query equals the term (or does with spaces ignored)   980–1003
 *   prefix   the term starts with the query, ending on a word boundary       900–953
 *   token    every query word equals a word of the term ("med", "glute med")  850–893
 *   prefix   the term starts with the query, which stops mid-word            800–843
 *   token    every query word is a word of the term or the start of one      700–803
 *   fuzzy    every query word matches a word of the term, some with typos    400–553
 *   partial  at least half of the query words match                          100–323
 * So exact, prefix and token matches always rank before fuzzy ones. The title earns a small
 * bonus over other terms; ties fall back to kind, then title length.
 */
const TITLE_BONUS = 3;
const QUALITY_CACHE_SIZE = 64;
const PREFIX_QUALITY_MIN = 0.8;

interface IndexedTerm {
  readonly original: string;
  readonly text: string;
  readonly compact: string;
  readonly tokenIds: readonly number[];
  readonly isTitle: boolean;
}

interface IndexedEntry {
  readonly entry: SearchEntry;
  readonly terms: readonly IndexedTerm[];
  readonly kindRank: number;
}

interface TermMatch {
  readonly score: number;
  readonly match: MatchKind;
}

/** How well one query word matches one indexed word, from 0 (no match) to 1 (equal). */
function wordQuality(query: string, word: string, options: SearchIndexOptions): number {
  if (query === word) return 1;
  if (word.startsWith(query)) return PREFIX_QUALITY_MIN + 0.15 * (query.length / word.length);
  if (query.length < options.minFuzzyTokenLength) return 0;
  const maxTypos = query.length >= options.twoTypoTokenLength ? 2 : 1;
  const distance = boundedEditDistance(query, word, maxTypos);
  if (distance <= maxTypos) return 0.7 - 0.1 * distance;
  // An unfinished word with one typo after its first letter: compare with the start of the
  // indexed word, allowing the typed part to be one letter longer or shorter.
  if (word.length > query.length && word.charCodeAt(0) === query.charCodeAt(0)) {
    for (let length = query.length - 1; length <= query.length + 1; length++) {
      if (boundedEditDistance(query, word, 1, length) <= 1) return 0.45;
    }
  }
  return 0;
}

function scoreTerm(
  term: IndexedTerm,
  query: string,
  compactQuery: string,
  qualities: readonly Float64Array[],
): TermMatch | null {
  const bonus = term.isTitle ? TITLE_BONUS : 0;
  if (term.text === query || term.compact === compactQuery) {
    return { score: (term.text === query ? 1000 : 980) + bonus, match: 'exact' };
  }
  const ratio = compactQuery.length / term.compact.length;
  const prefix = term.text.startsWith(query);
  if (prefix && term.text.charAt(query.length) === ' ') {
    return { score: 900 + 50 * ratio + bonus, match: 'prefix' };
  }
  let matched = 0;
  let qualitySum = 0;
  let allPrefixOrBetter = true;
  let allExact = true;
  let usedWords = 0; // bit i set: the term's word i matched some query word
  const wordCount = Math.min(term.tokenIds.length, 30);
  for (const perWord of qualities) {
    let best = 0;
    let bestIndex = -1;
    for (let i = 0; i < wordCount; i++) {
      const quality = perWord[term.tokenIds[i] ?? 0] ?? 0;
      if (quality > best) {
        best = quality;
        bestIndex = i;
      }
    }
    if (best < 1) allExact = false;
    if (best > 0) {
      matched += 1;
      qualitySum += best;
      usedWords |= 1 << bestIndex;
      if (best < PREFIX_QUALITY_MIN) allPrefixOrBetter = false;
    }
  }
  const total = qualities.length;
  const coverage = bitCount(usedWords) / Math.max(1, wordCount);
  if (matched === total && allExact) {
    return { score: 850 + 40 * coverage + bonus, match: 'token' };
  }
  if (prefix || term.compact.startsWith(compactQuery)) {
    return { score: 800 + 40 * ratio + bonus, match: 'prefix' };
  }
  if (matched === 0) return null;
  const average = qualitySum / matched;
  if (matched === total && allPrefixOrBetter) {
    return { score: 700 + 60 * average + 40 * coverage + bonus, match: 'token' };
  }
  if (matched === total) {
    return { score: 400 + 100 * average + 50 * coverage + bonus, match: 'fuzzy' };
  }
  const fraction = matched / total;
  if (fraction < 0.5) return null;
  return { score: 100 + 200 * fraction * average + 20 * coverage + bonus, match: 'partial' };
}

function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count += 1;
  return count;
}

function clampLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined || Number.isNaN(limit)) return fallback;
  return Math.max(0, Math.min(1000, Math.floor(limit)));
}

/**
 * Builds a search index over `entries`: matches the title and terms by whole text, prefix,
 * words and words with typos, and ranks exact and prefix matches before fuzzy ones. Throws
 * when two entries share a key. Searching never throws, whatever the query.
 */
export function createSearchIndex(
  entries: readonly SearchEntry[],
  options: Partial<SearchIndexOptions> = {},
): SearchIndex {
  const settings: SearchIndexOptions = { ...SEARCH_DEFAULTS, ...options };
  const vocabulary: string[] = [];
  const wordIds = new Map<string, number>();
  const seenKeys = new Set<string>();

  function idOf(word: string): number {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = vocabulary.length;
      vocabulary.push(word);
      wordIds.set(word, id);
    }
    return id;
  }

  function indexTerm(original: string, isTitle: boolean): IndexedTerm | null {
    const text = normalizeText(original);
    if (text === '') return null;
    const tokenIds = [...new Set(tokensOf(text).map(idOf))];
    return { original, text, compact: text.replaceAll(' ', ''), tokenIds, isTitle };
  }

  const indexed: IndexedEntry[] = entries.map((entry) => {
    if (seenKeys.has(entry.key)) {
      throw new Error(
        `search: two entries share the key "${entry.key}"; give each entry a unique key, such as "${entry.kind}:${entry.targetId}:2".`,
      );
    }
    seenKeys.add(entry.key);
    const seenTexts = new Set<string>();
    const terms: IndexedTerm[] = [];
    const candidates: [string, boolean][] = [
      [entry.title, true],
      ...entry.terms.map((t): [string, boolean] => [t, false]),
      [entry.targetId, false],
    ];
    for (const [original, isTitle] of candidates) {
      const term = indexTerm(original, isTitle);
      if (term && !seenTexts.has(term.text)) {
        seenTexts.add(term.text);
        terms.push(term);
      }
    }
    return { entry, terms, kindRank: SEARCH_KINDS.indexOf(entry.kind) };
  });

  // Which entries use each word, so a search scores only entries that share a word with it.
  const postings: number[][] = vocabulary.map(() => []);
  indexed.forEach((item, entryIndex) => {
    for (const term of item.terms) {
      for (const wordId of term.tokenIds) {
        const list = postings[wordId];
        if (list && list[list.length - 1] !== entryIndex) list.push(entryIndex);
      }
    }
  });

  // Word qualities of recent query words: typing "psoas maj" reuses the work done for "psoas".
  const qualityCache = new Map<string, Float64Array>();
  function qualitiesOf(word: string): Float64Array {
    const cached = qualityCache.get(word);
    if (cached) return cached;
    const perWord = new Float64Array(vocabulary.length);
    for (let id = 0; id < vocabulary.length; id++) {
      perWord[id] = wordQuality(word, vocabulary[id] ?? '', settings);
    }
    if (qualityCache.size >= QUALITY_CACHE_SIZE) qualityCache.clear();
    qualityCache.set(word, perWord);
    return perWord;
  }

  /** Marks entries that share a word with the query (or could match it with spaces ignored). */
  function candidatesOf(words: readonly string[], qualities: readonly Float64Array[]) {
    const marked = new Uint8Array(indexed.length);
    const first = words[0] ?? '';
    for (let id = 0; id < vocabulary.length; id++) {
      let hit = first.startsWith(vocabulary[id] ?? '\u0000');
      for (let w = 0; !hit && w < qualities.length; w++) hit = (qualities[w]?.[id] ?? 0) > 0;
      if (!hit) continue;
      for (const entryIndex of postings[id] ?? []) marked[entryIndex] = 1;
    }
    return marked;
  }

  function search(query: string, searchOptions: SearchOptions = {}): SearchResult[] {
    const limit = clampLimit(searchOptions.limit, settings.limit);
    if (limit === 0 || typeof query !== 'string') return [];
    const folded = normalizeText(query.slice(0, settings.maxQueryLength * 4))
      .slice(0, settings.maxQueryLength)
      .trim();
    if (folded === '') return [];
    const words = [...new Set(tokensOf(folded))].slice(0, settings.maxQueryTokens);
    const text = words.join(' ');
    const compact = words.join('');
    const qualities = words.map(qualitiesOf);
    const candidates = candidatesOf(words, qualities);
    const kinds = searchOptions.kinds ? new Set<SearchKind>(searchOptions.kinds) : null;

    const results: (SearchResult & { readonly kindRank: number })[] = [];
    for (let entryIndex = 0; entryIndex < indexed.length; entryIndex++) {
      const item = indexed[entryIndex];
      if (!item || candidates[entryIndex] === 0) continue;
      if (kinds && !kinds.has(item.entry.kind)) continue;
      let best: TermMatch | null = null;
      let bestTerm = '';
      for (const term of item.terms) {
        const match = scoreTerm(term, text, compact, qualities);
        if (match && (!best || match.score > best.score)) {
          best = match;
          bestTerm = term.original;
        }
      }
      if (best) {
        results.push({
          entry: item.entry,
          score: best.score,
          match: best.match,
          matchedTerm: bestTerm,
          kindRank: item.kindRank,
        });
      }
    }
    results.sort(
      (a, b) =>
        b.score - a.score ||
        a.kindRank - b.kindRank ||
        a.entry.title.length - b.entry.title.length ||
        (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0),
    );
    return results
      .slice(0, limit)
      .map(({ entry, score, match, matchedTerm }) => ({ entry, score, match, matchedTerm }));
  }

  return { search, size: indexed.length };
}
