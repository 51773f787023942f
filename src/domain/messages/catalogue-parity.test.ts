import { describe, expect, it } from 'vitest';
import { EN } from './catalogue';
import { ES } from './es';

type Shape = string;

/**
 * Every leaf of a catalogue as `path: kind` (string, function, array length, object). Generic:
 * it walks whatever keys the English catalogue has, so keys added later are covered too.
 */
function shape(value: unknown, path = ''): Shape[] {
  if (typeof value === 'string') return [`${path}: string`];
  if (typeof value === 'function') return [`${path}: function(${value.length})`];
  if (Array.isArray(value)) {
    return [
      `${path}: array[${value.length}]`,
      ...value.flatMap((v, i) => shape(v, `${path}[${i}]`)),
    ];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  }
  return [`${path}: ${typeof value}`];
}

const TRANSLATIONS = { es: ES };

describe('message catalogue parity', () => {
  for (const [language, catalogue] of Object.entries(TRANSLATIONS)) {
    it(`${language} has exactly the keys of English, each of the same kind`, () => {
      const english = new Set(shape(EN));
      const other = new Set(shape(catalogue));
      const missing = [...english].filter((entry) => !other.has(entry));
      const extra = [...other].filter((entry) => !english.has(entry));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${language} translates the sentences (not a copy of English)`, () => {
      const english = shape(EN).length;
      // A citation ({ title, url }) stays as published in every language.
      const isCitation = (value: object) => 'title' in value && 'url' in value;
      const strings = (value: unknown): string[] =>
        typeof value === 'string'
          ? [value]
          : typeof value === 'object' && value !== null && !isCitation(value)
            ? Object.values(value).flatMap(strings)
            : [];
      const en = strings(EN);
      const other = strings(catalogue);
      // Long sentences identical to English mean an untranslated entry (short ones may be
      // names or codes that stay the same).
      const copied = other.filter((text, i) => text.length > 30 && text === en[i]);
      expect(copied).toEqual([]);
      expect(english).toBeGreaterThan(100);
    });
  }

  it('reports a key present in one language only', () => {
    const withExtra = { ...EN, extraSection: { hello: 'hello' } };
    const english = new Set(shape(EN));
    const missing = shape(withExtra).filter((entry) => !english.has(entry));
    expect(missing).toEqual(['extraSection.hello: string']);
  });
});
