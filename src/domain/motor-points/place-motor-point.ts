import { BILATERAL_SIDES, type BilateralSide, type MuscleId } from '../anatomy';
import type { Vec3 } from '../geometry';
import { motorPoints as text } from '../messages/en/motor-points';
import type { Confidence, FinerType, MotorPointRecord, PointType } from './motor-point';
import {
  PLACE_RULE_DEFAULTS,
  type PlacedRegion,
  type PlaceRuleOptions,
  placeRule,
} from './place-rule';
import { type PlacementError, ruleProblemToError } from './placement-error';
import { RuleProblemError } from './rule-problem';
import { type LandmarkLookup, type SurfaceQuery, surfaceFaceFor } from './surface-query';

export type PlaceMotorPointOptions = PlaceRuleOptions;

/**
 * Defaults for motor point placement: a 10 mm half-width where a record states no range, bands
 * sampled every 8 mm, 16-point circles, 6-point band ends, 6 samples per patch edge.
 */
const PLACE_MOTOR_POINT_DEFAULTS: PlaceMotorPointOptions = PLACE_RULE_DEFAULTS;

/** A motor point record placed on one side of a model. */
export interface PlacedPoint {
  /** `<recordId>:<side>`, unique per placed marker. */
  readonly id: string;
  readonly recordId: string;
  readonly muscle: MuscleId;
  readonly side: BilateralSide;
  readonly pointType: PointType;
  readonly finerType: FinerType;
  readonly confidence: Confidence;
  readonly axisUnverified: boolean;
  /** The rule's point projected onto the muscle surface. */
  readonly position: Vec3;
  /** The rule's point before projection (on the landmark lines). */
  readonly rulePosition: Vec3;
  /** Outward surface normal at `position`. */
  readonly normal: Vec3;
  /** How far projection moved the point, metres. */
  readonly projectionDistanceM: number;
  /** Uncertainty region on the muscle surface (draw as a soft patch). */
  readonly region: PlacedRegion;
}

/**
 * Place one motor point record on one side of a model: resolve its landmark rule on the model's
 * landmarks, then project the point and its uncertainty region onto the muscle surface, on the
 * face its point type goes on (`surfaceFaceFor`).
 * Returns a `PlacementError` (never throws) when a landmark or the muscle surface is missing.
 * @internal
 */
export function placeMotorPoint(
  record: MotorPointRecord,
  side: BilateralSide,
  landmarks: LandmarkLookup,
  surface: SurfaceQuery,
  options: Partial<PlaceMotorPointOptions> = {},
): PlacedPoint | PlacementError {
  const opts = { ...PLACE_MOTOR_POINT_DEFAULTS, ...options };
  const face = surfaceFaceFor(record.pointType);
  try {
    const placed = placeRule(
      record.rule,
      side,
      landmarks,
      (p) => surface.closestPoint(record.muscle, side, p, face),
      opts,
    );
    if (!placed) {
      return {
        kind: 'placement-error',
        module: 'motor-points',
        code: 'missing-surface',
        recordId: record.id,
        side,
        message: text.errors.missingMuscleSurface(record.muscle, side),
      };
    }
    return {
      id: `${record.id}:${side}`,
      recordId: record.id,
      muscle: record.muscle,
      side,
      pointType: record.pointType,
      finerType: record.finerType,
      confidence: record.confidence,
      axisUnverified: record.axisUnverified,
      ...placed,
    };
  } catch (error) {
    if (error instanceof RuleProblemError) {
      return ruleProblemToError('motor-points', record.id, side, error.problem);
    }
    throw error;
  }
}

/** Place every record on both sides; markers that cannot be placed are listed in `errors`. */
export function placeAllMotorPoints(
  records: readonly MotorPointRecord[],
  landmarks: LandmarkLookup,
  surface: SurfaceQuery,
  options: Partial<PlaceMotorPointOptions> = {},
): { placed: PlacedPoint[]; errors: PlacementError[] } {
  const placed: PlacedPoint[] = [];
  const errors: PlacementError[] = [];
  for (const record of records) {
    for (const side of BILATERAL_SIDES) {
      const result = placeMotorPoint(record, side, landmarks, surface, options);
      if ('kind' in result) errors.push(result);
      else placed.push(result);
    }
  }
  return { placed, errors };
}
