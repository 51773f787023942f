import type { BilateralSide, LandmarkId, MuscleId, Side } from '../anatomy';
import { addScaled, mirrorX, normalize, sub, type Vec3 } from '../geometry';
import type { LandmarkLookup, SurfaceHit, SurfaceQuery } from './surface-query';

/**
 * A synthetic adult hip for tests: plausible landmark positions in the model frame (metres,
 * +Y up, body faces +Z, the body's right side is -X). Right-side values; the left side is their
 * mirror image. Not anatomy data: only for exercising the geometry.
 */
const SYNTHETIC_RIGHT: Partial<Record<LandmarkId, Vec3>> = {
  ASIS: [-0.125, 0.1, 0.06],
  AIIS: [-0.11, 0.06, 0.065],
  PSIS: [-0.045, 0.115, -0.1],
  'iliac-crest-highest': [-0.14, 0.15, -0.02],
  'iliac-tubercle': [-0.145, 0.135, 0.03],
  'greater-sciatic-notch-apex': [-0.07, 0.05, -0.085],
  'ischial-tuberosity': [-0.06, -0.06, -0.06],
  'pubic-tubercle': [-0.025, -0.01, 0.07],
  'hip-joint-center': [-0.085, 0, 0],
  'sacrum-lateral-border': [-0.035, 0.03, -0.11],
  'S1-posterior-sacral-foramen': [-0.025, 0.09, -0.115],
  'S2-posterior-sacral-foramen': [-0.022, 0.065, -0.12],
  'T12-transverse-process': [-0.045, 0.37, -0.08],
  'L1-transverse-process': [-0.05, 0.33, -0.075],
  'L2-transverse-process': [-0.055, 0.29, -0.07],
  'L3-transverse-process': [-0.06, 0.25, -0.065],
  'L4-transverse-process': [-0.055, 0.21, -0.06],
  'L5-transverse-process': [-0.05, 0.17, -0.065],
  'greater-trochanter-tip': [-0.16, -0.01, -0.01],
  'lesser-trochanter': [-0.1, -0.07, -0.005],
  'femoral-lateral-epicondyle': [-0.135, -0.43, 0],
  'femoral-medial-epicondyle': [-0.045, -0.43, 0],
  'knee-joint-center': [-0.09, -0.45, 0],
  'patella-center': [-0.09, -0.41, 0.05],
  'patella-apex': [-0.09, -0.435, 0.05],
  'patella-base-lateral-end': [-0.11, -0.39, 0.045],
  'patella-base-medial-end': [-0.07, -0.39, 0.045],
  'fibular-head': [-0.13, -0.49, -0.02],
  'tibial-tuberosity': [-0.09, -0.5, 0.04],
  'ST35-lateral-knee-eye': [-0.11, -0.46, 0.045],
  'popliteal-crease-lateral': [-0.13, -0.445, -0.03],
  'gluteal-fold-midpoint': [-0.08, -0.09, -0.1],
  'buttock-quadrant-center': [-0.1, 0.03, -0.13],
  'psoas-inguinal-crossing': [-0.075, 0.05, 0.07],
  'lcfa-ascending-branch-entry-tfl': [-0.135, 0.02, 0.05],
};

const SYNTHETIC_MIDLINE: Partial<Record<LandmarkId, Vec3>> = {
  'pubic-symphysis-inferior-border': [0, -0.04, 0.07],
  'sacral-hiatus': [0, 0.02, -0.125],
  'sacral-promontory': [0, 0.13, -0.04],
  'coccyx-tip': [0, -0.03, -0.1],
  'L1-spinous-process': [0, 0.33, -0.11],
  'L2-spinous-process': [0, 0.29, -0.11],
  'L3-spinous-process': [0, 0.25, -0.11],
  'L4-spinous-process': [0, 0.21, -0.11],
  'L5-spinous-process': [0, 0.17, -0.115],
  umbilicus: [0, 0.22, 0.12],
};

/** Landmark lookup over the synthetic hip, optionally without some landmarks. */
export function syntheticLandmarks(
  omit: readonly { id: LandmarkId; side: Side }[] = [],
): LandmarkLookup {
  return (id, side) => {
    if (omit.some((o) => o.id === id && o.side === side)) return undefined;
    if (side === 'midline') return SYNTHETIC_MIDLINE[id];
    const right = SYNTHETIC_RIGHT[id];
    if (!right) return undefined;
    return side === 'right' ? right : mirrorX(right);
  };
}

/** Closest point on a sphere, with its outward normal. */
export function sphereClosestPoint(centre: Vec3, radiusM: number, p: Vec3): SurfaceHit {
  const n = normalize(sub(p, centre)) ?? [0, 0, 1];
  return { point: addScaled(centre, n, radiusM), normal: n };
}

export const SPHERE_RADIUS_M = 0.12;

/** Centre of the synthetic surface sphere of one side (the side's hip joint centre). */
export function sphereCentre(side: BilateralSide): Vec3 {
  const right = SYNTHETIC_RIGHT['hip-joint-center'] ?? [-0.085, 0, 0];
  return side === 'right' ? right : mirrorX(right);
}

/**
 * Every muscle of a side is the same sphere around that side's hip joint centre; `missing`
 * muscles have no surface.
 */
export function syntheticSurface(missing: readonly MuscleId[] = []): SurfaceQuery {
  return {
    closestPoint: (muscle, side, p) =>
      missing.includes(muscle)
        ? undefined
        : sphereClosestPoint(sphereCentre(side), SPHERE_RADIUS_M, p),
  };
}
