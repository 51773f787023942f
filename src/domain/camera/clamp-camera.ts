import type { Vec3 } from './frame-sphere';

export interface CameraClampOptions {
  /** Closest the camera may be to its target, in model radii (inside that is inside the body). */
  minDistanceRadii: number;
  /** Farthest, in model radii (the far plane is beyond it, so the model is never cut away). */
  maxDistanceRadii: number;
  /** Largest offset of the target from the model's centre on each axis, in model radii. */
  targetRadii: number;
}

/** The same limits as the orbit controls (CameraRig), so a link cannot go where a drag cannot. */
export const CAMERA_CLAMP_DEFAULTS: CameraClampOptions = {
  minDistanceRadii: 0.3,
  maxDistanceRadii: 5,
  targetRadii: 0.8,
};

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * A camera from a link or a message, brought within the model's reach (review F8): the target
 * stays near the model and the distance between the orbit limits, keeping the direction of
 * view. `cam=0,0,30,0,0,0` then shows the model small instead of an empty view, and a camera
 * a millimetre from its target stands outside the pelvis.
 */
export function clampCameraToModel(
  position: Vec3,
  target: Vec3,
  center: Vec3,
  radiusM: number,
  options: Partial<CameraClampOptions> = {},
): { position: Vec3; target: Vec3 } {
  const o = { ...CAMERA_CLAMP_DEFAULTS, ...options };
  const reach = radiusM * o.targetRadii;
  const t: Vec3 = [
    clamp(target[0], center[0] - reach, center[0] + reach),
    clamp(target[1], center[1] - reach, center[1] + reach),
    clamp(target[2], center[2] - reach, center[2] + reach),
  ];
  let d: Vec3 = [position[0] - target[0], position[1] - target[1], position[2] - target[2]];
  let length = Math.hypot(d[0], d[1], d[2]);
  if (!(length > 0)) {
    d = [0, 0, 1];
    length = 1;
  }
  const distance = clamp(length, radiusM * o.minDistanceRadii, radiusM * o.maxDistanceRadii);
  const s = distance / length;
  return { position: [t[0] + d[0] * s, t[1] + d[1] * s, t[2] + d[2] * s], target: t };
}
