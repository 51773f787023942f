import type { SampledGrid } from './sample-grid';

export interface RawMesh {
  positions: Float32Array;
  indices: Uint32Array;
}

/** Corner offsets of a cell and the 12 edges between them. */
const CORNERS: readonly (readonly [number, number, number])[] = [
  [0, 0, 0],
  [1, 0, 0],
  [0, 1, 0],
  [1, 1, 0],
  [0, 0, 1],
  [1, 0, 1],
  [0, 1, 1],
  [1, 1, 1],
];
const EDGES: readonly (readonly [number, number])[] = [
  [0, 1],
  [2, 3],
  [4, 5],
  [6, 7],
  [0, 2],
  [1, 3],
  [4, 6],
  [5, 7],
  [0, 4],
  [1, 5],
  [2, 6],
  [3, 7],
];

/**
 * Naive surface nets: one vertex per sign-changing cell at the mean of its edge crossings, one
 * quad per sign-changing grid edge, wound so the normal points from inside (negative) to outside.
 * The grid border must be outside the shape so the result is closed.
 */
export function surfaceNets(grid: SampledGrid): RawMesh {
  const { values, nx, ny, nz, h, origin } = grid;
  const cx = nx - 1;
  const cy = ny - 1;
  const cz = nz - 1;
  const cellVertex = new Int32Array(cx * cy * cz).fill(-1);
  const pos: number[] = [];
  const cornerValue = new Float64Array(8);
  for (let k = 0; k < cz; k++) {
    for (let j = 0; j < cy; j++) {
      for (let i = 0; i < cx; i++) {
        let mask = 0;
        for (let c = 0; c < 8; c++) {
          const o = CORNERS[c]!;
          const v = values[i + o[0] + nx * (j + o[1] + ny * (k + o[2]))]!;
          cornerValue[c] = v;
          if (v < 0) mask |= 1 << c;
        }
        if (mask === 0 || mask === 255) continue;
        let sx = 0;
        let sy = 0;
        let sz = 0;
        let n = 0;
        for (const [a, b] of EDGES) {
          const va = cornerValue[a]!;
          const vb = cornerValue[b]!;
          if (va < 0 === vb < 0) continue;
          const t = va / (va - vb);
          const ca = CORNERS[a]!;
          const cb = CORNERS[b]!;
          sx += ca[0] + (cb[0] - ca[0]) * t;
          sy += ca[1] + (cb[1] - ca[1]) * t;
          sz += ca[2] + (cb[2] - ca[2]) * t;
          n++;
        }
        cellVertex[i + cx * (j + cy * k)] = pos.length / 3;
        pos.push(
          origin[0] + (i + sx / n) * h,
          origin[1] + (j + sy / n) * h,
          origin[2] + (k + sz / n) * h,
        );
      }
    }
  }
  const positions = new Float32Array(pos);
  const idx: number[] = [];
  const cell = (i: number, j: number, k: number) => cellVertex[i + cx * (j + cy * k)]!;
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    if (flip) {
      const t = b;
      b = d;
      d = t;
    }
    // split along the shorter diagonal
    const dac = dist2(positions, a, c);
    const dbd = dist2(positions, b, d);
    if (dac <= dbd) idx.push(a, b, c, a, c, d);
    else idx.push(a, b, d, b, c, d);
  };
  for (let k = 1; k < cz; k++) {
    for (let j = 1; j < cy; j++) {
      for (let i = 0; i < cx; i++) {
        // edge along x from (i, j, k) to (i + 1, j, k)
        const v0 = values[i + nx * (j + ny * k)]!;
        const v1 = values[i + 1 + nx * (j + ny * k)]!;
        if (v0 < 0 === v1 < 0) continue;
        quad(cell(i, j - 1, k - 1), cell(i, j, k - 1), cell(i, j, k), cell(i, j - 1, k), !(v0 < 0));
      }
    }
  }
  for (let k = 1; k < cz; k++) {
    for (let j = 0; j < cy; j++) {
      for (let i = 1; i < cx; i++) {
        const v0 = values[i + nx * (j + ny * k)]!;
        const v1 = values[i + nx * (j + 1 + ny * k)]!;
        if (v0 < 0 === v1 < 0) continue;
        quad(cell(i - 1, j, k - 1), cell(i - 1, j, k), cell(i, j, k), cell(i, j, k - 1), !(v0 < 0));
      }
    }
  }
  for (let k = 0; k < cz; k++) {
    for (let j = 1; j < cy; j++) {
      for (let i = 1; i < cx; i++) {
        const v0 = values[i + nx * (j + ny * k)]!;
        const v1 = values[i + nx * (j + ny * (k + 1))]!;
        if (v0 < 0 === v1 < 0) continue;
        quad(cell(i - 1, j - 1, k), cell(i, j - 1, k), cell(i, j, k), cell(i - 1, j, k), !(v0 < 0));
      }
    }
  }
  return { positions, indices: new Uint32Array(idx) };
}

function dist2(p: Float32Array, a: number, b: number): number {
  const dx = p[3 * a]! - p[3 * b]!;
  const dy = p[3 * a + 1]! - p[3 * b + 1]!;
  const dz = p[3 * a + 2]! - p[3 * b + 2]!;
  return dx * dx + dy * dy + dz * dz;
}
