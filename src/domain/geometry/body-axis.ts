import type { Vec3 } from './vec3';

/** Closer than this (metres, horizontally) to the axis a point has no outward direction. */
const ON_AXIS_M = 1e-4;

/**
 * True when a surface normal at `point` turns toward the body's vertical axis (the +Y line
 * through `axis`): the deep face of a muscle wrapped around the body, not its outer face. A
 * point on the axis itself has no inside or outside, so it never faces it.
 */
export function facesBodyAxis(point: Vec3, normal: Vec3, axis: Vec3): boolean {
  const outX = point[0] - axis[0];
  const outZ = point[2] - axis[2];
  if (Math.hypot(outX, outZ) <= ON_AXIS_M) return false;
  return normal[0] * outX + normal[2] * outZ < 0;
}
