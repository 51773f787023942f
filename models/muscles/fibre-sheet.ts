import { catmullRom, resampleByArcLength } from '../math/catmull-rom';
import { cross, normalize, type Vec3 } from '../math/vec3';
import type { SeatField } from './seat-field';

/** How a muscle's fibres are laid out and seated. Units mm; s runs across the fan, t along. */
export interface FibreSheetDef {
  /**
   * Guide curves, proximal to distal. Each is a list of points across the fan (s = 0..1,
   * interpolated by Catmull-Rom); fibre s passes through guides[0](s), guides[1](s), ...
   */
  readonly guides: readonly (readonly Vec3[])[];
  /** Samples across (fibres) and along (rings). */
  readonly ns: number;
  readonly nt: number;
  /** Distance (mm) the sheet's reference surface keeps from what lies under it. */
  readonly clearance: (s: number, t: number) => number;
  /** True where the muscle is fleshy-attached: its deep surface is pulled onto the surface. */
  readonly attached: (s: number, t: number) => boolean;
  /**
   * Also attached from the origin down to this guide row (for fleshy origins that cover the
   * area between the top line and the figures' origin points).
   */
  readonly attachedThroughGuide?: number;
  /** Direction a point is seated from (away from the bone), as a function of position. */
  readonly outward: (p: Vec3) => Vec3;
  /** Relaxation rounds (smooth, then re-seat). */
  readonly rounds: number;
}

export interface FibreSheet {
  readonly ns: number;
  readonly nt: number;
  /** Reference (deep) surface points, index s * nt + t. */
  readonly points: Vec3[];
  /** Unit normals pointing away from the bone. */
  readonly normals: Vec3[];
}

/** How far an attached point may be pulled down onto the surface (mm). */
const MAX_PULL_MM = 30;

/**
 * Seats a point at `clearance` from what lies under it, moving only along the outward
 * direction: a point that is too deep (or inside bone) marches outward until it clears; an
 * attached point that floats is pulled inward onto the surface. Moving along a fixed outward
 * direction, never along the field gradient, keeps fibres from flipping through a thin plate
 * to its far side; marching from the point itself, never from far outside, keeps them from
 * landing on a neighbouring bone.
 */
function seat(field: SeatField, p: Vec3, dir: Vec3, clearance: number, force: boolean): Vec3 {
  const gap = (t: number): number =>
    field.distance(p[0] + dir[0] * t, p[1] + dir[1] * t, p[2] + dir[2] * t) - clearance;
  const g0 = gap(0);
  if (Math.abs(g0) < 0.05 || (g0 > 0 && !force)) return p;
  // Bracket the crossing so that gap(lo) < 0 <= gap(hi), t measured along dir.
  let lo: number;
  let hi: number;
  let prev = 0;
  let t = 0;
  let g = g0;
  if (g0 < 0) {
    while (g < 0 && t < 200) {
      prev = t;
      t += Math.max(-g * 0.9, 0.2);
      g = gap(t);
    }
    if (g < 0) return p;
    lo = prev;
    hi = t;
  } else {
    while (g > 0.05 && t > -MAX_PULL_MM) {
      prev = t;
      t -= Math.max(g * 0.9, 0.2);
      g = gap(t);
    }
    if (g > 0.05) return p;
    if (g >= 0) return [p[0] + dir[0] * t, p[1] + dir[1] * t, p[2] + dir[2] * t];
    lo = t;
    hi = prev;
  }
  for (let i = 0; i < 16; i++) {
    const m = (lo + hi) / 2;
    if (gap(m) < 0) lo = m;
    else hi = m;
  }
  return [p[0] + dir[0] * hi, p[1] + dir[1] * hi, p[2] + dir[2] * hi];
}

