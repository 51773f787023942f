/**
 * How far a click on the model is from a motor point's evidence region, in millimetres.
 *
 * Frame: the model frame (metres, +Y up, body faces +Z, the body's right side is -X); results in
 * millimetres. The region is the `PlacedRegion` outline: a closed polygon of points already on the
 * muscle surface (the last point joins the first), usually close to planar but following the
 * surface's curve.
 *
 * Method:
 * 1. Fit a plane to the outline: its normal is Newell's normal of the polygon (robust for
 *    slightly non-planar polygons), through the outline's centroid.
 * 2. Inside test: when the click lies within the outline's own thickness across that plane plus
 *    `planeToleranceMm`, project click and outline onto the plane and apply the even–odd rule.
 *    Inside → distance 0. The thickness check keeps a click on the far side of the body (which
 *    projects into the polygon too) from counting as inside.
 * 3. Otherwise the distance is the shortest 3D distance from the click to the outline's edges
 *    (point-to-segment), i.e. to the region's boundary, not to its centre or marker.
 * An empty outline falls back to a disc of `radiusM` around `centre`.
 */
import {
  addScaled,
  centroid,
  distance,
  dot,
  normalize,
  sub,
  tangentBasis,
  type Vec3,
} from '../geometry';
import type { PlacedRegion } from '../motor-points';

export interface RegionDistanceOptions {
  /** How far off the outline's plane (beyond its own thickness) a click may be and still count as inside, millimetres. */
  readonly planeToleranceMm: number;
}

export const REGION_DISTANCE_DEFAULTS: RegionDistanceOptions = { planeToleranceMm: 10 };

export interface RegionDistance {
  /** 0 inside the region, otherwise the distance to its outline, millimetres. */
  readonly distanceMm: number;
  readonly inside: boolean;
  /** The closest point of the region (the click itself when inside), metres. */
  readonly nearestM: Vec3;
}

const MM_PER_M = 1000;

function closestOnSegment(p: Vec3, a: Vec3, b: Vec3): Vec3 {
  const ab = sub(b, a);
  const lengthSq = dot(ab, ab);
  if (lengthSq < 1e-18) return a;
  const t = Math.min(1, Math.max(0, dot(sub(p, a), ab) / lengthSq));
  return addScaled(a, ab, t);
}

/** Newell's normal of a closed polygon, or undefined when it has no area. */
function newellNormal(points: readonly Vec3[]): Vec3 | undefined {
  let x = 0;
  let y = 0;
  let z = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Vec3;
    const b = points[(i + 1) % points.length] as Vec3;
    x += (a[1] - b[1]) * (a[2] + b[2]);
    y += (a[2] - b[2]) * (a[0] + b[0]);
    z += (a[0] - b[0]) * (a[1] + b[1]);
  }
  return normalize([x, y, z]);
}

function insideProjected(
  click: Vec3,
  points: readonly Vec3[],
  origin: Vec3,
  normal: Vec3,
): boolean {
  const [t1, t2] = tangentBasis(normal);
  const to2d = (p: Vec3): [number, number] => {
    const d = sub(p, origin);
    return [dot(d, t1), dot(d, t2)];
  };
  const [px, py] = to2d(click);
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = to2d(points[i] as Vec3);
    const [xj, yj] = to2d(points[j] as Vec3);
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function closestOnOutline(click: Vec3, points: readonly Vec3[]): Vec3 {
  let best = points[0] as Vec3;
  let bestDistance = distance(click, best);
  const closed = points.length > 2;
  const edges = closed ? points.length : points.length - 1;
  for (let i = 0; i < edges; i++) {
    const a = points[i] as Vec3;
    const b = points[(i + 1) % points.length] as Vec3;
    const c = closestOnSegment(click, a, b);
    const d = distance(click, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

export function distanceToRegion(
  clickM: Vec3,
  region: Pick<PlacedRegion, 'points' | 'centre' | 'radiusM'>,
  options: Partial<RegionDistanceOptions> = {},
): RegionDistance {
  const opts = { ...REGION_DISTANCE_DEFAULTS, ...options };
  const points = region.points;
  if (points.length === 0) {
    const fromCentre = distance(clickM, region.centre);
    if (fromCentre <= region.radiusM) return { distanceMm: 0, inside: true, nearestM: clickM };
    const direction = normalize(sub(clickM, region.centre)) ?? [0, 0, 0];
    return {
      distanceMm: (fromCentre - region.radiusM) * MM_PER_M,
      inside: false,
      nearestM: addScaled(region.centre, direction, region.radiusM),
    };
  }
  if (points.length >= 3) {
    const normal = newellNormal(points);
    if (normal) {
      const origin = centroid(points);
      let thicknessM = 0;
      for (const p of points)
        thicknessM = Math.max(thicknessM, Math.abs(dot(sub(p, origin), normal)));
      const offPlaneM = Math.abs(dot(sub(clickM, origin), normal));
      if (
        offPlaneM <= thicknessM + opts.planeToleranceMm / MM_PER_M &&
        insideProjected(clickM, points, origin, normal)
      ) {
        return { distanceMm: 0, inside: true, nearestM: clickM };
      }
    }
  }
  const nearestM = closestOnOutline(clickM, points);
  return { distanceMm: distance(clickM, nearestM) * MM_PER_M, inside: false, nearestM };
}
