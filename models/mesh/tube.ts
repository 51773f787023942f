import { add, cross, dot, normalize, scale, sub, type Vec3 } from '../math/vec3';
import type { TriMesh } from './mesh-types';

export interface TubeOptions {
  /** Vertices around each ring. */
  segments: number;
  /** Close both ends with fan caps (needed for closed meshes). */
  caps: boolean;
}

const TUBE_DEFAULTS: TubeOptions = { segments: 12, caps: true };

/**
 * A tube along `centres` (at least 2) with an elliptical section: `radii[i] = [a, b]`, where a
 * lies along the rotation-minimising frame's first axis. UV: u around, v along (both 0..1).
 * Returns the mesh and, per vertex, the index of its ring (for skin weights).
 */
export function tube(
  centres: readonly Vec3[],
  radii: readonly (readonly [number, number])[],
  options: Partial<TubeOptions> & { up?: Vec3 } = {},
): { mesh: TriMesh; ringOf: Uint16Array } {
  const o = { ...TUBE_DEFAULTS, ...options };
  const n = centres.length;
  const seg = o.segments;
  const tangents: Vec3[] = centres.map((_, i) =>
    normalize(sub(centres[Math.min(n - 1, i + 1)]!, centres[Math.max(0, i - 1)]!)),
  );
  // rotation-minimising frames by double reflection
  let normal: Vec3 = o.up
    ? normalize(sub(o.up, scale(tangents[0]!, dot(o.up, tangents[0]!))))
    : normalize(cross(tangents[0]!, Math.abs(tangents[0]![1]) < 0.9 ? [0, 1, 0] : [1, 0, 0]));
  const normals: Vec3[] = [normal];
  for (let i = 1; i < n; i++) {
    const v1 = sub(centres[i]!, centres[i - 1]!);
    const c1 = dot(v1, v1);
    if (c1 < 1e-12) {
      normals.push(normal);
      continue;
    }
    const rL = sub(normal, scale(v1, (2 / c1) * dot(v1, normal)));
    const tL = sub(tangents[i - 1]!, scale(v1, (2 / c1) * dot(v1, tangents[i - 1]!)));
    const v2 = sub(tangents[i]!, tL);
    const c2 = dot(v2, v2);
    normal = c2 < 1e-12 ? rL : normalize(sub(rL, scale(v2, (2 / c2) * dot(v2, rL))));
    normals.push(normal);
  }
  const pos: number[] = [];
  const nor: number[] = [];
  const uv: number[] = [];
  const ring: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tangents[i]!;
    const a = normals[i]!;
    const b = cross(t, a);
    const [ra, rb] = radii[i]!;
    for (let s = 0; s < seg; s++) {
      const th = (2 * Math.PI * s) / seg;
      const c = Math.cos(th);
      const si = Math.sin(th);
      const p = add(centres[i]!, add(scale(a, ra * c), scale(b, rb * si)));
      pos.push(p[0], p[1], p[2]);
      const nn = normalize(
        add(scale(a, c / Math.max(ra, 1e-6)), scale(b, si / Math.max(rb, 1e-6))),
      );
      nor.push(nn[0], nn[1], nn[2]);
      uv.push(s / seg, i / (n - 1));
      ring.push(i);
    }
  }
  const idx: number[] = [];
  for (let i = 0; i + 1 < n; i++) {
    for (let s = 0; s < seg; s++) {
      const a = i * seg + s;
      const b = i * seg + ((s + 1) % seg);
      const c = (i + 1) * seg + s;
      const d = (i + 1) * seg + ((s + 1) % seg);
      idx.push(a, b, d, a, d, c);
    }
  }
  if (o.caps) {
    for (const [i, dir] of [
      [0, -1],
      [n - 1, 1],
    ] as const) {
      const centre = pos.length / 3;
      const p = centres[i]!;
      const t = tangents[i]!;
      pos.push(p[0], p[1], p[2]);
      nor.push(t[0] * dir, t[1] * dir, t[2] * dir);
      uv.push(0.5, i / (n - 1));
      ring.push(i);
      for (let s = 0; s < seg; s++) {
        const a = i * seg + s;
        const b = i * seg + ((s + 1) % seg);
        if (dir < 0) idx.push(centre, b, a);
        else idx.push(centre, a, b);
      }
    }
  }
  return {
    mesh: {
      positions: new Float32Array(pos),
      normals: new Float32Array(nor),
      indices: new Uint32Array(idx),
      uvs: new Float32Array(uv),
    },
    ringOf: Uint16Array.from(ring),
  };
}
