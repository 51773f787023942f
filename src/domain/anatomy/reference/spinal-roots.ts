/**
 * Spinal nerve roots that supply the hip region. The lumbar plexus also takes a small branch
 * from T12; that contribution is described in the record's `rootsNote`, not in `roots`.
 */
export const SPINAL_ROOTS = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4'] as const;
export type SpinalRoot = (typeof SPINAL_ROOTS)[number];

/** @internal */
export function isSpinalRoot(value: unknown): value is SpinalRoot {
  return typeof value === 'string' && (SPINAL_ROOTS as readonly string[]).includes(value);
}

/**
 * Roots as a short label: a run of neighbouring roots becomes a range (`L4–S1`), anything
 * else a list (`L2, L4`). Input order does not matter; duplicates are dropped.
 */
export function formatRoots(roots: readonly SpinalRoot[]): string {
  const ordered = [...new Set(roots)].sort(
    (a, b) => SPINAL_ROOTS.indexOf(a) - SPINAL_ROOTS.indexOf(b),
  );
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (first === undefined || last === undefined) return '';
  if (ordered.length === 1) return first;
  const contiguous =
    SPINAL_ROOTS.indexOf(last) - SPINAL_ROOTS.indexOf(first) === ordered.length - 1;
  return contiguous ? `${first}–${last}` : ordered.join(', ');
}
