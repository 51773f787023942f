import type { BilateralSide } from '../anatomy';
import { centroid, distance, type Vec3 } from '../geometry';
import type { LandmarkRule } from './landmark-rule';
import { type RegionSamplingOptions, type RegionShape, regionOutline } from './region-outline';
import { resolveRule } from './resolve-rule';
import type { LandmarkLookup, SurfaceHit } from './surface-query';

export interface PlaceRuleOptions extends RegionSamplingOptions {
  /** Half-width of the uncertainty region when a rule states none, millimetres. */
  readonly regionHalfWidthMm: number;
}

export const PLACE_RULE_DEFAULTS: PlaceRuleOptions = {
  regionHalfWidthMm: 10,
  segmentStepMm: 8,
  discSamples: 16,
  capSamples: 6,
  patchSamplesPerEdge: 6,
};

/** An uncertainty region drawn on a surface. */
export interface PlacedRegion {
  readonly shape: RegionShape;
  /** Closed outline on the surface, in order (the last point joins the first). */
  readonly points: readonly Vec3[];
  /** Centre for drawing a soft patch: the outline's mean, moved onto the surface. */
  readonly centre: Vec3;
  /** The middle of the stated range (or the point itself when no range), on the surface. */
  readonly midpoint: Vec3;
  /** Distance from `centre` to the farthest outline point (or the marker), metres. */
  readonly radiusM: number;
}

export interface RulePlacement {
  /** The rule's point projected onto the surface. */
  readonly position: Vec3;
  /** The rule's point before projection. */
  readonly rulePosition: Vec3;
  /** Outward surface normal at `position`. */
  readonly normal: Vec3;
  /** How far projection moved the point, metres. */
  readonly projectionDistanceM: number;
  readonly region: PlacedRegion;
}

/**
 * Resolve a rule on the landmarks, project its point and its uncertainty region with `project`
 * (a closest-point query on the target surface). `undefined` when the surface is missing.
 * Throws `RuleProblemError` for a missing landmark or a degenerate rule.
 */
export function placeRule(
  rule: LandmarkRule,
  side: BilateralSide,
  landmarks: LandmarkLookup,
  project: (p: Vec3) => SurfaceHit | undefined,
  options: PlaceRuleOptions,
): RulePlacement | undefined {
  const resolved = resolveRule(rule, side, landmarks, options.regionHalfWidthMm);
  const rulePosition = resolved.at(resolved.nominal[0], resolved.nominal[1]);
  const hit = project(rulePosition);
  if (!hit) return undefined;
  const midRaw = resolved.at(
    (resolved.sRange[0] + resolved.sRange[1]) / 2,
    (resolved.tRange[0] + resolved.tRange[1]) / 2,
  );
  const midHit = project(midRaw) ?? hit;
  const outline = regionOutline(resolved, midHit.normal, options);
  const points: Vec3[] = [];
  for (const p of outline.points) {
    const h = project(p);
    if (h) points.push(h.point);
  }
  const centre =
    points.length > 0 ? (project(centroid(points))?.point ?? midHit.point) : midHit.point;
  let radiusM = distance(centre, hit.point);
  for (const p of points) radiusM = Math.max(radiusM, distance(centre, p));
  return {
    position: hit.point,
    rulePosition,
    normal: hit.normal,
    projectionDistanceM: distance(rulePosition, hit.point),
    region: { shape: outline.shape, points, centre, midpoint: midHit.point, radiusM },
  };
}
