import { REFERENCE_HEIGHT_M, REFERENCE_MASS_KG } from '../../mechanics/parameters';
import type { MuscleId } from '../muscles';

/**
 * Muscle volumes from height and mass: Handsfield GG, Meyer CH, Hart JM, Abel MF, Blemker SS
 * 2014, "Relationships of 35 lower limb muscles to height and body mass quantified using MRI",
 * J Biomech 47(3):631-638, doi:10.1016/j.jbiomech.2013.12.002 (healthy young adults). The
 * coefficients were transcribed from public OpenSim utility code that tabulates the paper
 * (grade B): total lower-limb muscle volume V = 47 x height (m) x mass (kg) + 1285 cm3, and each
 * muscle = slope x V + intercept.
 */
interface MuscleVolumeRegression {
  readonly slope: number;
  readonly interceptCm3: number;
  /** The paper's sample mean (cm3), for reference. */
  readonly meanCm3: number;
}

const HANDSFIELD_2014: Readonly<Record<MuscleId, MuscleVolumeRegression>> = {
  'gluteus-maximus': { slope: 0.123, interceptCm3: -25.4, meanCm3: 849.0 },
  'gluteus-medius': { slope: 0.0478, interceptCm3: -16.9, meanCm3: 323.2 },
  'gluteus-minimus': { slope: 0.0129, interceptCm3: 12.6, meanCm3: 104.5 },
  'tensor-fasciae-latae': { slope: 0.0136, interceptCm3: -31.5, meanCm3: 64.9 },
  'psoas-major': { slope: 0.055, interceptCm3: -117, meanCm3: 274.8 },
  iliacus: { slope: 0.0248, interceptCm3: 0.383, meanCm3: 176.8 },
  piriformis: { slope: 0.00372, interceptCm3: 16.2, meanCm3: 42.8 },
};

/** Height and mass of a body. */
export interface BodySize {
  readonly heightM: number;
  readonly massKg: number;
}

/** The reference body (the mechanics' reference person) the committed model is built for. */
export const REFERENCE_BODY: BodySize = { heightM: REFERENCE_HEIGHT_M, massKg: REFERENCE_MASS_KG };

/**
 * The share of the regression volume the model must reach (the 85-115 %).
 * @internal
 */
export const MODEL_VOLUME_TOLERANCE = { min: 0.85, max: 1.15 } as const;

/**
 * Total lower-limb muscle volume (cm3) for a body.
 * @internal
 */
export function totalLowerLimbMuscleCm3(body: BodySize): number {
  if (!(body.heightM > 0) || !(body.massKg > 0))
    throw new Error(
      `muscle-volumes: height ${body.heightM} m and mass ${body.massKg} kg must both be positive`,
    );
  return 47 * body.heightM * body.massKg + 1285;
}

/** The MRI volume (cm3) of one muscle for a body, from the Handsfield 2014 regression. */
export function mriMuscleVolumeCm3(id: MuscleId, body: BodySize): number {
  const r = HANDSFIELD_2014[id];
  return r.slope * totalLowerLimbMuscleCm3(body) + r.interceptCm3;
}
