import type { Sdf } from '../sdf/sdf';
import type { Bounds } from './mesh-types';

export interface SampledGrid {
  readonly values: Float32Array;
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  readonly h: number;
  readonly origin: readonly [number, number, number];
}

const BLOCK = 8;

/**
 * Samples `sdf` on a regular grid of spacing h over `bounds`. Blocks of 8^3 cells whose centre
 * lies farther from the surface than a conservative margin are filled with one value, which
 * halves the work for fine grids (smooth-min and ellipsoid bounds are not exact distances, so
 * the margin is 1.5 x the block half-diagonal + 2h).
 */
export function sampleGrid(sdf: Sdf, bounds: Bounds, h: number): SampledGrid {
  const nx = Math.ceil((bounds.max[0] - bounds.min[0]) / h) + 1;
  const ny = Math.ceil((bounds.max[1] - bounds.min[1]) / h) + 1;
  const nz = Math.ceil((bounds.max[2] - bounds.min[2]) / h) + 1;
  const [ox, oy, oz] = bounds.min;
  const values = new Float32Array(nx * ny * nz);
  const halfDiagonal = (Math.sqrt(3) * BLOCK * h) / 2;
  const margin = 1.5 * halfDiagonal + 2 * h;
  for (let bk = 0; bk < nz; bk += BLOCK) {
    for (let bj = 0; bj < ny; bj += BLOCK) {
      for (let bi = 0; bi < nx; bi += BLOCK) {
        const ei = Math.min(bi + BLOCK, nx - 1);
        const ej = Math.min(bj + BLOCK, ny - 1);
        const ek = Math.min(bk + BLOCK, nz - 1);
        const cx = ox + ((bi + ei) / 2) * h;
        const cy = oy + ((bj + ej) / 2) * h;
        const cz = oz + ((bk + ek) / 2) * h;
        const dc = sdf(cx, cy, cz);
        const skip = Math.abs(dc) > margin;
        for (let k = bk; k <= ek; k++) {
          for (let j = bj; j <= ej; j++) {
            const row = nx * (j + ny * k);
            for (let i = bi; i <= ei; i++) {
              values[row + i] = skip ? dc : sdf(ox + i * h, oy + j * h, oz + k * h);
            }
          }
        }
      }
    }
  }
  return { values, nx, ny, nz, h, origin: [ox, oy, oz] };
}
