/**
 * Small pure unit-quaternion helpers for poses (model frame: +Y up, the body faces +Z, the body's
 * right side is -X). Quaternions are readonly `[x, y, z, w]` tuples, the order three.js uses, so
 * the scene copies them straight into a joint. Angles in degrees; a positive angle turns
 * counter-clockwise when the axis points at the viewer (right-hand rule).
 */
import { normalize, type Vec3 } from './vec3';

export type Quat = readonly [number, number, number, number];

/** @internal */
export const IDENTITY_QUAT: Quat = [0, 0, 0, 1];

export function quatFromAxisAngle(axis: Vec3, angleDeg: number): Quat {
  const unit = normalize(axis) ?? [1, 0, 0];
  const half = (angleDeg * Math.PI) / 360;
  const s = Math.sin(half);
  return [unit[0] * s, unit[1] * s, unit[2] * s, Math.cos(half)];
}

/** `a · b`: rotate by `b` first, then by `a` (as three.js `multiplyQuaternions(a, b)`). */
function multiplyQuat(a: Quat, b: Quat): Quat {
  const [ax, ay, az, aw] = a;
  const [bx, by, bz, bw] = b;
  return [
    ax * bw + aw * bx + ay * bz - az * by,
    ay * bw + aw * by + az * bx - ax * bz,
    az * bw + aw * bz + ax * by - ay * bx,
    aw * bw - ax * bx - ay * by - az * bz,
  ];
}

/** The product of several rotations, left to right (the last one is applied first). */
export function composeQuat(...parts: readonly Quat[]): Quat {
  return parts.reduce(multiplyQuat, IDENTITY_QUAT);
}

export function rotateVec3(q: Quat, v: Vec3): Vec3 {
  const [x, y, z, w] = q;
  // t = 2 (q.xyz × v); v' = v + w t + q.xyz × t
  const tx = 2 * (y * v[2] - z * v[1]);
  const ty = 2 * (z * v[0] - x * v[2]);
  const tz = 2 * (x * v[1] - y * v[0]);
  return [
    v[0] + w * tx + (y * tz - z * ty),
    v[1] + w * ty + (z * tx - x * tz),
    v[2] + w * tz + (x * ty - y * tx),
  ];
}

/**
 * The rotation that takes the model axes X, Y, Z onto three orthonormal directions (the columns
 * of a rotation matrix). Shepperd's method: stable for every rotation.
 */
export function quatFromBasis(xAxis: Vec3, yAxis: Vec3, zAxis: Vec3): Quat {
  const [m00, m10, m20] = xAxis;
  const [m01, m11, m21] = yAxis;
  const [m02, m12, m22] = zAxis;
  const trace = m00 + m11 + m22;
  if (trace > 0) {
    const s = 0.5 / Math.sqrt(trace + 1);
    return [(m21 - m12) * s, (m02 - m20) * s, (m10 - m01) * s, 0.25 / s];
  }
  if (m00 > m11 && m00 > m22) {
    const s = 2 * Math.sqrt(1 + m00 - m11 - m22);
    return [0.25 * s, (m01 + m10) / s, (m02 + m20) / s, (m21 - m12) / s];
  }
  if (m11 > m22) {
    const s = 2 * Math.sqrt(1 + m11 - m00 - m22);
    return [(m01 + m10) / s, 0.25 * s, (m12 + m21) / s, (m02 - m20) / s];
  }
  const s = 2 * Math.sqrt(1 + m22 - m00 - m11);
  return [(m02 + m20) / s, (m12 + m21) / s, 0.25 * s, (m10 - m01) / s];
}
