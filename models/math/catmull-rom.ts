import type { Vec3 } from './vec3';

/**
 * Centripetal-free (uniform) Catmull-Rom through `points`, evaluated at u in [0, 1] over the
 * whole chain; the end tangents are reflected so the curve starts and ends at the end points.
 */
export function catmullRom(points: readonly Vec3[], u: number): Vec3 {
  const n = points.length;
  if (n === 0) throw new Error('catmull-rom: needs at least one point');
  if (n === 1) return points[0]!;
  const f = Math.min(Math.max(u, 0), 1) * (n - 1);
  const i = Math.min(Math.floor(f), n - 2);
  const t = f - i;
  const p1 = points[i]!;
  const p2 = points[i + 1]!;
  const p0 = i > 0 ? points[i - 1]! : reflect(p1, p2);
  const p3 = i + 2 < n ? points[i + 2]! : reflect(p2, p1);
  const t2 = t * t;
  const t3 = t2 * t;
  const out: [number, number, number] = [0, 0, 0];
  for (let k = 0; k < 3; k++) {
    out[k] =
      0.5 *
      (2 * p1[k]! +
        (-p0[k]! + p2[k]!) * t +
        (2 * p0[k]! - 5 * p1[k]! + 4 * p2[k]! - p3[k]!) * t2 +
        (-p0[k]! + 3 * p1[k]! - 3 * p2[k]! + p3[k]!) * t3);
  }
  return out;
}

function reflect(a: Vec3, b: Vec3): Vec3 {
  return [2 * a[0] - b[0], 2 * a[1] - b[1], 2 * a[2] - b[2]];
}

/** Samples a Catmull-Rom chain at `count` points spaced evenly by arc length. */
export function resampleByArcLength(points: readonly Vec3[], count: number, dense = 400): Vec3[] {
  const samples: Vec3[] = [];
  for (let i = 0; i <= dense; i++) samples.push(catmullRom(points, i / dense));
  const cumulative = [0];
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    cumulative.push(cumulative[i - 1]! + Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]));
  }
  const total = cumulative[cumulative.length - 1]!;
  const out: Vec3[] = [];
  let j = 0;
  for (let i = 0; i < count; i++) {
    const target = (total * i) / (count - 1);
    while (j < cumulative.length - 2 && cumulative[j + 1]! < target) j++;
    const span = cumulative[j + 1]! - cumulative[j]!;
    const t = span > 0 ? (target - cumulative[j]!) / span : 0;
    const a = samples[j]!;
    const b = samples[j + 1]!;
    out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]);
  }
  return out;
}
