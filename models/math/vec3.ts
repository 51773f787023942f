/**
 * The pipeline's vectors are the domain's (src/domain/geometry): one type, one set of helpers.
 * Only what the pipeline needs differently lives here.
 */
export type { Vec3 } from '../../src/domain/geometry';
export {
  add,
  cross,
  dot,
  lerp,
  scale,
  sub,
} from '../../src/domain/geometry';

import { length, type Vec3 } from '../../src/domain/geometry';

/** Unit vector along `a`, or the zero vector (the pipeline never stops on a degenerate edge). */
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a);
  return l > 0 ? [a[0] / l, a[1] / l, a[2] / l] : [0, 0, 0];
};
/** Mirror across the sagittal plane of the OpenSim pelvis frame (z is to the right). */
export const mirrorZ = (a: Vec3): Vec3 => [a[0], a[1], -a[2]];
