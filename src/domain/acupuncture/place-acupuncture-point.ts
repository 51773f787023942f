import { BILATERAL_SIDES, type BilateralSide, type Side } from '../anatomy';
import type { Vec3 } from '../geometry';
import { motorPoints as text } from '../messages/en/motor-points';
import {
  type LandmarkLookup,
  type LandmarkRule,
  PLACE_RULE_DEFAULTS,
  type PlacedRegion,
  type PlacementError,
  type PlaceRuleOptions,
  placeRule,
  RuleProblemError,
  ruleProblemToError,
  type SurfaceHit,
} from '../motor-points';
import type { AcupuncturePoint, AcupunctureRule, CunScaleId } from './acupuncture-point';
import { cunMm } from './cun-scale';

/** The scene's closest-point query on the skin (the model's single `skin` node is on the midline). */
export interface SkinQuery {
  closestPoint(target: 'skin', side: Side, p: Vec3): SurfaceHit | undefined;
}

export type PlaceAcupunctureOptions = Omit<PlaceRuleOptions, 'regionHalfWidthMm'> & {
  /** Use `point.alternatives[alternative]` instead of the main rule. */
  readonly alternative?: number;
};

/** Region sampling as for motor points; region sizes come from each point, in cun. */
const PLACE_ACUPUNCTURE_DEFAULTS: PlaceAcupunctureOptions = {
  segmentStepMm: PLACE_RULE_DEFAULTS.segmentStepMm,
  discSamples: PLACE_RULE_DEFAULTS.discSamples,
  capSamples: PLACE_RULE_DEFAULTS.capSamples,
  patchSamplesPerEdge: PLACE_RULE_DEFAULTS.patchSamplesPerEdge,
};

export interface PlacedAcupuncturePoint {
  /** `<code>:<side>`, or `<code>:<side>:alt<n>` for an alternative location. */
  readonly id: string;
  readonly code: string;
  readonly side: BilateralSide;
  /** Index into `alternatives`, or `null` for the main rule. */
  readonly alternative: number | null;
  readonly approximate: boolean;
  /** The rule's point projected onto the skin. */
  readonly position: Vec3;
  readonly rulePosition: Vec3;
  readonly normal: Vec3;
  readonly projectionDistanceM: number;
  readonly region: PlacedRegion;
  /** The cun scale used for the offset (or for the region size) and 1 cun on this model, mm. */
  readonly cunScale: CunScaleId;
  readonly cunMm: number;
  /** True when that cun scale is an app heuristic (show the notice). */
  readonly cunHeuristic: boolean;
}

function toLandmarkRule(rule: AcupunctureRule, cun: number, halfWidthCun: number): LandmarkRule {
  const regionHalfWidthMm = halfWidthCun * cun;
  if (rule.kind !== 'offset-cun') return { ...rule, regionHalfWidthMm };
  const u = rule.uncertaintyCun ?? 0;
  return {
    kind: 'offset',
    from: rule.from,
    direction: rule.direction,
    offsetMm: rule.cun * cun,
    ...(u > 0 ? { offsetRangeMm: [(rule.cun - u) * cun, (rule.cun + u) * cun] as const } : {}),
    regionHalfWidthMm,
    readingNote: rule.readingNote,
  };
}

/**
 * Place an acupuncture point on one side: convert cun with a proportional scale measured on the
 * model's landmarks, resolve the rule, and project the point and its region onto the skin.
 * @internal
 */
export function placeAcupuncturePoint(
  point: AcupuncturePoint,
  side: BilateralSide,
  landmarks: LandmarkLookup,
  skin: SkinQuery,
  options: Partial<PlaceAcupunctureOptions> = {},
): PlacedAcupuncturePoint | PlacementError {
  const { alternative, ...sampling } = { ...PLACE_ACUPUNCTURE_DEFAULTS, ...options };
  const chosen = alternative === undefined ? point.rule : point.alternatives[alternative]?.rule;
  const recordId =
    alternative === undefined ? point.code : `${point.code} (alternative ${alternative})`;
  if (!chosen) {
    return {
      kind: 'placement-error',
      module: 'acupuncture',
      code: 'degenerate-rule',
      recordId,
      side,
      message: text.errors.degenerateRule(
        'acupuncture',
        point.code,
        side,
        `it has no alternative ${alternative}`,
      ),
    };
  }
  try {
    const cunScale: CunScaleId = chosen.kind === 'offset-cun' ? chosen.cunScale : 'thigh-lateral';
    const cun = cunMm(cunScale, side, landmarks);
    const placed = placeRule(
      toLandmarkRule(chosen, cun.mm, point.regionHalfWidthCun),
      side,
      landmarks,
      (p) => skin.closestPoint('skin', 'midline', p),
      { ...sampling, regionHalfWidthMm: point.regionHalfWidthCun * cun.mm },
    );
    if (!placed) {
      return {
        kind: 'placement-error',
        module: 'acupuncture',
        code: 'missing-surface',
        recordId,
        side,
        message: text.errors.missingSkin(point.code, side),
      };
    }
    return {
      id:
        alternative === undefined
          ? `${point.code}:${side}`
          : `${point.code}:${side}:alt${alternative}`,
      code: point.code,
      side,
      alternative: alternative ?? null,
      approximate: point.approximate,
      ...placed,
      cunScale,
      cunMm: cun.mm,
      cunHeuristic: cun.heuristic,
    };
  } catch (error) {
    if (error instanceof RuleProblemError) {
      return ruleProblemToError('acupuncture', recordId, side, error.problem);
    }
    throw error;
  }
}

/** Place every point's main rule on both sides; failures are listed in `errors`. */
export function placeAllAcupuncturePoints(
  points: readonly AcupuncturePoint[],
  landmarks: LandmarkLookup,
  skin: SkinQuery,
  options: Partial<Omit<PlaceAcupunctureOptions, 'alternative'>> = {},
): { placed: PlacedAcupuncturePoint[]; errors: PlacementError[] } {
  const placed: PlacedAcupuncturePoint[] = [];
  const errors: PlacementError[] = [];
  for (const point of points) {
    for (const side of BILATERAL_SIDES) {
      const result = placeAcupuncturePoint(point, side, landmarks, skin, options);
      if ('kind' in result) errors.push(result);
      else placed.push(result);
    }
  }
  return { placed, errors };
}
