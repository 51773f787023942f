import { activeLanguage } from '../messages/language';
import type { EmgValue } from './exercise';
import { SPANISH_EXERCISE_TEXT } from './exercise-text-es';
import { EXERCISE_SOURCES } from './sources';

/** A study description or variant note of the exercise table in the active language. */
export function exerciseText(english: string): string {
  if (activeLanguage() === 'es') return SPANISH_EXERCISE_TEXT[english] ?? english;
  return english;
}

/**
 * Every description and variant note the exercise evidence shows, for the completeness test.
 * @internal
 */
export function exerciseEvidenceTexts(values: readonly EmgValue[]): readonly string[] {
  return [
    ...Object.values(EXERCISE_SOURCES).flatMap((s) => [s.population, s.method]),
    ...values.flatMap((v) => (v.variant ? [v.variant] : [])),
    // How each figure was checked: where in the paper or review, or why it was not.
    ...values.flatMap((v) => (v.check.against === 'none' ? [v.check.reason] : [v.check.where])),
  ];
}
