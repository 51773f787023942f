/**
 * Frontal-plane statics of standing on one leg (mechanics layer: standard statics).
 *
 * Frame: the frontal plane seen from behind, origin at the centre of the stance hip, x positive
 * medially (toward the swing-side hip, which sits at x = 2l in neutral), z up.
 * Signs: the external adduction moment is positive when gravity tends to drop the swing side of
 * the pelvis (adduct the stance hip). Pelvic drop theta (deg) is positive when the swing side is
 * lower; it rotates pelvis and trunk together about the stance hip. Trunk lean psi (deg) is an
 * extra bend of the trunk on the pelvis toward the stance side about L5/S1. A cane push C (BW) at
 * a lever d_C (m, positive medially) relieves the moment. Forces are in body weights (BW),
 * lengths in metres, moments per BW in BW·m (times g = N·m/kg).
 *
 * Equations (Pauwels-style one-leg stance, e.g. Pauwels 1976; segment masses Winter 2009):
 *   W_s = 1 - f_L;  a_s = (f_H·l + f_L·2l) / W_s
 *   M_ext(theta, psi) = (f_H·l + f_L·2l)·cos theta + f_H·h_T·sin theta - k_L·sin psi - C·d_C
 *   F_ab = max(0, g·M_ext - K_p·theta) / (g·r_ab);  F_p = K_p·theta / (g·r_ab)
 *   R_z = W_s - C + (F_ab + F_p)·cos alpha;  R_x = (F_ab + F_p)·sin alpha;  R = |(R_x, R_z)|
 */
import type { CaneSide } from './input';
import type { MechanicsParameters } from './parameters';
import { GRAVITY_M_PER_S2 } from './parameters';

const DEG = Math.PI / 180;

/** Weight above the stance hip W_s = 1 - f_L (BW). */
export function stanceHipSuperincumbentWeightBW(p: MechanicsParameters): number {
  return 1 - p.legMassFraction;
}

/** Neutral gravity moment about the stance hip f_H·l + f_L·2l (BW·m). */
export function neutralGravityMomentBWM(p: MechanicsParameters): number {
  return p.hatMassFraction * p.halfHipWidthM + p.legMassFraction * 2 * p.halfHipWidthM;
}

/** Lever of the cane push about the stance hip d_C (m): 2l + d_C0 contralateral, -d_C0 ipsilateral. */
export function caneLeverM(side: CaneSide | null, p: MechanicsParameters): number {
  if (side === 'contralateral') return 2 * p.halfHipWidthM + p.caneOffsetM;
  if (side === 'ipsilateral') return -p.caneOffsetM;
  return 0;
}

/**
 * External adduction moment about the stance hip per body weight, M_ext (BW·m).
 * Multiply by g for N·m/kg.
 */
export function externalAdductionMomentBWM(
  p: MechanicsParameters,
  dropDeg: number,
  leanOnPelvisDeg: number,
  caneLoadBW: number,
  caneLeverMValue: number,
): number {
  const theta = dropDeg * DEG;
  return (
    neutralGravityMomentBWM(p) * Math.cos(theta) +
    p.hatMassFraction * p.hatComHeightM * Math.sin(theta) -
    p.trunkLeanLeverBWM * Math.sin(leanOnPelvisDeg * DEG) -
    caneLoadBW * caneLeverMValue
  );
}

/**
 * Passive abduction moment of the stretched lateral tissues K_p·theta (N·m/kg). Only an adducted
 * hip (positive drop) stretches them; a raised swing side gives 0.
 */
export function passiveAbductionMomentNmPerKg(p: MechanicsParameters, dropDeg: number): number {
  return dropDeg > 0 ? p.passiveAbductionStiffnessNmPerKgPerDeg * dropDeg : 0;
}

/** Active abductor force F_ab (BW) before flooring at 0: (g·M_ext - K_p·theta) / (g·r_ab). */
export function activeAbductorForceUnflooredBW(
  p: MechanicsParameters,
  externalMomentBWM: number,
  dropDeg: number,
): number {
  return (
    (GRAVITY_M_PER_S2 * externalMomentBWM - passiveAbductionMomentNmPerKg(p, dropDeg)) /
    (GRAVITY_M_PER_S2 * p.abductorMomentArmM)
  );
}

/** Passive abductor force F_p = K_p·theta / (g·r_ab) (BW). */
export function passiveAbductorForceBW(p: MechanicsParameters, dropDeg: number): number {
  return passiveAbductionMomentNmPerKg(p, dropDeg) / (GRAVITY_M_PER_S2 * p.abductorMomentArmM);
}

/** Hip joint reaction |(R_x, R_z)| (BW) for a total abductor pull (active + passive) in BW. */
export function hipJointReactionBW(
  p: MechanicsParameters,
  totalAbductorForceBW: number,
  caneLoadBW: number,
): number {
  const alpha = p.abductorLineAngleDeg * DEG;
  const rz =
    stanceHipSuperincumbentWeightBW(p) - caneLoadBW + totalAbductorForceBW * Math.cos(alpha);
  const rx = totalAbductorForceBW * Math.sin(alpha);
  return Math.sqrt(rx * rx + rz * rz);
}

/** Muscle capacities c = 1 - weakness for the five hip abductors. */
export interface AbductorCapacities {
  readonly gluteusMedius: number;
  readonly gluteusMinimus: number;
  readonly tensorFasciaeLatae: number;
  readonly upperGluteusMaximus: number;
  readonly piriformis: number;
}

/**
 * Maximal hip abduction moment M_cap = M_cap0 · sum(share_i · c_i) (N·m/kg). The shares are
 * divided by their sum, which is 1 with the default table, so an edited share table still gives
 * M_cap0 for a healthy hip.
 */
export function abductorCapacityNmPerKg(
  capacity0NmPerKg: number,
  p: MechanicsParameters,
  c: AbductorCapacities,
): number {
  const shareSum =
    p.abductorShareGluteusMedius +
    p.abductorShareGluteusMinimus +
    p.abductorShareTensorFasciaeLatae +
    p.abductorShareUpperGluteusMaximus +
    p.abductorSharePiriformis;
  const weighted =
    p.abductorShareGluteusMedius * c.gluteusMedius +
    p.abductorShareGluteusMinimus * c.gluteusMinimus +
    p.abductorShareTensorFasciaeLatae * c.tensorFasciaeLatae +
    p.abductorShareUpperGluteusMaximus * c.upperGluteusMaximus +
    p.abductorSharePiriformis * c.piriformis;
  return (capacity0NmPerKg * weighted) / shareSum;
}
