/**
 * Which posture a person adopts when the hip abductors cannot hold the pelvis level
 * (behaviour layer: a calibrated assumption, weakly evidenced; nerve-block studies found no
 * drop with about 52 % abductor loss, Kendall 2013; Pohl 2015).
 *
 * Frame and signs: as in `frontal-plane.ts`. Pelvic drop theta (deg) positive when the swing side
 * is lower; trunk lean psi (deg) positive toward the stance side, measured on the pelvis. Moments
 * in N·m/kg.
 *
 * Rule: with the deficit Delta = D0 - U (demand at neutral minus usable capacity) and the
 * compensation style s,
 *   lean:  sin psi = s·Delta / (g·k_L)
 *   drop:  K_p·theta = (1 - s)·Delta + g·f_H·h_T·sin theta   (the smallest solution, <= theta_max)
 * If the drop reaches theta_max, the moment still missing joins the lean and the pelvis "cannot
 * be held level without leaning". The lean is limited to psi_max (a guard).
 */
import type { MechanicsParameters } from './parameters';
import { GRAVITY_M_PER_S2 } from './parameters';

const DEG = Math.PI / 180;

export interface CompensationOptions {
  /** Stop the drop iteration when one step changes theta by less than this (deg). */
  readonly toleranceDeg: number;
  /** Bound on fixed-point steps; a Newton finish takes over if they do not converge. */
  readonly maxIterations: number;
}

const COMPENSATION_DEFAULTS: CompensationOptions = Object.freeze({
  toleranceDeg: 1e-6,
  maxIterations: 200,
});

export interface PostureChoice {
  /** Pelvic drop theta (deg), 0..theta_max. */
  readonly dropDeg: number;
  /** Trunk lean on the pelvis psi (deg), 0..psi_max. */
  readonly leanOnPelvisDeg: number;
  /** The drop reached theta_max and the rest of the deficit went to the lean. */
  readonly dropCapped: boolean;
  /** Even the largest lean does not cover the deficit. */
  readonly leanLimited: boolean;
}

const NEUTRAL: PostureChoice = Object.freeze({
  dropDeg: 0,
  leanOnPelvisDeg: 0,
  dropCapped: false,
  leanLimited: false,
});

/**
 * Solves K_p·theta = q + G·sin theta for the smallest theta >= 0 by fixed-point iteration
 * theta <- (q + G·sin theta) / K_p from theta = 0 (monotone increasing, so it converges to the
 * smallest solution or passes theta_max, which then caps it). q in N·m/kg, G = g·f_H·h_T in
 * N·m/kg, K_p in N·m/kg per deg. Returns theta_max when there is no solution below it.
 *
 * The iteration contracts by G·cos(theta)·(pi/180)/K_p per step (about 0.46 with the defaults,
 * so about 20 steps). If a parameter set makes it slow, Newton's method finishes from theta_max:
 * f(theta) = K_p·theta - q - G·sin theta is convex on 0..90°, so Newton from the right
 * converges monotonically to the same root.
 * @internal
 */
export function solvePelvicDropDeg(
  qNmPerKg: number,
  gravityHatMomentNmPerKg: number,
  stiffnessNmPerKgPerDeg: number,
  maxDropDeg: number,
  options: CompensationOptions = COMPENSATION_DEFAULTS,
): number {
  if (qNmPerKg <= 0) return 0;
  const G = gravityHatMomentNmPerKg;
  const K = stiffnessNmPerKgPerDeg;
  let theta = 0;
  for (let i = 0; i < options.maxIterations; i++) {
    const next = (qNmPerKg + G * Math.sin(theta * DEG)) / K;
    if (next >= maxDropDeg) return maxDropDeg;
    if (Math.abs(next - theta) < options.toleranceDeg) return next;
    theta = next;
  }
  // Slow contraction: finish with Newton from theta_max (convex f, monotone from the right).
  const fMax = K * maxDropDeg - qNmPerKg - G * Math.sin(maxDropDeg * DEG);
  if (fMax <= 0) return maxDropDeg;
  let x = maxDropDeg;
  for (let i = 0; i < 100; i++) {
    const f = K * x - qNmPerKg - G * Math.sin(x * DEG);
    const df = K - G * DEG * Math.cos(x * DEG);
    const step = f / df;
    x -= step;
    if (Math.abs(step) < options.toleranceDeg) break;
  }
  return x;
}

/**
 * The posture chosen for an abductor moment deficit (N·m/kg) and a compensation style s
 * (0 = pure pelvic drop, 1 = pure trunk lean). A deficit of 0 or less keeps the pelvis level.
 */
export function choosePosture(
  deficitNmPerKg: number,
  compensationStyle: number,
  p: MechanicsParameters,
  options: CompensationOptions = COMPENSATION_DEFAULTS,
): PostureChoice {
  if (!(deficitNmPerKg > 0)) return NEUTRAL;
  const g = GRAVITY_M_PER_S2;
  const s = compensationStyle;
  const G = g * p.hatMassFraction * p.hatComHeightM;
  const K = p.passiveAbductionStiffnessNmPerKgPerDeg;
  const thetaMax = p.maxPelvicDropDeg;
  const q = (1 - s) * deficitNmPerKg;
  const dropDeg = solvePelvicDropDeg(q, G, K, thetaMax, options);
  let leanMomentNmPerKg = s * deficitNmPerKg;
  let dropCapped = false;
  if (dropDeg >= thetaMax) {
    const remainder = q + G * Math.sin(thetaMax * DEG) - K * thetaMax;
    if (remainder > 0) {
      leanMomentNmPerKg += remainder;
      dropCapped = true;
    }
  }
  const sinLean = leanMomentNmPerKg / (g * p.trunkLeanLeverBWM);
  const sinLeanMax = Math.sin(p.maxTrunkLeanDeg * DEG);
  const leanLimited = sinLean > sinLeanMax;
  const leanOnPelvisDeg = leanLimited ? p.maxTrunkLeanDeg : Math.asin(sinLean) / DEG;
  return { dropDeg, leanOnPelvisDeg, dropCapped, leanLimited };
}
