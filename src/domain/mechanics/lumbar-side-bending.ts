/**
 * The lower back in the frontal plane: the L5/S1 side-bending moment from the trunk's lean and the
 * pelvis's obliquity, the side-bending muscle force that balances it, and the compression it adds
 * (mechanics layer for a given posture; the posture itself comes from the behaviour layer).
 *
 * Frame and signs: frontal plane seen from behind; the upper body (weight W_up, centre of mass
 * h_up above the centre of the L5/S1 disc) is tilted in the world by the world trunk lean
 * lambda = psi - theta (lean on the pelvis minus pelvic drop), positive toward the stance side.
 * Moments in BW·m (times g for N·m/kg); forces in BW.
 *
 * Equations:
 *   M_LB  = W_up·h_up·sin lambda         side-bending moment at L5/S1, + toward the stance side
 *   F_LB  = |M_LB| / r_LB                quadratus lumborum + lumbar erector spinae on the side
 *                                        opposite the bend (one equivalent muscle, no co-contraction)
 *   C_tot = C_sagittal + F_LB            L5/S1 compression including side bending
 *
 * A pure pelvic drop with the trunk following the pelvis tilts the upper body away from the stance
 * side (lambda = -theta), so the stance-side muscles hold it; a lean over the stance leg tilts it
 * toward the stance side and the swing-side muscles hold it.
 */
import type { MechanicsParameters } from './parameters';

const DEG = Math.PI / 180;

/** Which side's lumbar side-benders hold the trunk, relative to the standing leg. */
export type SideBendingHolder = 'none' | 'stance-side' | 'swing-side';

/** Side-bending moment at L5/S1, M_LB = W_up·h_up·sin(lambda) (BW·m), + toward the stance side. */
export function l5s1SideBendingMomentBWM(
  p: MechanicsParameters,
  worldTrunkLeanDeg: number,
): number {
  return p.upperBodyWeightBW * p.upperBodyComHeightM * Math.sin(worldTrunkLeanDeg * DEG);
}

/** Force of the lumbar side-benders that balance the moment, F_LB = |M_LB| / r_LB (BW). */
export function sideBendingMuscleForceBW(p: MechanicsParameters, momentBWM: number): number {
  return Math.abs(momentBWM) / p.sideBendingMomentArmM;
}

/**
 * Which side's muscles pull: a moment toward the stance side is held by the swing side and the
 * reverse; below `thresholdBWM` none (an upright trunk needs no side-bending force).
 */
export function sideBendingHolder(momentBWM: number, thresholdBWM = 1e-9): SideBendingHolder {
  if (momentBWM > thresholdBWM) return 'swing-side';
  if (momentBWM < -thresholdBWM) return 'stance-side';
  return 'none';
}
