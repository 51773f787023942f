import type { Sdf } from '../sdf/sdf';
import type { Bounds } from './mesh-types';
import { sampleGrid } from './sample-grid';

/**
 * Finds the inside region of `sdf` within a generous search box with a coarse pass, then pads
 * it. Throws if the shape touches the search box, since a clipped shape meshes open.
 */
export function findBounds(sdf: Sdf, search: Bounds, step = 4, pad = 6): Bounds {
  const g = sampleGrid(sdf, search, step);
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  let touches = false;
  for (let k = 0; k < g.nz; k++) {
    for (let j = 0; j < g.ny; j++) {
      for (let i = 0; i < g.nx; i++) {
        if (g.values[i + g.nx * (j + g.ny * k)]! >= step * 0.5) continue;
        if (i === 0 || j === 0 || k === 0 || i === g.nx - 1 || j === g.ny - 1 || k === g.nz - 1)
          touches = true;
        const x = g.origin[0] + i * step;
        const y = g.origin[1] + j * step;
        const z = g.origin[2] + k * step;
        if (x < min[0]) min[0] = x;
        if (y < min[1]) min[1] = y;
        if (z < min[2]) min[2] = z;
        if (x > max[0]) max[0] = x;
        if (y > max[1]) max[1] = y;
        if (z > max[2]) max[2] = z;
      }
    }
  }
  if (!Number.isFinite(min[0]))
    throw new Error('find-bounds: the shape is empty in the search box');
  if (touches) {
    throw new Error(
      `find-bounds: the shape (inside from ${JSON.stringify(min)} to ${JSON.stringify(max)}) touches the search box ${JSON.stringify(search)}; enlarge the box or find what grew`,
    );
  }
  return {
    min: [min[0] - step - pad, min[1] - step - pad, min[2] - step - pad],
    max: [max[0] + step + pad, max[1] + step + pad, max[2] + step + pad],
  };
}
