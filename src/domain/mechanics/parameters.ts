/**
 * The one table of model parameters, with range, unit and basis for each.
 *
 * Frame and sign conventions: none of their own; every value is a magnitude in the unit named.
 * Lengths are given for the reference person (1.75 m, 70 kg). Entries with `scaling: 'height'`
 * are multiplied by heightM / 1.75 before use (`scaleParameters`); all other entries are per
 * kilogram or per body weight (BW) already and do not scale. Body mass enters only through the
 * psoas force, which is given in newtons and converted to BW.
 *
 * Ranges are the plausible spans from the literature or, where marked, assumptions; overrides
 * outside a range are rejected by `validateInput`.
 */

export const REFERENCE_HEIGHT_M = 1.75;
export const REFERENCE_MASS_KG = 70;
/** Gravitational acceleration (m/s²); turns BW·m into N·m/kg. */
export const GRAVITY_M_PER_S2 = 9.81;

type ParameterScaling = 'height' | 'none';

export interface ParameterEntry {
  /** Symbol used in the model description. */
  readonly symbol: string;
  /** Plain name. */
  readonly name: string;
  /** Default for the reference person (1.75 m, 70 kg). */
  readonly default: number;
  /** Plausible range [min, max] for the reference person; overrides must lie inside. */
  readonly range: readonly [number, number];
  readonly unit: string;
  /** Where the value comes from. */
  readonly basis: string;
  /** Whether the value is scaled with body height before use. */
  readonly scaling: ParameterScaling;
}

function entry(
  symbol: string,
  name: string,
  defaultValue: number,
  range: readonly [number, number],
  unit: string,
  basis: string,
  scaling: ParameterScaling = 'none',
): ParameterEntry {
  return { symbol, name, default: defaultValue, range, unit, basis, scaling };
}

