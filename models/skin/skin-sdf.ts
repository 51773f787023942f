import { smoothstep } from '../math/scalar';
import {
  composeSdf,
  ellipsoid,
  intersect,
  plane,
  roundCone,
  type Sdf,
  smin,
  union,
} from '../sdf/sdf';

/** Trunk slices (pelvis frame, mm): height, back and front surface x, half width. */
const TRUNK: readonly (readonly [number, number, number, number])[] = [
  [285, -186, 42, 148],
  [200, -182, 52, 146],
  [130, -172, 60, 150],
  [60, -165, 42, 166],
  [0, -172, 22, 176],
  [-60, -190, 8, 176],
  [-110, -192, -5, 168],
];

export interface SkinSdfOptions {
  /** Subcutaneous fat over muscle and bone (mm): Gibney 2010 buttock 15.4, thigh 10.4. */
  fatMm: number;
  /** Blend width between the body outline and the fat-padded tissues. */
  blendMm: number;
}

export const SKIN_SDF_DEFAULTS: SkinSdfOptions = { fatMm: 12, blendMm: 30 };

/** Smooth interpolation of the trunk slices at height y. */
function trunkAt(y: number): [number, number, number] {
  const last = TRUNK.length - 1;
  if (y >= TRUNK[0]![0]) return [TRUNK[0]![1], TRUNK[0]![2], TRUNK[0]![3]];
  if (y <= TRUNK[last]![0]) return [TRUNK[last]![1], TRUNK[last]![2], TRUNK[last]![3]];
  let i = 0;
  while (TRUNK[i + 1]![0] > y) i++;
  const a = TRUNK[i]!;
  const b = TRUNK[i + 1]!;
  const t = smoothstep(a[0], b[0], y);
  return [a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t, a[3] + (b[3] - a[3]) * t];
}

/**
 * Body surface of the lower trunk, buttocks and thighs down to just below the knees (pelvis
 * frame, mm, both sides): an elliptic trunk lofted through slices, buttock masses and thigh
 * cones, smoothly united with every muscle and bone grown by a subcutaneous fat layer (so the
 * skin follows the gluteal and thigh contours and never cuts into tissue). `tissue` is the
 * signed distance to the right-side muscles and bones; the left side reads it mirrored.
 */
export function skinSdf(tissue: Sdf | null, options: Partial<SkinSdfOptions> = {}): Sdf {
  const o = { ...SKIN_SDF_DEFAULTS, ...options };
  const trunk: Sdf = (x, y, z) => {
    const [back, front, half] = trunkAt(y);
    const cx = (back + front) / 2;
    const ra = (front - back) / 2;
    const u = (x - cx) / ra;
    const v = z / half;
    const k0 = Math.sqrt(u * u + v * v);
    const k1 = Math.sqrt((u / ra) ** 2 + (v / half) ** 2);
    return k1 > 0 ? (k0 * (k0 - 1)) / k1 : -Math.min(ra, half);
  };
  const limbs = composeSdf([
    // trunk ends above the gluteal folds with a rounded bottom
    union((x, y, z) => Math.max(trunk(x, y, z), -(y + 120) - 0), 0),
    // buttocks
    union(ellipsoid([-148, -78, 70], [56, 80, 76]), 40),
    union(ellipsoid([-148, -78, -70], [56, 80, 76]), 40),
    // thighs and knees
    union(roundCone([-64, -140, 92], 84, [-50, -470, 80], 52), 40),
    union(roundCone([-64, -140, -92], 84, [-50, -470, -80], 52), 40),
    union(roundCone([-50, -470, 80], 52, [-52, -560, 78], 45), 20),
    union(roundCone([-50, -470, -80], 52, [-52, -560, -78], 45), 20),
    // a regional cut-out: flat top and bottom
    intersect(plane([0, 280, 0], [0, 1, 0]), 20),
    intersect(plane([0, -575, 0], [0, -1, 0]), 20),
  ]);
  const cutTop = plane([0, 280, 0], [0, 1, 0]);
  const cutBottom = plane([0, -575, 0], [0, -1, 0]);
  return (x, y, z) => {
    let d = limbs(x, y, z);
    if (tissue) {
      const padded = Math.max(
        tissue(x, y, Math.abs(z)) - o.fatMm,
        cutTop(x, y, z),
        cutBottom(x, y, z),
      );
      d = smin(d, padded, o.blendMm);
    }
    // gluteal cleft: a shallow groove on the midline behind the sacrum and coccyx
    const cleft =
      10 *
      Math.exp(-(z * z) / 200) *
      smoothstep(-110, -160, x) *
      smoothstep(30, -20, y) *
      smoothstep(-190, -140, y);
    return d + cleft;
  };
}
