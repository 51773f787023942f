import { loadFigures } from '../figures/load-figures';
import { add, cross, normalize, scale, sub, type Vec3 } from '../math/vec3';
import {
  composeSdf,
  ellipsoid,
  roundCone,
  roundConeChain,
  roundedBox,
  type Sdf,
  sphere,
  subtract,
  union,
  withBound,
} from '../sdf/sdf';

export interface FemurOptions {
  /** Neck-shaft angle (deg); Rajagopal-sized adult male, cf. 124.7 +- 6.2 (Carmona 3D CT). */
  neckShaftAngleDeg: number;
  /** Femoral anteversion (deg) in the plane perpendicular to the shaft. */
  anteversionDeg: number;
  /** Head radius (mm), figures' sphere fit. */
  headRadiusMm: number;
}

const FEMUR_DEFAULTS: FemurOptions = {
  neckShaftAngleDeg: 127,
  anteversionDeg: 12,
  headRadiusMm: 24.8,
};

/** Shaft axis (pointing up) from the figures' slice centres at y = -88 and -357 mm. */
function femurShaftAxis(): Vec3 {
  const s = loadFigures().bone_extents.femur_r_cross_sections;
  const a = s.find((c) => Math.abs(c.y + 0.088) < 0.002)!;
  const b = s.find((c) => Math.abs(c.y + 0.357) < 0.002)!;
  return normalize([
    (a.centre_x - b.centre_x) * 1000,
    (a.y - b.y) * 1000,
    (a.centre_z - b.centre_z) * 1000,
  ]);
}

/** Neck axis towards the head, in the femur frame. */
function femurNeckAxis(o: FemurOptions = FEMUR_DEFAULTS): Vec3 {
  const shaft = femurShaftAxis();
  const medial = normalize(sub([0, 0, -1], scale(shaft, -shaft[2])));
  const anterior = normalize(cross(medial, shaft));
  const a = ((180 - o.neckShaftAngleDeg) * Math.PI) / 180;
  const v = (o.anteversionDeg * Math.PI) / 180;
  const across = add(scale(medial, Math.cos(v)), scale(anterior, Math.sin(v)));
  return normalize(add(scale(shaft, Math.cos(a)), scale(across, Math.sin(a))));
}

/**
 * Right femur SDF in the femur frame (origin at the head centre = hip centre, x anterior, y up,
 * z lateral), mm: head with fovea, flattened neck with anteversion, trochanters and the
 * intertrochanteric crest and line, a bowed shaft through the figures' slice centres with a linea
 * aspera ridge, and the distal metaphysis, condyles, epicondyles, trochlear groove and notch.
 */
export function femurSdf(options: Partial<FemurOptions> = {}): Sdf {
  const o = { ...FEMUR_DEFAULTS, ...options };
  const f = loadFigures();
  const neck = femurNeckAxis(o);
  const shaftCentres: Vec3[] = f.bone_extents.femur_r_cross_sections
    .filter((c) => c.y <= -0.087 && c.y >= -0.358)
    .map((c) => [c.centre_x * 1000, c.y * 1000, c.centre_z * 1000]);
  const shaftPts: Vec3[] = [[-12, -30, 44], [-10, -60, 40], ...shaftCentres];
  const shaftR = [18.5, 16.5, 15.0, 14.3, 14.0, 13.7, 13.5, 13.5, 13.6, 14.0, 15.5];
  // Linea aspera: posterior ridge along the middle shaft, tapering to nothing at both ends.
  const asperaPts = shaftCentres.map((p, i) => add(p, [-0.75 * shaftR[i + 2]!, 0, 0]));
  const asperaR = asperaPts.map((_, i, a) => 0.5 + 4.3 * Math.sin((Math.PI * i) / (a.length - 1)));
  // Neck (10 -> 47 mm from the head centre, away from the head), flattened 1.3x front-to-back
  // by evaluating the round cone with the anterior offset from the neck axis stretched.
  const neckCone = roundCone(scale(neck, -10), 15, scale(neck, -47), 18.5);
  const neckFinal: Sdf = withBound(
    (x, y, z) => {
      const t = x * neck[0] + y * neck[1] + z * neck[2];
      const px = x - neck[0] * t;
      return neckCone(x + px * 0.3, y, z) / 1.15;
    },
    scale(neck, -28),
    42,
  );
  const fovea = add(scale(neck, 24), [0, -9, 0]);
  return composeSdf([
    union(sphere([0, 0, 0], o.headRadiusMm), 0),
    union(neckFinal, 5),
    union(roundConeChain(shaftPts, shaftR), 12),
    union(ellipsoid([-16.5, -19, 50.5], [19, 24, 13.5]), 12),
    union(sphere([-20.5, -2.5, 44], 7.5), 6),
    union(roundCone([-12, -52, 29], 10, [-22.5, -58, 16.5], 7.8), 7),
    union(roundCone([-31, -12, 49], 6.2, [-20, -52, 16], 5.5), 6),
    union(roundCone([3, -18, 46], 4.2, [-4, -54, 20], 4.0), 5),
    union(roundConeChain(asperaPts, asperaR), 12),
    union(ellipsoid([6, -383, 1], [21, 34, 33]), 20),
    union(ellipsoid([-6.5, -406, 21.5], [29.5, 22.8, 16.5]), 12),
    union(ellipsoid([-6, -411, -21.5], [29.5, 23.6, 17]), 12),
    union(ellipsoid([10, -392, 0], [18, 22, 31]), 10),
    // the trochlea: lateral and medial facets rising in front of the condyles (the lateral
    // higher), so the groove between them holds the patella instead of a flat front
    union(ellipsoid([21, -385, 18], [16, 26, 14]), 10),
    union(ellipsoid([19, -388, -15], [14, 24, 13]), 10),
    union(sphere([-6, -401, 31], 8.5), 8),
    union(sphere([3, -398, -34], 8.8), 8),
    subtract(sphere([-21, -12, 31], 6.5), 4),
    subtract(sphere(fovea, 3.5), 1.5),
    subtract(roundCone([47, -368, 3], 16.5, [40.5, -418, 2], 15), 4),
    subtract(roundCone([-46, -421, 0], 9.2, [-6, -426, 0], 9.2), 4),
    subtract(roundedBox([-26, -440, 0], [22, 16, 9.2], 3), 4),
  ]);
}