/** Every parameter of the mechanics model, keyed by the name the code uses. */
export const MECHANICS_PARAMETERS = {
  // --- Segment masses -----------------------------------------------------------------------
  legMassFraction: entry(
    'f_L',
    'Mass of one leg',
    0.161,
    [0.16, 0.21],
    'BW',
    'Dempster via Winter 2009; de Leva 1996',
  ),
  hatMassFraction: entry(
    'f_H',
    'Mass of head, arms and trunk',
    0.678,
    [0.62, 0.68],
    'BW',
    'Dempster via Winter 2009',
  ),
  // --- Frontal-plane geometry ---------------------------------------------------------------
  halfHipWidthM: entry(
    'l',
    'Half the distance between the hip centres (0.0514 × height)',
    0.0514 * REFERENCE_HEIGHT_M,
    [0.08, 0.1],
    'm',
    'Derived from segment proportions (Winter 2009)',
    'height',
  ),
  hatComHeightM: entry(
    'h_T',
    'Head-arms-trunk centre of mass above the hip line (0.180 × height)',
    0.18 * REFERENCE_HEIGHT_M,
    [0.28, 0.34],
    'm',
    'Derived from Winter 2009 segment data',
    'height',
  ),
  abductorMomentArmM: entry(
    'r_ab',
    'Hip abductor moment arm',
    0.058,
    [0.04, 0.07],
    'm',
    'Dostal & Andrews 1981 coordinates; Pauwels 4.0 cm',
    'height',
  ),
  abductorLineAngleDeg: entry(
    'alpha',
    'Abductor line of action from vertical',
    20,
    [15, 25],
    'deg',
    'Pauwels 21°',
  ),
  // --- Abductor capacity --------------------------------------------------------------------
  abductorCapacityYoungNmPerKg: entry(
    'M_cap0',
    'Maximal hip abduction moment, young adult',
    2.0,
    [1.1, 2.5],
    'N·m/kg',
    'Sugimoto 2014 (isokinetic 1.13-1.29); calibrated so about 50 % loss is the threshold',
  ),
  abductorCapacityOlderNmPerKg: entry(
    'M_cap0',
    'Maximal hip abduction moment, older adult',
    1.3,
    [1.1, 2.5],
    'N·m/kg',
    'Sugimoto 2014 (isokinetic 1.13-1.29)',
  ),
  usableCapacityFraction: entry(
    'u_max',
    'Fraction of capacity used before posture changes',
    0.9,
    [0.7, 1.0],
    '',
    'Assumption',
  ),
  abductorShareGluteusMedius: entry(
    'share_GMed',
    'Abductor capacity share: gluteus medius',
    0.57,
    [0, 1],
    '',
    'Kummer 70/30 split; PCSA × moment arm',
  ),
  abductorShareGluteusMinimus: entry(
    'share_GMin',
    'Abductor capacity share: gluteus minimus',
    0.13,
    [0, 1],
    '',
    'Kummer 70/30 split; PCSA × moment arm',
  ),
  abductorShareTensorFasciaeLatae: entry(
    'share_TFL',
    'Abductor capacity share: tensor fasciae latae',
    0.12,
    [0, 1],
    '',
    'Kummer 70/30 split; PCSA × moment arm',
  ),
  abductorShareUpperGluteusMaximus: entry(
    'share_GMax',
    'Abductor capacity share: upper gluteus maximus',
    0.15,
    [0, 1],
    '',
    'Kummer 70/30 split; PCSA × moment arm',
  ),
  abductorSharePiriformis: entry(
    'share_Pir',
    'Abductor capacity share: piriformis',
    0.03,
    [0, 1],
    '',
    'Kummer 70/30 split; PCSA × moment arm',
  ),
  // --- Compensation (behaviour layer) -------------------------------------------------------
  trunkLeanLeverBWM: entry(
    'k_L',
    'Trunk lean lever',
    0.14,
    [0.06, 0.21],
    'BW·m',
    'Derived from upper-body mass and height',
    'height',
  ),
  passiveAbductionStiffnessNmPerKgPerDeg: entry(
    'K_p',
    'Passive hip abduction stiffness near end range',
    0.08,
    [0.04, 0.12],
    'N·m/kg per deg',
    'Calibrated: abductor palsy without lean gives a 12-15° drop',
  ),
  maxPelvicDropDeg: entry('theta_max', 'Largest pelvic drop', 15, [10, 20], 'deg', 'Assumption'),
  maxTrunkLeanDeg: entry(
    'psi_max',
    'Largest trunk lean on the pelvis',
    45,
    [30, 60],
    'deg',
    'Assumption (a guard; the default parameters never reach it)',
  ),
  caneOffsetM: entry(
    'd_C0',
    'Cane tip beyond the hip (contralateral: 2l + d_C0; ipsilateral: -d_C0)',
    0.2,
    [0.1, 0.3],
    'm',
    'Derived (cane held about 20 cm beside the foot); range an assumption',
  ),
  // --- Sagittal plane, lumbosacral ----------------------------------------------------------
  upperBodyWeightBW: entry(
    'W_up',
    'Weight above L5/S1',
    0.55,
    [0.49, 0.6],
    'BW',
    'Dempster; de Leva 1996',
  ),
  sacralSlopeDeg: entry('SS0', 'Standing sacral slope', 40, [24, 55], 'deg', 'Mac-Thiong 2011'),
  upperBodyComOffsetM: entry(
    'e0',
    'Upper-body centre of mass ahead of L5/S1, upright',
    0.02,
    [-0.01, 0.04],
    'm',
    'Assumption',
  ),
  erectorMomentArmM: entry(
    'r_ES',
    'Erector spinae moment arm at L5/S1',
    0.055,
    [0.05, 0.06],
    'm',
    'Common modelling value',
  ),
  upperBodyComHeightM: entry(
    'h_up',
    'Upper-body centre of mass above L5/S1',
    0.22,
    [0.18, 0.26],
    'm',
    'Derived from segment data',
  ),
  sideBendingMomentArmM: entry(
    'r_LB',
    'Lateral moment arm of the lumbar side-benders (quadratus lumborum and lumbar erector spinae) at L5/S1',
    0.05,
    [0.035, 0.07],
    'm',
    'Lumbar muscle models from MRI (McGill, Santaguida & Stevens 1993; Jorgensen 2001): lateral moment arms of about 3.5-7 cm; 5 cm an assumed mean',
  ),
  psoasMaxForceN: entry(
    'F_ps,max',
    'Maximal psoas force per side',
    650,
    [450, 900],
    'N',
    'PCSA × specific tension',
  ),
  psoasStandingActivation: entry(
    'a_ps',
    'Psoas activation in quiet standing',
    0.05,
    [0, 0.1],
    '',
    'Juker 1998 (task EMG)',
  ),
  maxHipExtensionDeficitDeg: entry(
    'E_max',
    'Hip extension short of neutral at full iliopsoas tightness (a flexion contracture; the 10-20° reserve beyond neutral already used up)',
    20,
    [10, 30],
    'deg',
    'Assumption',
  ),
  tiltPerExtensionDeficit: entry(
    'c_APT',
    'Standing anterior pelvic tilt per degree of hip extension deficit',
    0.5,
    [0.3, 1.0],
    'deg/deg',
    'Ratio of two group-mean changes after stretching, not a dose-response slope (Preece 2021: -1.2° tilt for +2.6° extension, about 0.46; no correlation between the changes)',
  ),
  lordosisPerSacralSlope: entry(
    'k_LL',
    'Lumbar lordosis change per degree of sacral slope change',
    0.95,
    [0, 1.0],
    'deg/deg',
    'Upper bound, from voluntary tilting (Levine & Whittle 1996); about 0 per Preece 2021 and cross-sectional studies',
  ),
  // --- Hip hinge ----------------------------------------------------------------------------
  hipExtensorCapacityNmPerKg: entry(
    'M_he,cap0',
    'Maximal hip extension moment',
    2.5,
    [2, 3.5],
    'N·m/kg',
    'Assumption',
  ),
  extensorShareGluteusMaximus: entry(
    'share_GMax,ext',
    'Hip extensor share: gluteus maximus',
    0.4,
    [0, 1],
    '',
    'Assumption',
  ),
  extensorShareHamstrings: entry(
    'share_Ham',
    'Hip extensor share: hamstrings',
    0.4,
    [0, 1],
    '',
    'Assumption',
  ),
  extensorShareAdductorMagnus: entry(
    'share_AM',
    'Hip extensor share: adductor magnus',
    0.2,
    [0, 1],
    '',
    'Assumption',
  ),
} as const satisfies Record<string, ParameterEntry>;

