import type { FrameSphereOptions, Vec3 } from './frame-sphere';

export interface Box {
  readonly min: Vec3;
  readonly max: Vec3;
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
const normalize = (a: Vec3): Vec3 => {
  const length = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / length, a[1] / length, a[2] / length];
};

/**
 * Where to put a camera so a box fills the view from a given direction: the closest distance at
 * which every corner is inside the frustum (with `margin` of room; 1 = touching the edges).
 * Tighter than framing the box's sphere, most of all from above, where the sphere of a standing
 * body is far wider than the body seen end-on. Camera up is +Y (for a view from straight above,
 * the direction's small forward tilt picks the screen's up).
 */
export function frameBox(
  box: Box,
  direction: Vec3,
  options: FrameSphereOptions,
): { position: Vec3; target: Vec3; distanceM: number } {
  const center: Vec3 = [
    (box.min[0] + box.max[0]) / 2,
    (box.min[1] + box.max[1]) / 2,
    (box.min[2] + box.max[2]) / 2,
  ];
  const back = normalize(direction);
  const worldUp: Vec3 = Math.abs(back[1]) > 0.999 ? [0, 0, -1] : [0, 1, 0];
  const right = normalize(cross(worldUp, back));
  const up = cross(back, right);
  const tanV = Math.tan((options.fovDeg * Math.PI) / 360);
  const tanH = tanV * options.aspect;
  let distanceM = 0;
  for (let i = 0; i < 8; i++) {
    const corner: Vec3 = [
      (i & 1 ? box.max[0] : box.min[0]) - center[0],
      (i & 2 ? box.max[1] : box.min[1]) - center[1],
      (i & 4 ? box.max[2] : box.min[2]) - center[2],
    ];
    // The corner's depth toward the camera and its offsets across the view.
    const toward = dot(corner, back);
    const across = Math.abs(dot(corner, right)) * options.margin;
    const along = Math.abs(dot(corner, up)) * options.margin;
    distanceM = Math.max(distanceM, toward + across / tanH, toward + along / tanV);
  }
  const position: Vec3 = [
    center[0] + back[0] * distanceM,
    center[1] + back[1] * distanceM,
    center[2] + back[2] * distanceM,
  ];
  return { position, target: center, distanceM };
}
