/**
 * Choosing and applying the interface language. A translation is one object with the same
 * structure as the English catalogue (`es/index.ts`); applying it writes its strings into the
 * live catalogue objects, so every module that reads a message (including the ones that import
 * a section directly) gets the chosen language. Latin names and citations stay as they are:
 * translations simply repeat them.
 */
import { type Catalogue, EN } from './catalogue';
import type { Language } from './choose-language';
import { ES } from './es';
import { setFormatLocale } from './format';

export { chooseLanguage, LANGUAGES, type Language } from './choose-language';

type Node = Record<string, unknown> | unknown[];

function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(deepCopy) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)])) as T;
  }
  return value;
}

/**
 * English as shipped, kept aside (on the first switch away from it) so switching back restores
 * it. Copied only then: most pages stay in English, and the copy is a start-up cost.
 */
let english: Catalogue | undefined;
const catalogue = (language: Language): Catalogue => {
  if (language === 'es') return ES;
  return english ?? EN;
};

const LOCALES: Record<Language, string> = { en: 'en-GB', es: 'es-ES' };

let active: Language = 'en';

export function activeLanguage(): Language {
  return active;
}

function assignInto(target: Node, source: Node): void {
  if (Array.isArray(target) && Array.isArray(source)) {
    target.length = 0;
    for (const item of source) target.push(deepCopy(item));
    return;
  }
  const t = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(source)) {
    const current = t[key];
    if (
      typeof value === 'object' &&
      value !== null &&
      typeof current === 'object' &&
      current !== null &&
      Array.isArray(value) === Array.isArray(current)
    ) {
      assignInto(current as Node, value as Node);
    } else {
      t[key] = deepCopy(value);
    }
  }
}

/** Make `language` the language of every message. */
export function applyLanguage(language: Language): void {
  if (language !== active) {
    if (active === 'en') english ??= deepCopy(EN);
    assignInto(EN as unknown as Node, catalogue(language) as unknown as Node);
  }
  active = language;
  setFormatLocale(LOCALES[language]);
}
