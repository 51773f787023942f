import { resampleByArcLength } from '../math/catmull-rom';
import { cross, dot, normalize, scale, sub, type Vec3 } from '../math/vec3';
import type { TriMesh } from '../mesh/mesh-types';
import type { SeatField } from './seat-field';
import { signedVolume, vertexNormals } from './sheet-mesh';

/** A spindle-shaped muscle around a centre curve (psoas, piriformis, TFL). mm, pelvis frame. */
export interface FusiformDef {
  /** Centre line control points, origin to insertion. */
  readonly centre: readonly Vec3[];
  readonly rings: number;
  readonly segments: number;
  /** Section half-axes (mm) at t: `a` along the width hint, `b` across it. */
  readonly radii: (t: number) => readonly [number, number];
  /** Direction the section's width lies along (made perpendicular to the centre line). */
  readonly widthHint: (t: number) => Vec3;
  readonly clearance: (t: number) => number;
  /** Direction a ring is pushed when it cuts into what lies under it. */
  readonly outward: (p: Vec3) => Vec3;
  readonly rounds: number;
  /** Vertex colour at t. */
  readonly color: (t: number) => readonly [number, number, number];
  /** UV scale (fraction of the largest muscle's width and length). */
  readonly uvScale: readonly [number, number];
}

function ring(
  c: Vec3,
  tangent: Vec3,
  hint: Vec3,
  ra: number,
  rb: number,
  segments: number,
): Vec3[] {
  const a = normalize(sub(hint, scale(tangent, dot(hint, tangent))));
  const b = cross(tangent, a);
  const out: Vec3[] = [];
  for (let s = 0; s < segments; s++) {
    const th = (2 * Math.PI * s) / segments;
    const ca = Math.cos(th) * ra;
    const sb = Math.sin(th) * rb;
    out.push([
      c[0] + a[0] * ca + b[0] * sb,
      c[1] + a[1] * ca + b[1] * sb,
      c[2] + a[2] * ca + b[2] * sb,
    ]);
  }
  return out;
}

/**
 * Builds a closed spindle: rings along the centre line whose centres are pushed out along the
 * outward direction until every ring vertex clears the seat field, then smoothed along the line
 * (a few rounds), so the belly rests on bone and deeper muscles without cutting into them.
 */
export function fusiformMuscle(
  def: FusiformDef,
  field: SeatField,
): { mesh: TriMesh; st: Float32Array } {
  const n = def.rings;
  let centres = resampleByArcLength(def.centre, n);
  const tangentsOf = (cs: readonly Vec3[]) =>
    cs.map((_, i) => normalize(sub(cs[Math.min(n - 1, i + 1)]!, cs[Math.max(0, i - 1)]!)));
  const push = () => {
    const tangents = tangentsOf(centres);
    centres = centres.map((c, i) => {
      const t = i / (n - 1);
      const [ra, rb] = def.radii(t);
      let cur = c;
      for (let k = 0; k < 8; k++) {
        const vs = ring(cur, tangents[i]!, def.widthHint(t), ra, rb, 12);
        let deficit = 0;
        for (const v of vs)
          deficit = Math.max(deficit, def.clearance(t) - field.distance(v[0], v[1], v[2]));
        if (deficit <= 0.05) break;
        const d = normalize(def.outward(cur));
        cur = [cur[0] + d[0] * deficit, cur[1] + d[1] * deficit, cur[2] + d[2] * deficit];
      }
      return cur;
    });
  };
  push();
  for (let r = 0; r < def.rounds; r++) {
    centres = centres.map((c, i) => {
      if (i === 0 || i === n - 1) return c;
      const a = centres[i - 1]!;
      const b = centres[i + 1]!;
      return [
        0.25 * a[0] + 0.5 * c[0] + 0.25 * b[0],
        0.25 * a[1] + 0.5 * c[1] + 0.25 * b[1],
        0.25 * a[2] + 0.5 * c[2] + 0.25 * b[2],
      ];
    });
    push();
  }
  const tangents = tangentsOf(centres);
  const pos: number[] = [];
  const uv: number[] = [];
  const col: number[] = [];
  const st: number[] = [];
  const seg = def.segments;
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    const [ra, rb] = def.radii(t);
    const vs = ring(centres[i]!, tangents[i]!, def.widthHint(t), ra, rb, seg);
    const c = def.color(t);
    vs.forEach((v, s) => {
      pos.push(v[0], v[1], v[2]);
      uv.push((s / seg) * def.uvScale[0], t * def.uvScale[1]);
      col.push(c[0], c[1], c[2]);
      st.push(s / seg, t);
    });
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
  for (const [i, first] of [
    [0, true],
    [n - 1, false],
  ] as const) {
    const centre = pos.length / 3;
    const p = centres[i]!;
    const c = def.color(i / (n - 1));
    pos.push(p[0], p[1], p[2]);
    uv.push(0.5 * def.uvScale[0], (i / (n - 1)) * def.uvScale[1]);
    col.push(c[0], c[1], c[2]);
    st.push(0.5, i / (n - 1));
    for (let s = 0; s < seg; s++) {
      const a = i * seg + s;
      const b = i * seg + ((s + 1) % seg);
      if (first) idx.push(centre, b, a);
      else idx.push(centre, a, b);
    }
  }
  const positions = new Float32Array(pos);
  const indices = new Uint32Array(idx);
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
