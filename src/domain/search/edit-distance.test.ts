import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from './edit-distance';

describe('boundedEditDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one edit', () => {
    expect(boundedEditDistance('medus', 'medius', 3)).toBe(1);
    expect(boundedEditDistance('iliacus', 'illiacus', 3)).toBe(1);
    expect(boundedEditDistance('piriformus', 'piriformis', 3)).toBe(1);
    expect(boundedEditDistance('glutues', 'gluteus', 3)).toBe(1);
    expect(boundedEditDistance('centre', 'center', 3)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3);
  });

  it('is zero for equal strings and the length for an empty one', () => {
    expect(boundedEditDistance('psoas', 'psoas', 2)).toBe(0);
    expect(boundedEditDistance('', 'abc', 5)).toBe(3);
    expect(boundedEditDistance('ab', '', 5)).toBe(2);
  });

  it('reports max + 1 when the distance is larger than the bound', () => {
    expect(boundedEditDistance('medius', 'medial', 1)).toBe(2);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
    expect(boundedEditDistance('minimus', 'maximus', 1)).toBe(2);
  });

  it('can compare with the start of the second string', () => {
    expect(boundedEditDistance('glteu', 'gluteus', 2, 6)).toBe(1);
    expect(boundedEditDistance('glu', 'gluteus', 0, 3)).toBe(0);
    expect(boundedEditDistance('abc', 'abcdef', 2, 99)).toBe(3);
  });

  it('is symmetric', () => {
    const pairs = [
      ['gluteus', 'glteus'],
      ['abcd', 'badc'],
      ['tensor', 'tesnor'],
    ] as const;
    for (const [a, b] of pairs) {
      expect(boundedEditDistance(a, b, 4)).toBe(boundedEditDistance(b, a, 4));
    }
  });
});
