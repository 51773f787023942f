import { describe, expect, it } from 'vitest';
import { anatomySearchEntries } from './anatomy-search-entries';
import { createSearchIndex } from './create-search-index';
import { acupunctureSearchEntries, motorPointSearchEntries } from './point-search-entries';

/** The index the app builds: anatomy, motor points and acupuncture points together. */
const index = createSearchIndex([
  ...anatomySearchEntries(),
  ...motorPointSearchEntries(),
  ...acupunctureSearchEntries(),
]);
const first = (query: string) => index.search(query)[0]?.entry;

describe('what clinicians and students type finds the right thing first', () => {
  it.each([
    ['TFL nerve entry', 'motor-point', 'tensor-fasciae-latae-nerve-entry'],
    ['tensor fascia lata nerve entry', 'motor-point', 'tensor-fasciae-latae-nerve-entry'],
    ['tfl nerve entry', 'motor-point', 'tensor-fasciae-latae-nerve-entry'],
    ['piriformis nerve entry', 'motor-point', 'piriformis-nerve-entry'],
    ['gluteus medius posterior', 'motor-point', 'gluteus-medius-posterior'],
  ])('"%s" leads to that point', (query, kind, id) => {
    expect(first(query)).toMatchObject({ kind, targetId: id });
  });

  it.each([
    ['psoas motor point', 'psoas-major-'],
    ['psoas motor points', 'psoas-major-'],
    ['gluteus medius motor points', 'gluteus-medius-'],
    ['glute med motor point', 'gluteus-medius-'],
    ['gluteal medius motor point', 'gluteus-medius-'],
    ['iliacus motor point', 'iliacus-'],
    ['piriformis motor points', 'piriformis-'],
    ['psoas major motor point', 'psoas-major-'],
    ['TFL motor point', 'tensor-fasciae-latae-'],
    ['gluteus maximus motor points', 'gluteus-maximus-'],
    ['gluteus minimus motor point', 'gluteus-minimus-'],
  ])('"%s" lists that muscle\'s motor points first', (query, prefix) => {
    // The muscle's shown points (up to three) lead; piriformis shows two of its three records.
    const shown = motorPointSearchEntries().filter((e) => e.targetId.startsWith(prefix)).length;
    const top = index.search(query).slice(0, Math.min(3, shown));
    expect(top).toHaveLength(Math.min(3, shown));
    expect(shown, 'the muscle has searchable points').toBeGreaterThan(1);
    for (const result of top) {
      expect(result.entry.kind).toBe('motor-point');
      expect(result.entry.targetId.startsWith(prefix), result.entry.targetId).toBe(true);
    }
  });

  it.each([
    ['musculus iliacus', 'iliacus'],
    ['musculus gluteus medius', 'gluteus-medius'],
    ['musculus piriformis', 'piriformis'],
    ['glutaeus maximus', 'gluteus-maximus'],
    ['gluteus minimis', 'gluteus-minimus'],
    ['gluteus medeus', 'gluteus-medius'],
    ['piriformus', 'piriformis'],
    ['illiacus', 'iliacus'],
    ['tensor fascia lata', 'tensor-fasciae-latae'],
    ['psoas', 'psoas-major'],
    ['musculus psoas major', 'psoas-major'],
    ['musculus tensor fasciae latae', 'tensor-fasciae-latae'],
    ['m. gluteus medius', 'gluteus-medius'],
    ['gluteous maximus', 'gluteus-maximus'],
    ['glueteus medius', 'gluteus-medius'],
    ['glute max', 'gluteus-maximus'],
    ['iliakus', 'iliacus'],
    ['psoaz', 'psoas-major'],
  ])('"%s" (Latin name or misspelling) leads to the muscle', (query, id) => {
    expect(first(query)).toMatchObject({ kind: 'muscle', targetId: id });
  });

  it('a muscle name alone still leads to the muscle before its points', () => {
    expect(first('gluteus medius')).toMatchObject({ kind: 'muscle', targetId: 'gluteus-medius' });
    expect(first('TFL')).toMatchObject({ kind: 'muscle', targetId: 'tensor-fasciae-latae' });
  });
});
