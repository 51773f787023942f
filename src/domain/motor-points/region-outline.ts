import { addScaled, cross, distance, normalize, sub, tangentBasis, type Vec3 } from '../geometry';
import type { ResolvedRule } from './resolve-rule';

export interface RegionSamplingOptions {
  /** Spacing of samples along a band's centre line, millimetres. */
  readonly segmentStepMm: number;
  /** Points on the circle of a single-point region. */
  readonly discSamples: number;
  /** Points on each rounded end of a band (more = rounder). */
  readonly capSamples: number;
  /** Points on each edge of a two-parameter patch. */
  readonly patchSamplesPerEdge: number;
}

/**
 * - `disc`: no range was stated; a circle of the half-width around the point;
 * - `band`: one range (a stretch of a line or of an offset), widened by the half-width into a
 *   stadium shape;
 * - `patch`: two ranges (e.g. u and v of a quadrilateral); the outline of their rectangle.
 */
export type RegionShape = 'disc' | 'band' | 'patch';

const EPS = 1e-9;

function span(range: readonly [number, number]): number {
  return Math.abs(range[1] - range[0]);
}

function mid(range: readonly [number, number]): number {
  return (range[0] + range[1]) / 2;
}

function disc(centre: Vec3, normal: Vec3, radiusM: number, samples: number): Vec3[] {
  const [t1, t2] = tangentBasis(normal);
  const points: Vec3[] = [];
  for (let i = 0; i < samples; i++) {
    const a = (2 * Math.PI * i) / samples;
    points.push(addScaled(addScaled(centre, t1, radiusM * Math.cos(a)), t2, radiusM * Math.sin(a)));
  }
  return points;
}

function band(
  centre: readonly Vec3[],
  normal: Vec3,
  halfWidthM: number,
  capSamples: number,
): Vec3[] {
  const n = centre.length - 1;
  const frames = centre.map((c, i) => {
    const prev = centre[Math.max(i - 1, 0)] ?? c;
    const next = centre[Math.min(i + 1, n)] ?? c;
    const d = normalize(sub(next, prev)) ?? tangentBasis(normal)[0];
    const w = normalize(cross(normal, d)) ?? tangentBasis(d)[0];
    return { c, d, w };
  });
  const first = frames[0];
  const last = frames[n];
  if (!first || !last) return [];
  const points: Vec3[] = [];
  for (const f of frames) points.push(addScaled(f.c, f.w, halfWidthM));
  for (let k = 1; k < capSamples; k++) {
    const phi = (Math.PI * k) / capSamples;
    const p = addScaled(last.c, last.w, halfWidthM * Math.cos(phi));
    points.push(addScaled(p, last.d, halfWidthM * Math.sin(phi)));
  }
  for (let i = n; i >= 0; i--) {
    const f = frames[i];
    if (f) points.push(addScaled(f.c, f.w, -halfWidthM));
  }
  for (let k = 1; k < capSamples; k++) {
    const phi = (Math.PI * k) / capSamples;
    const p = addScaled(first.c, first.w, -halfWidthM * Math.cos(phi));
    points.push(addScaled(p, first.d, -halfWidthM * Math.sin(phi)));
  }
  return points;
}

/**
 * The outline of a rule's uncertainty region before projection, as a closed polygon (the last
 * point connects to the first). `normal` is the surface normal near the region, used to lay the
 * widening and circles in the surface's tangent plane.
 */
export function regionOutline(
  rule: ResolvedRule,
  normal: Vec3,
  options: RegionSamplingOptions,
): { shape: RegionShape; points: Vec3[] } {
  const { sRange, tRange, halfWidthM } = rule;
  const sVaries = span(sRange) > EPS;
  const tVaries = span(tRange) > EPS;
  const middle = rule.at(mid(sRange), mid(tRange));

  if (sVaries && tVaries) {
    const k = Math.max(options.patchSamplesPerEdge, 1);
    const [s0, s1] = sRange;
    const [t0, t1] = tRange;
    const points: Vec3[] = [];
    for (let i = 0; i < k; i++) points.push(rule.at(s0 + ((s1 - s0) * i) / k, t0));
    for (let i = 0; i < k; i++) points.push(rule.at(s1, t0 + ((t1 - t0) * i) / k));
    for (let i = 0; i < k; i++) points.push(rule.at(s1 - ((s1 - s0) * i) / k, t1));
    for (let i = 0; i < k; i++) points.push(rule.at(s0, t1 - ((t1 - t0) * i) / k));
    return { shape: 'patch', points };
  }

  if (sVaries || tVaries) {
    const along = (x: number): Vec3 =>
      sVaries ? rule.at(x, mid(tRange)) : rule.at(mid(sRange), x);
    const [x0, x1] = sVaries ? sRange : tRange;
    const chordM = distance(along(x0), along(x1));
    if (chordM > EPS) {
      const steps = Math.max(1, Math.ceil((chordM * 1000) / options.segmentStepMm));
      const centre: Vec3[] = [];
      for (let i = 0; i <= steps; i++) centre.push(along(x0 + ((x1 - x0) * i) / steps));
      return { shape: 'band', points: band(centre, normal, halfWidthM, options.capSamples) };
    }
  }

  return { shape: 'disc', points: disc(middle, normal, halfWidthM, options.discSamples) };
}
