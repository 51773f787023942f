const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
/** Hermite smoothstep of x between edges a and b (a may be greater than b). */
export function smoothstep(a: number, b: number, x: number): number {
  const t = clamp((x - a) / (b - a), 0, 1);
  return t * t * (3 - 2 * t);
}
