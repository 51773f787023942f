import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anatomySearchEntries } from './anatomy-search-entries';
import { createSearchIndex, SEARCH_DEFAULTS } from './create-search-index';
import { MATCH_KINDS, type SearchEntry, type SearchResult } from './search-types';

function entry(key: string, title: string, terms: string[] = []): SearchEntry {
  return { key, kind: 'muscle', targetId: key, title, terms };
}

const fixture = [
  entry('medius', 'Gluteus medius', ['glute med']),
  entry('maximus', 'Gluteus maximus'),
  entry('medial', 'Medial epicondyle'),
  entry('piriformis', 'Piriformis'),
  entry('piri-line', 'Pirifor line'),
];

/** Exact, prefix and token matches (in any order among themselves) come before fuzzy ones. */
function fuzzyComesLast(results: readonly SearchResult[]): boolean {
  const firstFuzzy = results.findIndex((r) => r.match === 'fuzzy' || r.match === 'partial');
  if (firstFuzzy < 0) return true;
  return results.slice(firstFuzzy).every((r) => r.match === 'fuzzy' || r.match === 'partial');
}

describe('createSearchIndex: ranking', () => {
  const index = createSearchIndex(fixture);

  it('ranks an exact term first', () => {
    const [first] = index.search('glute med');
    expect(first?.entry.key).toBe('medius');
    expect(first?.match).toBe('exact');
  });

  it('ranks a whole-word match above a prefix that stops mid-word', () => {
    expect(index.search('med').map((r) => r.entry.key)).toEqual(['medius', 'medial']);
  });

  it('ranks prefix matches before typo matches', () => {
    const results = index.search('pirifor');
    expect(results.map((r) => r.entry.key)).toEqual(['piri-line', 'piriformis']);
    expect(results.map((r) => r.match)).toEqual(['prefix', 'prefix']);
    const typo = index.search('pirifrom');
    expect(typo[0]?.entry.key).toBe('piriformis');
    expect(typo[0]?.match).toBe('fuzzy');
  });

  it('keeps exact, prefix and token matches ahead of fuzzy ones on the anatomy index', () => {
    const anatomyIndex = createSearchIndex(anatomySearchEntries());
    for (const query of ['gluteus', 'iliac', 'nerve', 'minimus', 'sciatic', 'patella', 'l']) {
      const results = anatomyIndex.search(query, { limit: 50 });
      expect(fuzzyComesLast(results), query).toBe(true);
      for (let i = 1; i < results.length; i++) {
        expect(results[i - 1]?.score ?? 0, query).toBeGreaterThanOrEqual(results[i]?.score ?? 0);
      }
    }
  });

  it('tolerates one typo in short words and two in long ones, but none in abbreviations', () => {
    expect(index.search('medus')[0]?.entry.key).toBe('medius');
    expect(index.search('piriformus')[0]?.entry.key).toBe('piriformis');
    expect(index.search('gluetus maximsu')[0]?.entry.key).toBe('maximus');
    const abbreviations = createSearchIndex([entry('tfl', 'TFL'), entry('itb', 'ITB')]);
    expect(abbreviations.search('tlf')).toEqual([]);
  });

  it('breaks ties by kind, then by shorter title', () => {
    const tied = createSearchIndex([
      { key: 'mp', kind: 'motor-point', targetId: 'a', title: 'Psoas', terms: [] },
      { key: 'lm', kind: 'landmark', targetId: 'b', title: 'Psoas', terms: [] },
      { key: 'm', kind: 'muscle', targetId: 'c', title: 'Psoas', terms: [] },
    ]);
    expect(tied.search('psoas').map((r) => r.entry.key)).toEqual(['m', 'lm', 'mp']);
  });

  it('matches the target id as a term', () => {
    expect(index.search('piri line')[0]?.entry.key).toBe('piri-line');
  });
});

