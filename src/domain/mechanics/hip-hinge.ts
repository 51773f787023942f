/**
 * How the hip extensors share a hip hinge (a sharing rule: illustrative).
 *
 * Frame: sagittal plane, x forward, z up, origin at the hip centres. Trunk flexion beta (deg) is
 * positive forward; hip extension moments are positive (they hold the trunk up), in N·m/kg.
 *
 * Equations:
 *   M_he = g·f_H·h_T·sin beta                                  extension demand
 *   a    = M_he / (M_he,cap0 · sum(share_j · c_j))              equal activation of all extensors
 *   muscle j carries a·M_he,cap0·share_j·c_j
 * The shares are divided by their sum (1 with the default table). Only the gluteus maximus can
 * be weak here; the hamstrings and adductor magnus keep c = 1. When a > u_max people stand more
 * upright or flex the lumbar spine instead (Teng & Powers 2016).
 */
import type { MechanicsParameters } from './parameters';
import { GRAVITY_M_PER_S2 } from './parameters';

const DEG = Math.PI / 180;

interface ExtensorShare {
  /** Extension moment the muscle group carries (N·m/kg). */
  readonly momentNmPerKg: number;
  /** Its fraction of the total extension moment (0..1). */
  readonly fraction: number;
}

export interface HipExtensorShares {
  /** Total hip extension demand M_he (N·m/kg). */
  readonly demandNmPerKg: number;
  /** Common activation a (fraction of maximal; above 1 means beyond capacity). */
  readonly activation: number;
  readonly gluteusMaximus: ExtensorShare;
  readonly hamstrings: ExtensorShare;
  readonly adductorMagnus: ExtensorShare;
}

/**
 * Hip extension demand M_he = g·f_H·h_T·sin beta (N·m/kg).
 * @internal
 */
export function hipExtensionDemandNmPerKg(p: MechanicsParameters, trunkFlexionDeg: number): number {
  return GRAVITY_M_PER_S2 * p.hatMassFraction * p.hatComHeightM * Math.sin(trunkFlexionDeg * DEG);
}

/** Shares of the hip extension moment for a gluteus maximus capacity c (0..1). */
export function hipExtensorShares(
  p: MechanicsParameters,
  trunkFlexionDeg: number,
  gluteusMaximusCapacity: number,
): HipExtensorShares {
  const demand = hipExtensionDemandNmPerKg(p, trunkFlexionDeg);
  const shareSum =
    p.extensorShareGluteusMaximus + p.extensorShareHamstrings + p.extensorShareAdductorMagnus;
  const gmax = (p.extensorShareGluteusMaximus * gluteusMaximusCapacity) / shareSum;
  const ham = p.extensorShareHamstrings / shareSum;
  const am = p.extensorShareAdductorMagnus / shareSum;
  const weighted = gmax + ham + am;
  const activation = demand / (p.hipExtensorCapacityNmPerKg * weighted);
  return {
    demandNmPerKg: demand,
    activation,
    gluteusMaximus: { momentNmPerKg: demand * (gmax / weighted), fraction: gmax / weighted },
    hamstrings: { momentNmPerKg: demand * (ham / weighted), fraction: ham / weighted },
    adductorMagnus: { momentNmPerKg: demand * (am / weighted), fraction: am / weighted },
  };
}
