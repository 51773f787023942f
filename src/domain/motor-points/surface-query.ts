import type { BilateralSide, LandmarkId, MuscleId, Side } from '../anatomy';
import type { Vec3 } from '../geometry';

/**
 * Where the model puts a landmark, in the model frame (metres, +Y up, body faces +Z, the body's
 * right side is -X). Midline landmarks are asked for with side `midline`. `undefined` when the
 * model has no such landmark node.
 */
export type LandmarkLookup = (id: LandmarkId, side: Side) => Vec3 | undefined;

/** A point on a surface with its outward unit normal. */
export interface SurfaceHit {
  readonly point: Vec3;
  readonly normal: Vec3;
}

/**
 * The scene's closest-point query on muscle surfaces. `undefined` when the model has no mesh for
 * that muscle and side.
 */
export interface SurfaceQuery {
  closestPoint(muscle: MuscleId, side: BilateralSide, p: Vec3): SurfaceHit | undefined;
}
