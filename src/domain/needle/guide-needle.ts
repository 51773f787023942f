import type { Vec3 } from '../geometry';
import type { MotorPointRecord } from '../motor-points/motor-point';
import {
  findNeedleRoute,
  type NeedleRoute,
  ROUTE_DEFAULTS,
  type RouteOptions,
} from './find-needle-route';
import { type NeedleApproach, needleApproachFor } from './needle-approach';
import { PUBLISHED_DEPTHS, type PublishedDepth } from './published-depth';
import type { ModelledStructure, NearbyStructure, TissueQuery } from './tissue-query';
import { modelledNear, type NearbyStructureId, unmodelledNear } from './unmodelled-structures';

/** Everything the card says about reaching one placed point with a needle. */
export interface NeedleGuidance {
  readonly approach: NeedleApproach;
  /** Searched only for the `straight-line` approach; `null` otherwise. */
  readonly route: NeedleRoute | null;
  /** Structures near this point that the model lacks. */
  readonly unmodelledNearby: readonly NearbyStructureId[];
  /** Structures near this point that the model has (named whatever the approach). */
  readonly modelledNearby: readonly NearbyStructureId[];
  readonly publishedDepth: PublishedDepth | null;
  /** Modelled nerves, vessels and organs within `NEARBY_HAZARD_M` of the target, nearest first. */
  readonly nearbyHazards: readonly NearbyStructure[];
}

/** How far around a target the card lists modelled hazards, in any direction. */
export const NEARBY_HAZARD_M = 0.04;

export interface NeedleTarget {
  readonly position: Vec3;
  /** The structure the point sits on (listed last among those crossed). */
  readonly structure?: ModelledStructure;
  /** Directions toward the skin to try first: the outward normal, the nearest skin point. */
  readonly preferredDirections?: readonly Vec3[];
  /**
   * Model lengths to the patient's real size (the fitted body's overall scale; 1 for the
   * reference body). Safety distances are real millimetres, so they are compared in model
   * space divided by it, and every length the guidance reports is multiplied by it.
   */
  readonly realScale?: number;
}

/**
 * Decide the needle guidance for a placed point: the published image-guided technique for deep
 * and intrapelvic targets, nothing for surface electrode sites and part-level records, and for
 * the rest the safest straight route on this model (or the statement that there is none).
 */
export function guideNeedle(
  record: Pick<MotorPointRecord, 'id' | 'muscle' | 'finerType'>,
  target: NeedleTarget,
  tissue: TissueQuery,
  modelledIds: ReadonlySet<string>,
  options: Partial<RouteOptions> = {},
): NeedleGuidance {
  const approach = needleApproachFor(record);
  const realScale = target.realScale ?? 1;
  const real = { ...ROUTE_DEFAULTS, ...options };
  // The route rule measures in model space: real distances shrink or grow with the fitted body.
  const modelOptions: RouteOptions = {
    ...real,
    maxDepthM: real.maxDepthM / realScale,
    safetyM: real.safetyM / realScale,
    lineRadiusM: real.lineRadiusM / realScale,
    beyondM: real.beyondM / realScale,
    warnMarginM: real.warnMarginM / realScale,
    stepM: real.stepM / realScale,
    touchM: real.touchM / realScale,
    extraDirections: target.preferredDirections ?? [],
  };
  const route =
    approach.kind === 'straight-line'
      ? findNeedleRoute(target.position, tissue, modelOptions, target.structure)
      : null;
  return {
    approach,
    route: route ? scaleRoute(route, realScale) : null,
    unmodelledNearby: unmodelledNear(record, modelledIds),
    modelledNearby: modelledNear(record, modelledIds),
    // Depths matter only where a needle goes: not for electrode sites or unlocated parts.
    publishedDepth:
      approach.kind === 'straight-line' || approach.kind === 'image-guided'
        ? (PUBLISHED_DEPTHS[record.muscle] ?? null)
        : null,
    // Only beside a drawn or searched straight route: for psoas the plexus inside the muscle
    // makes any "nearest nerve" number misleading.
    nearbyHazards:
      approach.kind === 'straight-line'
        ? [...tissue.hazardsNear(target.position, NEARBY_HAZARD_M / realScale)]
            .map((n) => scaleNearby(n, realScale))
            .sort((a, b) => a.distanceM - b.distanceM)
        : [],
  };
}

function scaleNearby(near: NearbyStructure, realScale: number): NearbyStructure {
  return { ...near, distanceM: near.distanceM * realScale };
}

/** The route's lengths in the patient's real size (directions and positions stay model space). */
function scaleRoute(route: NeedleRoute, realScale: number): NeedleRoute {
  if (route.kind !== 'route' || realScale === 1) return route;
  return {
    ...route,
    depthM: route.depthM * realScale,
    overshoot: route.overshoot
      ? { ...route.overshoot, marginM: route.overshoot.marginM * realScale }
      : null,
    atTarget: route.atTarget.map((n) => scaleNearby(n, realScale)),
  };
}
