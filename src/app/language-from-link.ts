/**
 * Chooses the interface language before anything else reads a message: imported first by the
 * entry points, so every module sees the chosen language from its first render.
 * `lang=` in the link wins; otherwise the browser's languages; otherwise English.
 */
import { applyLanguage, chooseLanguage } from '../domain/messages';

const requested = new URLSearchParams(window.location.search).get('lang');
const chosen = chooseLanguage(requested, navigator.languages ?? [navigator.language]);
applyLanguage(chosen.language);
document.documentElement.lang = chosen.language;

/** A `lang=` value that names no language we have (shown with the other link notices). */
export const invalidLanguageParam: string | null = chosen.invalid;
