let scratch = new Int32Array(0);

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions, each
 * edit costing 1) between `a` and `b`, bounded: any distance above `max` is reported as
 * `max + 1`, and the computation stops as soon as that is certain. Compares UTF-16 code units.
 * `bLength` compares `a` with the first `bLength` characters of `b` only (no copy is made).
 */
export function boundedEditDistance(
  a: string,
  b: string,
  max: number,
  bLength: number = b.length,
): number {
  const la = a.length;
  const lb = Math.max(0, Math.min(bLength, b.length));
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  const width = lb + 1;
  if (scratch.length < 3 * width) scratch = new Int32Array(3 * width * 2);
  // Three rows in one buffer: two rows back (for transpositions), previous and current.
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= lb; j++) scratch[previous + j] = j;
  for (let i = 1; i <= la; i++) {
    scratch[current] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(
        (scratch[previous + j] ?? 0) + 1,
        (scratch[current + j - 1] ?? 0) + 1,
        (scratch[previous + j - 1] ?? 0) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, (scratch[before + j - 2] ?? 0) + 1);
      }
      scratch[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const oldBefore = before;
    before = previous;
    previous = current;
    current = oldBefore;
  }
  return Math.min(scratch[previous + lb] ?? 0, max + 1);
}
