import type { Vec3 } from '../math/vec3';
import { composeSdf, roundCone, type Sdf, union } from '../sdf/sdf';

/**
 * A stand-in for the thigh muscles (quadriceps, hamstrings, adductors) of the right side,
 * which the core model does not mesh: the thigh outline the skin used before, less the
 * subcutaneous fat. The iliotibial band is seated on it (so it lies where the surface of vastus
 * lateralis would be instead of hanging in the air), and the skin wraps it with the fat layer.
 * Pelvis frame, mm.
 */
// radii: the former thigh outline (84 mm below the buttock, 52 above the knee, 45 at it) less
// a 12 mm skin-and-fat layer
const UPPER: readonly [Vec3, number] = [[-62, -160, 90], 72];
const KNEE: readonly [Vec3, number] = [[-50, -470, 80], 40];
const BELOW_KNEE: readonly [Vec3, number] = [[-52, -560, 78], 33];

export function thighMassSdf(): Sdf {
  return composeSdf([
    union(roundCone(UPPER[0], UPPER[1], KNEE[0], KNEE[1]), 0),
    union(roundCone(KNEE[0], KNEE[1], BELOW_KNEE[0], BELOW_KNEE[1]), 20),
  ]);
}

/**
 * A point on the stand-in's surface between the buttock and the knee, at height y (mm), at
 * `angleDeg` round the thigh from straight lateral (positive towards the front), lifted
 * `offsetMm` off it.
 */
export function onThighSurface(y: number, angleDeg: number, offsetMm: number): Vec3 {
  const f = (y - UPPER[0][1]) / (KNEE[0][1] - UPPER[0][1]);
  const c = UPPER[0].map((v, k) => v + (KNEE[0][k]! - v) * f) as unknown as Vec3;
  const r = UPPER[1] + (KNEE[1] - UPPER[1]) * f + offsetMm;
  const a = (angleDeg * Math.PI) / 180;
  return [c[0] + r * Math.sin(a), y, c[2] + r * Math.cos(a)];
}
