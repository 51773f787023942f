import { activeLanguage } from '../messages/language';
import { SPANISH_ACUPUNCTURE_TEXT } from './data/acupuncture-text-es';

/**
 * A data text of the acupuncture layer (rule, note, depth, safety, name) in the active language.
 * Codes, pinyin, Chinese characters and source titles are never passed here: they stay as written.
 */
export function acupunctureText(english: string): string {
  if (activeLanguage() === 'es') return SPANISH_ACUPUNCTURE_TEXT[english] ?? english;
  return english;
}
