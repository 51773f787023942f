import { cross, normalize, type Vec3 } from '../math/vec3';
import type { TriMesh } from '../mesh/mesh-types';
import type { FibreSheet } from './fibre-sheet';

export interface SheetMeshOptions {
  /** Total thickness at (s, t), mm. */
  thickness: (s: number, t: number) => number;
  /** How much of the thickness bulges below the reference surface (mm) at (s, t). */
  deepBulge: (s: number, t: number, thickness: number) => number;
  /** Vertex colour (linear RGB) at (s, t): muscle tint fading to tendon. */
  color: (s: number, t: number) => readonly [number, number, number];
  /** UV scale: the muscle's width and length as fractions of the largest muscle's. */
  uvScale: readonly [number, number];
}

/**
 * A closed lens-section mesh around a fibre sheet: a superficial row offset along the normal by
 * the thickness and a deep row slightly below the reference surface; they share the two edge
 * fibres, so the section is a lens with rolled edges; both ends are closed by ladder caps.
 * Returns the mesh and each vertex's (s, t) for skin weights.
 */
export function sheetMesh(
  sheet: FibreSheet,
  o: SheetMeshOptions,
): { mesh: TriMesh; st: Float32Array } {
  const { ns, nt, points, normals } = sheet;
  const pos: number[] = [];
  const uv: number[] = [];
  const col: number[] = [];
  const st: number[] = [];
  // vertex index of (row, i, j): row 0 superficial, row 1 deep; edges i = 0 and ns-1 shared.
  const sup = new Int32Array(ns * nt);
  const deep = new Int32Array(ns * nt);
  const push = (p: Vec3, s: number, t: number) => {
    pos.push(p[0], p[1], p[2]);
    uv.push(s * o.uvScale[0], t * o.uvScale[1]);
    const c = o.color(s, t);
    col.push(c[0], c[1], c[2]);
    st.push(s, t);
    return pos.length / 3 - 1;
  };
  for (let i = 0; i < ns; i++) {
    const s = i / (ns - 1);
    for (let j = 0; j < nt; j++) {
      const t = j / (nt - 1);
      const p = points[i * nt + j]!;
      const n = normals[i * nt + j]!;
      const h = o.thickness(s, t);
      const edge = i === 0 || i === ns - 1;
      if (edge) {
        const v = push(p, s, t);
        sup[i * nt + j] = v;
        deep[i * nt + j] = v;
      } else {
        const b = o.deepBulge(s, t, h);
        sup[i * nt + j] = push(
          [p[0] + n[0] * (h - b), p[1] + n[1] * (h - b), p[2] + n[2] * (h - b)],
          s,
          t,
        );
        deep[i * nt + j] = push([p[0] - n[0] * b, p[1] - n[1] * b, p[2] - n[2] * b], s, t);
      }
    }
  }
  const idx: number[] = [];
  for (let i = 0; i + 1 < ns; i++) {
    for (let j = 0; j + 1 < nt; j++) {
      const a = i * nt + j;
      const b = (i + 1) * nt + j;
      const c = (i + 1) * nt + j + 1;
      const d = i * nt + j + 1;
      // superficial: wound one way; deep: the other (faces point away from each other)
      idx.push(sup[a]!, sup[b]!, sup[c]!, sup[a]!, sup[c]!, sup[d]!);
      idx.push(deep[a]!, deep[c]!, deep[b]!, deep[a]!, deep[d]!, deep[c]!);
    }
  }
  // end caps: ladder between the superficial and deep rows at t = 0 and t = 1
  for (const j of [0, nt - 1]) {
    for (let i = 0; i + 1 < ns; i++) {
      const a = sup[i * nt + j]!;
      const b = sup[(i + 1) * nt + j]!;
      const c = deep[(i + 1) * nt + j]!;
      const d = deep[i * nt + j]!;
      const tris = j === 0 ? [a, c, b, a, d, c] : [a, b, c, a, c, d];
      // skip degenerate triangles at the shared edge vertices
      for (let k = 0; k < 6; k += 3) {
        const x = tris[k]!;
        const y = tris[k + 1]!;
        const z = tris[k + 2]!;
        if (x !== y && y !== z && x !== z) idx.push(x, y, z);
      }
    }
  }
  const positions = new Float32Array(pos);
  const indices = new Uint32Array(idx);
  // Orientation: the superficial side must face along the sheet normal; flip all if not.
  if (signedVolume(positions, indices) < 0) {
    for (let k = 0; k < indices.length; k += 3) {
      const tmp = indices[k + 1]!;
      indices[k + 1] = indices[k + 2]!;
      indices[k + 2] = tmp;
    }
  }
  return {
    mesh: {
      positions,
      normals: vertexNormals(positions, indices),
      indices,
      uvs: new Float32Array(uv),
      colors: new Float32Array(col),
    },
    st: new Float32Array(st),
  };
}

export function signedVolume(p: Float32Array, idx: Uint32Array): number {
  let v = 0;
  for (let k = 0; k < idx.length; k += 3) {
    const a = 3 * idx[k]!;
    const b = 3 * idx[k + 1]!;
    const c = 3 * idx[k + 2]!;
    v +=
      p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
      p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
      p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!);
  }
  return v / 6;
}

/** Area-weighted smooth vertex normals. */
export function vertexNormals(p: Float32Array, idx: Uint32Array): Float32Array {
  const n = new Float32Array(p.length);
  for (let k = 0; k < idx.length; k += 3) {
    const a = idx[k]!;
    const b = idx[k + 1]!;
    const c = idx[k + 2]!;
    const pa: Vec3 = [p[3 * a]!, p[3 * a + 1]!, p[3 * a + 2]!];
    const e1: Vec3 = [p[3 * b]! - pa[0], p[3 * b + 1]! - pa[1], p[3 * b + 2]! - pa[2]];
    const e2: Vec3 = [p[3 * c]! - pa[0], p[3 * c + 1]! - pa[1], p[3 * c + 2]! - pa[2]];
    const f = cross(e1, e2);
    for (const v of [a, b, c]) {
      n[3 * v]! += f[0];
      n[3 * v + 1]! += f[1];
      n[3 * v + 2]! += f[2];
    }
  }
  for (let v = 0; v < n.length; v += 3) {
    const u = normalize([n[v]!, n[v + 1]!, n[v + 2]!]);
    n[v] = u[0];
    n[v + 1] = u[1];
    n[v + 2] = u[2];
  }
  return n;
}
