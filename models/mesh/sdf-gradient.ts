import type { Sdf } from '../sdf/sdf';

/** Central-difference gradient of `sdf` at p (not normalised), written into out. */
export function sdfGradient(
  sdf: Sdf,
  x: number,
  y: number,
  z: number,
  eps: number,
  out: Float64Array,
): void {
  out[0] = sdf(x + eps, y, z) - sdf(x - eps, y, z);
  out[1] = sdf(x, y + eps, z) - sdf(x, y - eps, z);
  out[2] = sdf(x, y, z + eps) - sdf(x, y, z - eps);
  const s = 1 / (2 * eps);
  out[0] *= s;
  out[1] *= s;
  out[2] *= s;
}
