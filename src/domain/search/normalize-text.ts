const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´]/g;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Folds text for matching: compatibility-decomposed (full-width letters become ASCII), accents
 * dropped, lower case, apostrophes removed (`Gerdy's` → `gerdys`), and every run of other
 * characters turned into one space. Never throws, whatever the input.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}

/** Splits normalized text into tokens. */
export function tokensOf(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}