/** Builds the seated reference surface of a fibre sheet. */
export function buildFibreSheet(def: FibreSheetDef, field: SeatField): FibreSheet {
  const { ns, nt } = def;
  const pts: Vec3[] = new Array(ns * nt);
  const attachUntil = new Float64Array(ns);
  for (let i = 0; i < ns; i++) {
    const s = i / (ns - 1);
    const through = def.guides.map((g) => catmullRom(g, s));
    const fibre = resampleByArcLength(through, nt);
    for (let j = 0; j < nt; j++) pts[i * nt + j] = fibre[j]!;
    if (def.attachedThroughGuide !== undefined) {
      // arc fraction of the guide row along this fibre (chord lengths)
      const chords = through
        .slice(1)
        .map((p, k) =>
          Math.hypot(p[0] - through[k]![0], p[1] - through[k]![1], p[2] - through[k]![2]),
        );
      const total = chords.reduce((a, b) => a + b, 0);
      const upTo = chords.slice(0, def.attachedThroughGuide).reduce((a, b) => a + b, 0);
      attachUntil[i] = upTo / total + 0.02;
    }
  }
  const at = (i: number, j: number) => pts[i * nt + j]!;
  const reseat = () => {
    for (let i = 0; i < ns; i++) {
      const s = i / (ns - 1);
      for (let j = 0; j < nt; j++) {
        const t = j / (nt - 1);
        const p = at(i, j);
        const end = j === 0 || j === nt - 1;
        pts[i * nt + j] = seat(
          field,
          p,
          normalize(def.outward(p)),
          def.clearance(s, t),
          end || def.attached(s, t),
        );
      }
    }
  };
  reseat();
  const next: Vec3[] = new Array(ns * nt);
  for (let r = 0; r < def.rounds; r++) {
    for (let i = 0; i < ns; i++) {
      for (let j = 0; j < nt; j++) {
        const p = at(i, j);
        if (j === 0 || j === nt - 1) {
          next[i * nt + j] = p;
          continue;
        }
        const a = at(i, j - 1);
        const b = at(i, j + 1);
        let q: [number, number, number] = [
          0.25 * a[0] + 0.5 * p[0] + 0.25 * b[0],
          0.25 * a[1] + 0.5 * p[1] + 0.25 * b[1],
          0.25 * a[2] + 0.5 * p[2] + 0.25 * b[2],
        ];
        if (i > 0 && i < ns - 1) {
          const l = at(i - 1, j);
          const rr = at(i + 1, j);
          q = [
            q[0] + 0.15 * (l[0] - p[0]) + 0.15 * (rr[0] - p[0]),
            q[1] + 0.15 * (l[1] - p[1]) + 0.15 * (rr[1] - p[1]),
            q[2] + 0.15 * (l[2] - p[2]) + 0.15 * (rr[2] - p[2]),
          ];
        }
        next[i * nt + j] = q;
      }
    }
    for (let k = 0; k < pts.length; k++) pts[k] = next[k]!;
    reseat();
  }
  // Evenly re-space each fibre by arc length so rings stay uniform after seating.
  for (let i = 0; i < ns; i++) {
    const fibre = Array.from({ length: nt }, (_, j) => at(i, j));
    const even = resampleLinear(fibre, nt);
    for (let j = 0; j < nt; j++) pts[i * nt + j] = even[j]!;
  }
  // Normals from the grid tangents, oriented outward, then smoothed.
  let normals: Vec3[] = pts.map((p, k) => {
    const i = Math.floor(k / nt);
    const j = k % nt;
    const ds = sub3(at(Math.min(ns - 1, i + 1), j), at(Math.max(0, i - 1), j));
    const dt = sub3(at(i, Math.min(nt - 1, j + 1)), at(i, Math.max(0, j - 1)));
    let n = normalize(cross(ds, dt));
    const o = def.outward(p);
    if (n[0] * o[0] + n[1] * o[1] + n[2] * o[2] < 0) n = [-n[0], -n[1], -n[2]];
    return n;
  });
  for (let pass = 0; pass < 4; pass++) {
    normals = normals.map((n, k) => {
      const i = Math.floor(k / nt);
      const j = k % nt;
      const acc = [n[0], n[1], n[2]];
      for (const [di, dj] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ] as const) {
        const ii = i + di;
        const jj = j + dj;
        if (ii < 0 || ii >= ns || jj < 0 || jj >= nt) continue;
        const m = normals[ii * nt + jj]!;
        acc[0]! += m[0];
        acc[1]! += m[1];
        acc[2]! += m[2];
      }
      return normalize([acc[0]!, acc[1]!, acc[2]!]);
    });
  }
  return { ns, nt, points: pts, normals };
}

function sub3(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

/** Re-samples a polyline to `count` points evenly spaced by arc length (linear). */
function resampleLinear(line: readonly Vec3[], count: number): Vec3[] {
  const cum = [0];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    cum.push(cum[i - 1]! + Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]));
  }
  const total = cum[cum.length - 1]!;
  const out: Vec3[] = [];
  let j = 0;
  for (let i = 0; i < count; i++) {
    const target = (total * i) / (count - 1);
    while (j < cum.length - 2 && cum[j + 1]! < target) j++;
    const span = cum[j + 1]! - cum[j]!;
    const f = span > 0 ? (target - cum[j]!) / span : 0;
    const a = line[j]!;
    const b = line[j + 1]!;
    out.push([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
  }
  return out;
}