export type MechanicsParameterKey = keyof typeof MECHANICS_PARAMETERS;
/** One number per parameter (reference-person values; lengths not yet scaled to height). */
export type MechanicsParameters = { readonly [K in MechanicsParameterKey]: number };

export const MECHANICS_PARAMETER_KEYS = Object.keys(
  MECHANICS_PARAMETERS,
) as readonly MechanicsParameterKey[];

export function isMechanicsParameterKey(value: string): value is MechanicsParameterKey {
  return Object.hasOwn(MECHANICS_PARAMETERS, value);
}

/** The default value of every parameter, for the reference person. */
export const DEFAULT_MECHANICS_PARAMETERS: MechanicsParameters = Object.freeze(
  Object.fromEntries(MECHANICS_PARAMETER_KEYS.map((k) => [k, MECHANICS_PARAMETERS[k].default])),
) as MechanicsParameters;

/**
 * Scales the height-dependent lengths (l, h_T, r_ab, k_L) to a person of `heightM`.
 * Returns the same object when no scaling is needed (height equals the reference).
 */
export function scaleParameters(params: MechanicsParameters, heightM: number): MechanicsParameters {
  if (heightM === REFERENCE_HEIGHT_M) return params;
  const k = heightM / REFERENCE_HEIGHT_M;
  return {
    ...params,
    halfHipWidthM: params.halfHipWidthM * k,
    hatComHeightM: params.hatComHeightM * k,
    abductorMomentArmM: params.abductorMomentArmM * k,
    trunkLeanLeverBWM: params.trunkLeanLeverBWM * k,
  };
}
