import { describe, expect, it } from 'vitest';
import { isLandmarkId, LANDMARKS } from '../anatomy/landmarks';
import { ANATOMY_REFERENCES, findAnatomyReference } from '../anatomy/reference';
import { anatomySearchEntries } from './anatomy-search-entries';
import { createSearchIndex } from './create-search-index';

const index = createSearchIndex(anatomySearchEntries());

function topKey(query: string): string | undefined {
  return index.search(query)[0]?.entry.key;
}

describe('anatomySearchEntries', () => {
  const entries = anatomySearchEntries();

  it('has one entry per reference record and per landmark, with unique keys', () => {
    expect(entries).toHaveLength(ANATOMY_REFERENCES.length + LANDMARKS.length);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
  });

  it('points every entry at a record or landmark of the matching kind', () => {
    for (const e of entries) {
      if (e.kind === 'landmark') {
        expect(isLandmarkId(e.targetId), e.key).toBe(true);
      } else {
        const record = findAnatomyReference(e.targetId);
        expect(record, e.key).toBeDefined();
        expect(record?.kind.startsWith(e.kind), e.key).toBe(true);
      }
      expect(e.title.length, e.key).toBeGreaterThan(0);
      expect(e.subtitle?.length ?? 0, e.key).toBeGreaterThan(0);
    }
  });
});

describe('anatomy search: names, synonyms and abbreviations', () => {
  const cases: [string, string][] = [
    ['gluteus medius', 'muscle:gluteus-medius'],
    ['medius', 'muscle:gluteus-medius'],
    ['glute med', 'muscle:gluteus-medius'],
    ['GMed', 'muscle:gluteus-medius'],
    ['glute max', 'muscle:gluteus-maximus'],
    ['musculus gluteus maximus', 'muscle:gluteus-maximus'],
    ['TFL', 'muscle:tensor-fasciae-latae'],
    ['tensor fascia lata', 'muscle:tensor-fasciae-latae'],
    ['ITB', 'tendon:iliotibial-band'],
    ['IT band', 'tendon:iliotibial-band'],
    ['iliotibial tract', 'tendon:iliotibial-band'],
    ['psoas', 'muscle:psoas-major'],
    ['iliacus', 'muscle:iliacus'],
    ['SGN', 'nerve:superior-gluteal-nerve'],
    ['IGN', 'nerve:inferior-gluteal-nerve'],
    ['nervus ischiadicus', 'nerve:sciatic-nerve'],
    ['sciatic', 'nerve:sciatic-nerve'],
    ['LFCN', 'nerve:lateral-femoral-cutaneous-nerve'],
    ['hip bone', 'bone:hip-bone'],
    ['pelvis', 'bone:hip-bone'],
    ['os coxae', 'bone:hip-bone'],
    ['innominate', 'bone:hip-bone'],
    ['tailbone', 'bone:coccyx'],
    ['kneecap', 'bone:patella'],
    ['thigh bone', 'bone:femur'],
    ['L4', 'bone:vertebra-l4'],
    ['ASIS', 'landmark:ASIS'],
    ['anterior superior iliac spine', 'landmark:ASIS'],
    ['sitting bone', 'landmark:ischial-tuberosity'],
    ['greater trochanter', 'landmark:greater-trochanter-tip'],
    ['belly button', 'landmark:umbilicus'],
  ];
  it.each(cases)('"%s" finds %s first', (query, key) => {
    expect(topKey(query)).toBe(key);
  });
});

describe('anatomy search: typo tolerance', () => {
  const cases: [string, string][] = [
    ['glutues medus', 'muscle:gluteus-medius'],
    ['gluteus medus', 'muscle:gluteus-medius'],
    ['glteus minimus', 'muscle:gluteus-minimus'],
    ['piriformus', 'muscle:piriformis'],
    ['pirformis', 'muscle:piriformis'],
    ['illiacus', 'muscle:iliacus'],
    ['psaos', 'muscle:psoas-major'],
    ['tensor fascie latte', 'muscle:tensor-fasciae-latae'],
    ['sciatc nerve', 'nerve:sciatic-nerve'],
    ['femur', 'bone:femur'],
    ['femr', 'bone:femur'],
    ['glutues', 'muscle:gluteus-maximus'],
    ['Glúteus Médius', 'muscle:gluteus-medius'],
    ['ＴＦＬ', 'muscle:tensor-fasciae-latae'],
  ];
  it.each(cases)('"%s" finds %s first', (query, key) => {
    expect(topKey(query)).toBe(key);
  });

  it('finds all three glutei for a misspelt "glutues", each ranked above other kinds', () => {
    const keys = index.search('glutues').map((r) => r.entry.key);
    expect(keys.slice(0, 3).sort()).toEqual([
      'muscle:gluteus-maximus',
      'muscle:gluteus-medius',
      'muscle:gluteus-minimus',
    ]);
  });
});

describe('anatomy search: ranking', () => {
  it('puts the structure before landmarks that mention it', () => {
    const keys = index.search('psoas').map((r) => r.entry.key);
    expect(keys[0]).toBe('muscle:psoas-major');
    expect(keys).toContain('landmark:psoas-inguinal-crossing');
  });

  it('ranks the vertebra before its landmarks for "L5"', () => {
    const keys = index.search('L5', { limit: 4 }).map((r) => r.entry.key);
    expect(keys[0]).toBe('bone:vertebra-l5');
    expect(keys).toContain('landmark:L5-spinous-process');
  });

  it('reports what matched and how', () => {
    const [first] = index.search('glute med');
    expect(first?.match).toBe('exact');
    expect(first?.matchedTerm).toBe('glute med');
    expect(index.search('piriformus')[0]?.match).toBe('fuzzy');
  });

  it('can be limited to some kinds', () => {
    const results = index.search('iliac', { kinds: ['landmark'] });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.entry.kind === 'landmark')).toBe(true);
  });
});
