/**
 * Numbers in sentences, formatted for the active language with Intl (decimal comma and
 * grouping in Spanish). The locale is set by `applyLanguage`.
 */
let locale = 'en-GB';

export function setFormatLocale(next: string): void {
  locale = next;
}

/** A number for a sentence, e.g. `12,5` in Spanish, `12.5` in English. */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/**
 * A number with its unit, e.g. `12,5 mm` in Spanish.
 * @internal
 */
export function formatUnit(
  value: number,
  unit: 'millimeter' | 'centimeter' | 'meter' | 'kilogram' | 'degree' | 'percent' | 'second',
  maximumFractionDigits = 1,
): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits,
  }).format(value);
}

/** A number with exactly `digits` decimals in the active language (`1,55` in Spanish). */
export function formatFixed(value: number, digits: number): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(value);
}
