/**
 * Which interface language to show, decided without loading any catalogue: the page frame
 * shown before the app's code arrives needs the answer too.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to show: `lang=` from the link if it names a supported one, otherwise the
 * first of the browser's languages we have, otherwise English.
 */
export function chooseLanguage(
  langParam: string | null,
  browserLanguages: readonly string[],
): { language: Language; invalid: string | null } {
  if (langParam !== null) {
    const base = langParam.toLowerCase().split('-')[0];
    if (isLanguage(base)) return { language: base, invalid: null };
  }
  const fromBrowser = browserLanguages
    .map((tag) => tag.toLowerCase().split('-')[0])
    .find(isLanguage);
  return { language: fromBrowser ?? 'en', invalid: langParam };
}
