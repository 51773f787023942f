import type { Vec3 } from '../geometry';

/** What a modelled structure is, as the model's node `extras.kind` says. */
export const TISSUE_KINDS = ['skin', 'muscle', 'bone', 'nerve', 'vessel', 'organ'] as const;
export type TissueKind = (typeof TISSUE_KINDS)[number];

/**
 * A structure the model has a surface for. `key` is `id:side`. Ids are plain strings so a model
 * that brings structures this app has no vocabulary entry for (an artery, a kidney) still works.
 */
export interface ModelledStructure {
  readonly key: string;
  readonly id: string;
  readonly side: string;
  readonly kind: TissueKind;
  /** The model marks it as a structure a needle must avoid (`extras.atRisk`). */
  readonly atRisk: boolean;
}

/** Where a ray crosses the surface of a structure. */
export interface SurfaceCrossing {
  readonly structure: ModelledStructure;
  /** Distance along the ray from its origin (metres). */
  readonly distanceM: number;
}

/** A structure whose surface lies near a point. */
export interface NearbyStructure {
  readonly structure: ModelledStructure;
  /** Shortest distance from the point to the structure's surface (metres). */
  readonly distanceM: number;
}

/**
 * The scene's port onto the modelled tissue: what a straight line meets and what lies near a
 * point. The route rule decides; the implementation only measures (BVHs in the viewer, analytic
 * shapes in tests).
 */
export interface TissueQuery {
  /** Every surface crossing of a ray from `origin` along the unit `direction`, up to `maxM`. */
  crossings(origin: Vec3, direction: Vec3, maxM: number): readonly SurfaceCrossing[];
  /**
   * Structures a needle must keep away from (nerves, vessels, organs and anything marked at
   * risk) whose surface lies within `radiusM` of `point`.
   */
  hazardsNear(point: Vec3, radiusM: number): readonly NearbyStructure[];
}

/** Structures a needle must not cross or pass close to. */
export function isHazard(structure: ModelledStructure): boolean {
  return (
    structure.atRisk ||
    structure.kind === 'nerve' ||
    structure.kind === 'vessel' ||
    structure.kind === 'organ'
  );
}
