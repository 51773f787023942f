import type { BilateralSide, LandmarkId, MuscleId, Side } from '../anatomy';
import type { Vec3 } from '../geometry';
import type { PointType } from './motor-point';

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
 * Which face of a muscle a point goes on: `outer`, the face turned away from the body (where a
 * clinician palpates and a needle enters), or `nearest`, whichever face is closest.
 */
export type SurfaceFace = 'outer' | 'nearest';

/**
 * Stimulation sites and nerve-dense zones go on the outer face; nerve entry points stay on the
 * nearest face (often the deep one), as the dissections report them.
 */
export function surfaceFaceFor(pointType: PointType): SurfaceFace {
  return pointType === 'nerve-entry' ? 'nearest' : 'outer';
}

/**
 * The scene's closest-point query on muscle surfaces, on the face asked for (`nearest` when left
 * out). `undefined` when the model has no mesh for that muscle and side.
 */
export interface SurfaceQuery {
  closestPoint(
    muscle: MuscleId,
    side: BilateralSide,
    p: Vec3,
    face?: SurfaceFace,
  ): SurfaceHit | undefined;
}
