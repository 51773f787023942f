/**
 * Static knee adduction moment (KAM) in one-leg stance (mechanics given the posture; fair for a
 * pelvic drop, overstates cane and trunk-lean effects).
 *
 * Frame: frontal plane seen from behind, origin at the stance hip, x positive medially (toward
 * the swing side), z up. The knee lies half-way down the hip-ankle line. KAM is positive when the
 * ground reaction passes medial to the knee (loads the inner knee), in N·m/kg.
 *
 * Equations:
 *   x_B0 = (f_H·l + f_L·2l) / (1 - 0.45·f_L)          whole-body COM medial of the stance hip
 *   x_B  = x_B0 + M_ext(theta, psi) - M_ext(0, 0)       both with C = 0 (the cane enters once,
 *                                                        through the foot reaction)
 *   x_f  = (x_B - C·d_C) / (1 - C)                       foot reaction (centre of pressure)
 *   KAM  = g·(1 - C)·max(x_f - 0.5·x_B0, -0.01)
 * The centre of pressure is flagged as outside the foot when |x_f - x_B0| > 0.04 m.
 */

import { neutralGravityMomentBWM } from './frontal-plane';
import type { MechanicsParameters } from './parameters';
import { GRAVITY_M_PER_S2 } from './parameters';

export interface KneeOptions {
  /** Factor on f_L in the whole-body COM denominator (1 - factor·f_L). */
  readonly stanceLegComFactor: number;
  /** Knee position along the hip-ankle line from the hip (0.5 = half-way). */
  readonly kneeHeightFraction: number;
  /** Floor on the KAM lever (m); the moment barely turns abducting in a static stance. */
  readonly minLeverM: number;
  /** Half-width of the usable foot about the neutral centre of pressure (m). */
  readonly copToleranceM: number;
}

const KNEE_DEFAULTS: KneeOptions = Object.freeze({
  stanceLegComFactor: 0.45,
  kneeHeightFraction: 0.5,
  minLeverM: -0.01,
  copToleranceM: 0.04,
});

/** Neutral whole-body COM offset x_B0 (m), medial of the stance hip. */
export function wholeBodyComOffsetM(
  p: MechanicsParameters,
  options: KneeOptions = KNEE_DEFAULTS,
): number {
  return neutralGravityMomentBWM(p) / (1 - options.stanceLegComFactor * p.legMassFraction);
}

/** Foot reaction point x_f = (x_B - C·d_C) / (1 - C) (m). */
export function footReactionOffsetM(
  comOffsetM: number,
  caneLoadBW: number,
  caneLeverMValue: number,
): number {
  return (comOffsetM - caneLoadBW * caneLeverMValue) / (1 - caneLoadBW);
}

/** KAM = g·(1 - C)·max(x_f - 0.5·x_B0, floor) (N·m/kg). */
export function kneeAdductionMomentNmPerKg(
  footOffsetM: number,
  neutralComOffsetM: number,
  caneLoadBW: number,
  options: KneeOptions = KNEE_DEFAULTS,
): number {
  const lever = Math.max(
    footOffsetM - options.kneeHeightFraction * neutralComOffsetM,
    options.minLeverM,
  );
  return GRAVITY_M_PER_S2 * (1 - caneLoadBW) * lever;
}

/** Whether the centre of pressure has moved further than the foot allows. */
export function isCentreOfPressureOutsideFoot(
  footOffsetM: number,
  neutralComOffsetM: number,
  options: KneeOptions = KNEE_DEFAULTS,
): boolean {
  return Math.abs(footOffsetM - neutralComOffsetM) > options.copToleranceM;
}
