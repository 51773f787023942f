import { describe, expect, it } from 'vitest';
import { createRng, pick, randomInt, seedFrom, shuffled } from './seeded-random';

describe('seeded random', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('hashes string seeds and cleans odd numbers', () => {
    expect(seedFrom('quiz')).toBe(seedFrom('quiz'));
    expect(seedFrom('quiz')).not.toBe(seedFrom('quiz2'));
    expect(seedFrom(Number.NaN)).toBe(0);
    expect(seedFrom(-1)).toBe(4294967295);
  });

  it('draws integers in range and shuffles without losing items', () => {
    const rng = createRng('range');
    for (let i = 0; i < 200; i++) {
      const n = randomInt(rng, 7);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThan(7);
    }
    const items = [1, 2, 3, 4, 5, 6];
    expect(shuffled(createRng(1), items).sort()).toEqual(items);
    expect(shuffled(createRng(1), items)).toEqual(shuffled(createRng(1), items));
    expect(pick(rng, [])).toBeUndefined();
  });
});
