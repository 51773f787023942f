import { describe, expect, it } from 'vitest';
import { normalizeText, tokensOf } from './normalize-text';

describe('normalizeText', () => {
  it('folds case, accents, punctuation and full-width letters', () => {
    expect(normalizeText('  Glúteus  MÉDIUS ')).toBe('gluteus medius');
    expect(normalizeText("Gerdy's tubercle")).toBe('gerdys tubercle');
    expect(normalizeText('m. tensor fasciae-latae')).toBe('m tensor fasciae latae');
    expect(normalizeText('ＴＦＬ')).toBe('tfl');
    expect(normalizeText('L4–S1')).toBe('l4 s1');
  });

  it('returns an empty string for whitespace and symbols only', () => {
    expect(normalizeText(' \t\n ')).toBe('');
    expect(normalizeText('🙂 ✓ …')).toBe('');
    expect(normalizeText('\uD800')).toBe('');
  });
});

describe('tokensOf', () => {
  it('splits on single spaces and gives no tokens for empty text', () => {
    expect(tokensOf('gluteus medius')).toEqual(['gluteus', 'medius']);
    expect(tokensOf('')).toEqual([]);
  });
});
