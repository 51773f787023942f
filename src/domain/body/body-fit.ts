import type { MuscleId } from '../anatomy';
import { type Body, bodyMassIndex, REFERENCE_BODY } from './body';

/**
 * How the model follows a patient's body: one uniform scale from height, a fat layer from sex
 * and BMI, and muscle bulk from height × mass. The model carries glTF morph targets with fixed
 * units (BODY_MORPHS); this module turns a body into their weights. Pure: the scene applies
 * them, the needle depth reads `fatIncrementMm` and `muscleVolumeRatio`.
 */

/** Subcutaneous fat, Gibney MA et al. 2010, Curr Med Res Opin 26(6):1519–1530 (388 adults, ultrasound). */
const GIBNEY_2010 = Object.freeze({
  source:
    'Gibney MA, Arce CH, Byron KJ, Hirsch LJ 2010, Curr Med Res Opin 26(6):1519–1530, doi:10.1185/03007995.2010.481203',
  /** Site means (mm), used as the reference body's fat. 95 % CI of the mean in brackets. */
  fatMm: { buttock: 15.4, thigh: 10.4 },
  fatCi95Mm: { buttock: [14.7, 16.2], thigh: [9.8, 10.9] },
  /** Women have this much more fat at every site (mm). */
  femaleExtraFatMm: 5.1,
  /** About +4 mm of fat per +10 kg/m² of BMI. */
  fatMmPerBmi: 0.4,
} as const);

/** @internal */
export type FatSite = keyof typeof GIBNEY_2010.fatMm;

/**
 * Muscle volume regression, Handsfield GG et al. 2014, J Biomech 47(3):631–638: total
 * lower-limb muscle volume = 47 × height (m) × mass (kg) + 1285 cm³; each muscle = b1 × total + b2.
 * Coefficients as tabulated in public OpenSim code (grade B in shape-figures.md §5.1).
 */
export const HANDSFIELD_2014 = Object.freeze({
  source:
    'Handsfield GG, Meyer CH, Hart JM, Abel MF, Blemker SS 2014, J Biomech 47(3):631–638, doi:10.1016/j.jbiomech.2013.12.002',
  totalSlope: 47,
  totalInterceptCm3: 1285,
  muscles: {
    'gluteus-maximus': [0.123, -25.4],
    'gluteus-medius': [0.0478, -16.9],
    'gluteus-minimus': [0.0129, 12.6],
    'tensor-fasciae-latae': [0.0136, -31.5],
    'psoas-major': [0.055, -117],
    iliacus: [0.0248, 0.383],
    piriformis: [0.00372, 16.2],
  } satisfies Record<MuscleId, readonly [number, number]>,
} as const);

/**
 * The morph targets a fitted model carries (names in the mesh's `extras.morphs`), with the
 * amount each one moves at weight 1.
 */
export const BODY_MORPHS = Object.freeze({
  /** On the skin: every vertex moved outward along its normal by `unitMm`. */
  fat: { name: 'fat', unitMm: 10 },
  /**
   * On each muscle: vertices moved along their normals so the volume grows by `unitVolumeRatio`.
   * On the skin: the skin moved with the muscle beneath it, so the fat keeps its depth.
   */
  muscleBulk: { name: 'muscle-bulk', unitVolumeRatio: 0.1 },
} as const);

/** The muscle under most of the skin of the buttock; the skin's bulk morph follows it. */
const SKIN_FOLLOWS_MUSCLE: MuscleId = 'gluteus-maximus';

export interface BodyFit {
  body: Body;
  /** Uniform scale of the whole model: height / reference height. */
  scale: number;
  /** Subcutaneous fat added at every site, relative to the reference body (mm, may be < 0). */
  fatIncrementMm: number;
  /** Handsfield volume of each muscle for this body / for the reference body. */
  muscleVolumeRatio: Record<MuscleId, number>;
  /** Morph weights: `fat` on the skin, `muscle-bulk` per muscle and on the skin. */
  weights: {
    fat: number;
    muscleBulk: Record<MuscleId, number>;
    skinMuscleBulk: number;
  };
}

/**
 * Total lower-limb muscle volume (cm³), Handsfield 2014.
 * @internal
 */
export function totalMuscleVolumeCm3(body: Pick<Body, 'heightM' | 'massKg'>): number {
  return (
    HANDSFIELD_2014.totalSlope * body.heightM * body.massKg + HANDSFIELD_2014.totalInterceptCm3
  );
}

/**
 * One muscle's volume (cm³), Handsfield 2014.
 * @internal
 */
export function muscleVolumeCm3(body: Pick<Body, 'heightM' | 'massKg'>, muscle: MuscleId): number {
  const [b1, b2] = HANDSFIELD_2014.muscles[muscle];
  return b1 * totalMuscleVolumeCm3(body) + b2;
}

/**
 * Fat added to the reference body's fat at every site (mm): Gibney's sex and BMI effects.
 * @internal
 */
export function fatIncrementMm(body: Body): number {
  const sexEffect =
    (body.sex === 'female' ? GIBNEY_2010.femaleExtraFatMm : 0) -
    (REFERENCE_BODY.sex === 'female' ? GIBNEY_2010.femaleExtraFatMm : 0);
  const bmiEffect = GIBNEY_2010.fatMmPerBmi * (bodyMassIndex(body) - bodyMassIndex(REFERENCE_BODY));
  return sexEffect + bmiEffect;
}

/**
 * Expected subcutaneous fat at a site for this body (mm).
 * @internal
 */
export function expectedFatMm(body: Body, site: FatSite): number {
  return GIBNEY_2010.fatMm[site] + fatIncrementMm(body);
}

/**
 * The model's fit to a body. The overall scale shrinks or grows everything, so the morphs add
 * only what the scale does not: fat weights are divided by the scale (the increment is meant in
 * real millimetres), muscle bulk is the Handsfield ratio over scale³. The reference fat itself
 * scales with height (about 1 mm per 10 cm), a simplification left in on purpose.
 */
export function bodyFit(body: Body): BodyFit {
  const scale = body.heightM / REFERENCE_BODY.heightM;
  const fat = fatIncrementMm(body);
  const muscleVolumeRatio = {} as Record<MuscleId, number>;
  const muscleBulk = {} as Record<MuscleId, number>;
  for (const muscle of Object.keys(HANDSFIELD_2014.muscles) as MuscleId[]) {
    const ratio = muscleVolumeCm3(body, muscle) / muscleVolumeCm3(REFERENCE_BODY, muscle);
    muscleVolumeRatio[muscle] = ratio;
    muscleBulk[muscle] = (ratio / scale ** 3 - 1) / BODY_MORPHS.muscleBulk.unitVolumeRatio;
  }
  return {
    body,
    scale,
    fatIncrementMm: fat,
    muscleVolumeRatio,
    weights: {
      fat: fat / (BODY_MORPHS.fat.unitMm * scale),
      muscleBulk,
      skinMuscleBulk: muscleBulk[SKIN_FOLLOWS_MUSCLE],
    },
  };
}
