import { smoothstep } from '../math/scalar';
import { composeSdf, intersect, plane, type Sdf, smin, union } from '../sdf/sdf';

/** Trunk slices (pelvis frame, mm): height, back and front surface x, half width. */
const TRUNK: readonly (readonly [number, number, number, number])[] = [
  [285, -186, 42, 148],
  [200, -182, 52, 146],
  [130, -172, 60, 150],
  [60, -160, 42, 156],
  [0, -160, 22, 140],
  [-60, -165, 8, 130],
  [-110, -165, -5, 120],
];

export interface SkinSdfOptions {
  /**
   * Skin + subcutaneous fat over the buttock and hip (mm): Gibney 2010 buttock skin 2.4 + fat
   * 15.4 mm, less half the reported 5.1 mm sex difference for the reference man.
   */
  buttockFatMm: number;
  /**
   * The side of the hip (the ventrogluteal site), thinner than the buttock: most of Nisbet's
   * CT cohort had under 25 mm from skin to muscle there.
   */
  lateralHipFatMm: number;
  /** Pelvis-frame x (mm) over which the buttock layer hands over to the lateral hip layer. */
  lateralFromX: number;
  lateralToX: number;
  /** The same on the thigh: Gibney thigh skin 1.9 + fat 10.4 mm, less the sex shift. */
  thighFatMm: number;
  /** Heights (pelvis frame, mm) over which the buttock layer hands over to the thigh layer. */
  thighFatFromY: number;
  thighFatToY: number;
  /** Blend width between the trunk outline and the fat-padded tissues. */
  blendMm: number;
}

const SKIN_SDF_DEFAULTS: SkinSdfOptions = {
  buttockFatMm: 15,
  lateralHipFatMm: 11,
  lateralFromX: -115,
  lateralToX: -70,
  thighFatMm: 10,
  thighFatFromY: -200,
  thighFatToY: -300,
  blendMm: 20,
};

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
 * frame, mm, both sides): an elliptic trunk lofted through slices, smoothly united with every
 * muscle and bone (and the thigh stand-in) grown by a skin-and-fat layer of published depth, so
 * the needle depth from skin to muscle matches the figures. `tissue` is the signed distance to
 * the right-side tissues; the left side reads it mirrored.
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
  // the trunk outline gives the belly and the flanks, where the model has no muscles; the
  // buttocks and thighs are the muscles (and the thigh stand-in) under their fat layer
  const limbs = composeSdf([
    union((x, y, z) => Math.max(trunk(x, y, z), -(y + 120) - 0), 0),
    intersect(plane([0, 280, 0], [0, 1, 0]), 20),
    intersect(plane([0, -575, 0], [0, -1, 0]), 20),
  ]);
  const fatAt = (x: number, y: number) => {
    const hip =
      o.buttockFatMm +
      (o.lateralHipFatMm - o.buttockFatMm) * smoothstep(o.lateralFromX, o.lateralToX, x);
    return hip + (o.thighFatMm - hip) * smoothstep(o.thighFatFromY, o.thighFatToY, y);
  };
  const cutTop = plane([0, 280, 0], [0, 1, 0]);
  const cutBottom = plane([0, -575, 0], [0, -1, 0]);
  return (x, y, z) => {
    let d = limbs(x, y, z);
    if (tissue) {
      const padded = Math.max(
        tissue(x, y, Math.abs(z)) - fatAt(x, y),
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
