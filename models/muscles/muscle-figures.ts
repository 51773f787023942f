import { loadFigures, mm } from '../figures/load-figures';
import { add, scale, sub, type Vec3 } from '../math/vec3';
import { lumbarShift } from '../skeleton/skeleton';
import type { PartKey } from './muscle-paths';

/** Path point `index` (negative counts from the end) of a part, pelvis frame mm. */
export function pathPoint(key: PartKey, index: number): Vec3 {
  const pts = loadFigures().muscles[key].points;
  const p = pts[index < 0 ? pts.length + index : index]!;
  return mm(p.location_in_pelvis_frame_default_pose);
}

/** A row of points across a fan, extended beyond both ends by fractions of the end spacing. */
export function extendRow(points: readonly Vec3[], before: number, after: number): Vec3[] {
  const a = points[0]!;
  const b = points[1]!;
  const y = points[points.length - 1]!;
  const z = points[points.length - 2]!;
  return [add(a, scale(sub(a, b), before)), ...points, add(y, scale(sub(y, z), after))];
}

/** Psoas fascicle origin (Wilkinson 2021) moved with the lumbar chain. */
export function psoasOrigin(key: string): Vec3 {
  const f = loadFigures().psoas_fascicles_wilkinson2021[key];
  if (!f) throw new Error(`muscle-figures: unknown psoas fascicle ${key}`);
  return add(mm(f.origin_in_pelvis_frame), lumbarShift());
}

/** Point at fractional index u along the figures' crest outline (pelvis frame, mm). */
export function crestAt(u: number): Vec3 {
  const c = loadFigures().iliac_crest_outline.map(mm);
  const i = Math.min(Math.floor(u), c.length - 2);
  const t = u - i;
  const a = c[i]!;
  const b = c[i + 1]!;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}
