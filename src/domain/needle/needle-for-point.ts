import { addScaled, length, sub, type Vec3 } from '../geometry';
import { MOTOR_POINTS } from '../motor-points/data/motor-points';
import type { PlacedPoint } from '../motor-points/place-motor-point';
import { guideNeedle, type NeedleGuidance } from './guide-needle';
import type { ModelledStructure, TissueQuery } from './tissue-query';

/** What the scene measures on the loaded model for the needle rule (rest pose, model space). */
export interface NeedleModel {
  /** What a straight line meets and what lies near a point. */
  readonly tissue: TissueQuery;
  /** Every structure the model has: the route rule's target and the "not modelled" list. */
  readonly structures: readonly ModelledStructure[];
  /** The nearest point on the skin; `undefined` when the model has no skin. */
  nearestSkinPoint(p: Vec3): Vec3 | undefined;
  /** Model lengths to the fitted patient's real size (1 for the reference body). */
  readonly realScale: number;
}

export interface NeedleLineOptions {
  /** How far the drawn line reaches out beyond the skin, so its entry is easy to see (metres). */
  outsideSkinM: number;
}

const NEEDLE_LINE_DEFAULTS: NeedleLineOptions = { outsideSkinM: 0.04 };

/** The needle guidance for one placed point, and the line to draw for a straight route. */
export type PointNeedle =
  | {
      readonly kind: 'guided';
      readonly guidance: NeedleGuidance;
      /** From outside the skin to the target, when there is a straight route; else `null`. */
      readonly line: readonly [Vec3, Vec3] | null;
    }
  /** The point names a record this app has no data for: no guidance is given. */
  | { readonly kind: 'unknown-record'; readonly recordId: string };

const RECORD_BY_ID = new Map(MOTOR_POINTS.map((r) => [r.id, r]));
/** Nearer than this (metres) the nearest skin point gives no direction of its own. */
const ON_SKIN_M = 1e-5;

/**
 * Decide the needle guidance for a placed motor point on this model: the directions toward the
 * skin tried first (the nearest skin point, then the outward normal), the route rule and its
 * measurements (`guideNeedle`), and the line that shows a straight route.
 */
export function needleForPoint(
  point: Pick<PlacedPoint, 'recordId' | 'muscle' | 'side' | 'position' | 'normal'>,
  model: NeedleModel,
  options: Partial<NeedleLineOptions> = {},
): PointNeedle {
  const record = RECORD_BY_ID.get(point.recordId);
  if (!record) return { kind: 'unknown-record', recordId: point.recordId };
  const { outsideSkinM } = { ...NEEDLE_LINE_DEFAULTS, ...options };
  const preferred: Vec3[] = [point.normal];
  const skin = model.nearestSkinPoint(point.position);
  const toSkin = skin ? sub(skin, point.position) : null;
  if (toSkin && length(toSkin) > ON_SKIN_M) preferred.unshift(toSkin);
  const structureKey = `${point.muscle}:${point.side}`;
  const guidance = guideNeedle(
    record,
    {
      position: point.position,
      structure: model.structures.find((s) => s.key === structureKey),
      preferredDirections: preferred,
      realScale: model.realScale,
    },
    model.tissue,
    new Set(model.structures.map((s) => s.id)),
  );
  const route = guidance.route;
  const line =
    route?.kind === 'route'
      ? ([addScaled(route.skinEntry, route.direction, -outsideSkinM), point.position] as const)
      : null;
  return { kind: 'guided', guidance, line };
}
