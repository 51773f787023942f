import type { Bounds, TriMesh } from '../mesh/mesh-types';
import { sampleGrid } from '../mesh/sample-grid';
import { solidOf } from '../mesh/solid';
import type { Sdf } from '../sdf/sdf';

/**
 * A baked distance field of everything a muscle must lie on: the bones, then each muscle once
 * it is built (deep to superficial), so a superficial sheet wraps over the deeper ones. Values
 * are signed distances in mm on a regular grid, read back with trilinear interpolation.
 */
export class SeatField {
  readonly values: Float32Array;
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  readonly h: number;
  readonly origin: readonly [number, number, number];

  constructor(bones: Sdf, bounds: Bounds, h: number) {
    const g = sampleGrid(bones, bounds, h);
    this.values = g.values;
    this.nx = g.nx;
    this.ny = g.ny;
    this.nz = g.nz;
    this.h = h;
    this.origin = g.origin;
  }

  /** Signed distance at a point (outside the grid: the nearest border value plus the gap). */
  distance(x: number, y: number, z: number): number {
    const { nx, ny, nz, h, origin, values } = this;
    let fx = (x - origin[0]) / h;
    let fy = (y - origin[1]) / h;
    let fz = (z - origin[2]) / h;
    let extra = 0;
    const clampAxis = (f: number, n: number) => {
      if (f < 0) {
        extra += -f * h;
        return 0;
      }
      if (f > n - 1.000001) {
        extra += (f - (n - 1.000001)) * h;
        return n - 1.000001;
      }
      return f;
    };
    fx = clampAxis(fx, nx);
    fy = clampAxis(fy, ny);
    fz = clampAxis(fz, nz);
    const i = Math.floor(fx);
    const j = Math.floor(fy);
    const k = Math.floor(fz);
    const tx = fx - i;
    const ty = fy - j;
    const tz = fz - k;
    const o = i + nx * (j + ny * k);
    const sx = 1;
    const sy = nx;
    const sz = nx * ny;
    const c00 = values[o]! * (1 - tx) + values[o + sx]! * tx;
    const c10 = values[o + sy]! * (1 - tx) + values[o + sy + sx]! * tx;
    const c01 = values[o + sz]! * (1 - tx) + values[o + sz + sx]! * tx;
    const c11 = values[o + sz + sy]! * (1 - tx) + values[o + sz + sy + sx]! * tx;
    const c0 = c00 * (1 - ty) + c10 * ty;
    const c1 = c01 * (1 - ty) + c11 * ty;
    return c0 * (1 - tz) + c1 * tz + extra;
  }

  /** Unites a shape given by its own distance function with the field. */
  addSdf(sdf: Sdf): void {
    const { nx, ny, nz, h, origin, values } = this;
    for (let k = 0; k < nz; k++)
      for (let j = 0; j < ny; j++)
        for (let i = 0; i < nx; i++) {
          const o = i + nx * (j + ny * k);
          const d = sdf(origin[0] + i * h, origin[1] + j * h, origin[2] + k * h);
          if (d < values[o]!) values[o] = d;
        }
  }

  /**
   * Moves every vertex that lies inside what the field holds (bones and the muscles built
   * before) out along the field's gradient to `marginMm` outside it, so a muscle ends against
   * its neighbour instead of passing into it. Returns how many vertices moved.
   */
  pushOut(positions: Float32Array, marginMm: number, iterations = 4): number {
    let moved = 0;
    const e = this.h / 2;
    for (let v = 0; v < positions.length; v += 3) {
      let x = positions[v]!;
      let y = positions[v + 1]!;
      let z = positions[v + 2]!;
      let d = this.distance(x, y, z);
      if (d >= marginMm) continue;
      for (let k = 0; k < iterations && d < marginMm; k++) {
        const gx = this.distance(x + e, y, z) - this.distance(x - e, y, z);
        const gy = this.distance(x, y + e, z) - this.distance(x, y - e, z);
        const gz = this.distance(x, y, z + e) - this.distance(x, y, z - e);
        const g = Math.hypot(gx, gy, gz) || 1;
        const step = marginMm - d;
        x += (gx / g) * step;
        y += (gy / g) * step;
        z += (gz / g) * step;
        d = this.distance(x, y, z);
      }
      positions[v] = x;
      positions[v + 1] = y;
      positions[v + 2] = z;
      moved++;
    }
    return moved;
  }

  /**
   * Merges a closed mesh into the field (union): grid points within `bandMm` of the mesh get
   * min(current, signed distance to the mesh). Inside or outside is decided by the parity of
   * ray crossings, not by the nearest face's normal, which is wrong near the rolled edges of
   * thin sheets and would grow fins on the skin that wraps the field.
   */
  addMesh(mesh: TriMesh, bandMm = 12): void {
    const solid = solidOf(mesh.positions, mesh.indices);
    const { nx, ny, nz, h, origin, values } = this;
    // Mark the grid points within the band of some vertex (a shell, not the whole box).
    const mask = new Uint8Array(nx * ny * nz);
    const reach = Math.ceil((bandMm + h) / h);
    const pos = mesh.positions;
    for (let v = 0; v < pos.length; v += 3) {
      const ci = Math.round((pos[v]! - origin[0]) / h);
      const cj = Math.round((pos[v + 1]! - origin[1]) / h);
      const ck = Math.round((pos[v + 2]! - origin[2]) / h);
      for (let k = Math.max(0, ck - reach); k <= Math.min(nz - 1, ck + reach); k++)
        for (let j = Math.max(0, cj - reach); j <= Math.min(ny - 1, cj + reach); j++)
          for (let i = Math.max(0, ci - reach); i <= Math.min(nx - 1, ci + reach); i++)
            mask[i + nx * (j + ny * k)] = 1;
    }
    for (let o = 0; o < mask.length; o++) {
      if (!mask[o]) continue;
      const i = o % nx;
      const j = Math.floor(o / nx) % ny;
      const k = Math.floor(o / (nx * ny));
      const d = solid.signedDistance(origin[0] + i * h, origin[1] + j * h, origin[2] + k * h);
      if (d > bandMm) continue;
      if (d < values[o]!) values[o] = d;
    }
  }
}
