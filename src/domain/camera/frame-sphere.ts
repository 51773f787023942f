export type Vec3 = readonly [number, number, number];

export interface FrameSphereOptions {
  /** Vertical field of view of the camera, degrees. */
  fovDeg: number;
  /** Width over height of the viewport. */
  aspect: number;
  /** Extra room around the sphere (1 = touching the edges). */
  margin: number;
}

const FRAME_SPHERE_DEFAULTS: FrameSphereOptions = { fovDeg: 30, aspect: 1, margin: 1.1 };

/**
 * Where to put a camera so a sphere fills the view from a given direction.
 * Uses the narrower of the two fields of view so a tall model fits a wide or narrow screen.
 */
export function frameSphere(
  center: Vec3,
  radiusM: number,
  direction: Vec3,
  options: Partial<FrameSphereOptions> = {},
): { position: Vec3; target: Vec3; distanceM: number } {
  const { fovDeg, aspect, margin } = { ...FRAME_SPHERE_DEFAULTS, ...options };
  const vFov = (fovDeg * Math.PI) / 180;
  const hFov = 2 * Math.atan(Math.tan(vFov / 2) * aspect);
  const halfFov = Math.min(vFov, hFov) / 2;
  const distanceM = (radiusM * margin) / Math.sin(halfFov);
  const length = Math.hypot(direction[0], direction[1], direction[2]) || 1;
  const position: Vec3 = [
    center[0] + (direction[0] / length) * distanceM,
    center[1] + (direction[1] / length) * distanceM,
    center[2] + (direction[2] / length) * distanceM,
  ];
  return { position, target: center, distanceM };
}