describe('createSearchIndex: options and extension', () => {
  it('honours the limit, defaulting to SEARCH_DEFAULTS.limit', () => {
    const many = createSearchIndex(
      Array.from({ length: 20 }, (_, i) => entry(`e${i}`, `Gluteal part ${i}`)),
    );
    expect(many.search('gluteal')).toHaveLength(SEARCH_DEFAULTS.limit);
    expect(many.search('gluteal', { limit: 3 })).toHaveLength(3);
    expect(many.search('gluteal', { limit: 0 })).toEqual([]);
    expect(many.search('gluteal', { limit: -5 })).toEqual([]);
    expect(many.search('gluteal', { limit: Number.NaN })).toHaveLength(SEARCH_DEFAULTS.limit);
    expect(many.size).toBe(20);
  });

  it('lets other modules add their own entries, such as motor points', () => {
    const motorPoint: SearchEntry = {
      key: 'motor-point:gluteus-medius-anterior',
      kind: 'motor-point',
      targetId: 'gluteus-medius-anterior',
      side: 'left',
      title: 'Gluteus medius, anterior motor point',
      subtitle: 'Nerve entry zone',
      terms: ['GMed MP', 'anterior gluteus medius'],
    };
    const index = createSearchIndex([...anatomySearchEntries(), motorPoint]);
    expect(index.search('gmed mp')[0]?.entry).toBe(motorPoint);
    const medius = index.search('gluteus medius').map((r) => r.entry.key);
    expect(medius[0]).toBe('muscle:gluteus-medius');
    expect(medius).toContain('motor-point:gluteus-medius-anterior');
  });

  it('refuses two entries with the same key and names the key', () => {
    expect(() => createSearchIndex([entry('x', 'One'), entry('x', 'Two')])).toThrow(
      /search: .*"x"/,
    );
  });

  it('accepts entries with no usable text and never returns them', () => {
    const index = createSearchIndex([entry('…', '  ', ['—'])]);
    expect(index.search('anything')).toEqual([]);
  });
});

describe('createSearchIndex: odd queries never throw', () => {
  const index = createSearchIndex(anatomySearchEntries());

  it('returns nothing for empty, blank or symbol-only queries', () => {
    for (const query of ['', ' ', '\t\n', '   \u00a0  ', '!!!', '🙂🙂', '\u200b']) {
      expect(index.search(query), JSON.stringify(query)).toEqual([]);
    }
  });

  it('copes with very long queries', () => {
    expect(() => index.search('gluteus '.repeat(10_000))).not.toThrow();
    expect(index.search(`${'x'.repeat(100_000)}`)).toEqual([]);
    expect(index.search(`psoas ${'z'.repeat(5_000)}`)[0]?.entry.key).toBe('muscle:psoas-major');
  });

  it('copes with odd unicode', () => {
    const odd = [
      '\uD800',
      '\uDC00gluteus',
      'e\u0301\u0301\u0301',
      '𝔤𝔩𝔲𝔱𝔢𝔲𝔰',
      'ﬁbula',
      'غلوتيوس',
      '\u0000psoas',
      '👨‍👩‍👧 psoas',
      'İliacus',
    ];
    for (const query of odd) expect(() => index.search(query), query).not.toThrow();
    expect(index.search('ﬁbula')[0]?.entry.key).toBe('bone:fibula');
    expect(index.search('\u0000psoas')[0]?.entry.key).toBe('muscle:psoas-major');
  });

  it('never throws and returns at most the limit, best first, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(20), (query, limit) => {
        const results = index.search(query, { limit });
        expect(results.length).toBeLessThanOrEqual(limit);
        for (const r of results) expect(MATCH_KINDS).toContain(r.match);
        for (let i = 1; i < results.length; i++) {
          expect(results[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(results[i]?.score ?? 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer for the same query (deterministic order)', () => {
    const first = index.search('gluteus', { limit: 20 }).map((r) => r.entry.key);
    const again = index.search('gluteus', { limit: 20 }).map((r) => r.entry.key);
    expect(again).toEqual(first);
  });
});
