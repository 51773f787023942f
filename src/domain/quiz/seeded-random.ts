/**
 * The project's one seeded pseudo-random generator (mulberry32): a quiz is the same for the same
 * seed, and the model pipeline's textures are the same run to run. Seeded means
 * shareable, testable and replayable. Not for anything secret.
 */
export interface Rng {
  /** A number in [0, 1). */
  next(): number;
}

/**
 * A 32-bit seed from a number or a string (FNV-1a for strings).
 * @internal
 */
export function seedFrom(seed: number | string): number {
  if (typeof seed === 'number') return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function createRng(seed: number | string): Rng {
  let state = seedFrom(seed);
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

/**
 * An integer in [0, n).
 * @internal
 */
export function randomInt(rng: Rng, n: number): number {
  return Math.min(Math.floor(rng.next() * n), Math.max(n - 1, 0));
}

/** A number in [min, max). */
export function randomBetween(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng.next();
}

export function pick<T>(rng: Rng, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[randomInt(rng, items.length)];
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}
