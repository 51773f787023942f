/**
 * Lumbosacral (L5/S1) loads in the sagittal plane (mechanics layer: fair for standing and forward
 * lean; the psoas terms are uncertain).
 *
 * Frame: sagittal plane, x forward, z up, origin at the centre of the L5/S1 disc. Trunk flexion
 * beta (deg) is positive forward. Compression acts along the disc normal, anterior shear along
 * the disc plane, positive when it pushes L5 forward on S1. The S1 endplate is inclined at the
 * sacral slope SS = SS0 + dSS to the horizontal. Forces in body weights (BW), lengths in metres.
 *
 * Equations:
 *   e     = e0 + h_up·sin beta                       upper-body COM ahead of L5/S1
 *   F_ES  = W_up·e / r_ES                             erector spinae force balancing it
 *   F_ps  = 2·a_ps·F_ps,max / (m·g)                   both psoas muscles
 *   compression = W_up·cos(SS0 + dSS) + F_ES + 0.95·F_ps
 *   shear       = W_up·sin(SS0 + dSS) + 0.2·F_ps
 */
import type { MechanicsParameters } from './parameters';
import { GRAVITY_M_PER_S2 } from './parameters';

const DEG = Math.PI / 180;

export interface LumbosacralOptions {
  /** Fraction of the psoas force that compresses L5/S1. */
  readonly psoasCompressionFactor: number;
  /** Fraction of the psoas force that shears L5 forward. */
  readonly psoasShearFactor: number;
}

const LUMBOSACRAL_DEFAULTS: LumbosacralOptions = Object.freeze({
  psoasCompressionFactor: 0.95,
  psoasShearFactor: 0.2,
});

/**
 * Upper-body COM offset ahead of L5/S1, e = e0 + h_up·sin beta (m).
 * @internal
 */
export function upperBodyComOffsetM(p: MechanicsParameters, trunkFlexionDeg: number): number {
  return p.upperBodyComOffsetM + p.upperBodyComHeightM * Math.sin(trunkFlexionDeg * DEG);
}

/** Erector spinae force F_ES = W_up·e / r_ES (BW). */
export function erectorSpinaeForceBW(p: MechanicsParameters, trunkFlexionDeg: number): number {
  return (p.upperBodyWeightBW * upperBodyComOffsetM(p, trunkFlexionDeg)) / p.erectorMomentArmM;
}

/** Force of both psoas muscles F_ps = 2·a·F_ps,max / (m·g) (BW). */
export function psoasForceBW(
  p: MechanicsParameters,
  activation: number,
  bodyMassKg: number,
): number {
  return (2 * activation * p.psoasMaxForceN) / (bodyMassKg * GRAVITY_M_PER_S2);
}

/** L5/S1 compression (BW). */
export function l5s1CompressionBW(
  p: MechanicsParameters,
  sacralSlopeChangeDeg: number,
  trunkFlexionDeg: number,
  psoasBW: number,
  options: LumbosacralOptions = LUMBOSACRAL_DEFAULTS,
): number {
  return (
    p.upperBodyWeightBW * Math.cos((p.sacralSlopeDeg + sacralSlopeChangeDeg) * DEG) +
    erectorSpinaeForceBW(p, trunkFlexionDeg) +
    options.psoasCompressionFactor * psoasBW
  );
}

/** L5/S1 anterior shear (BW). */
export function l5s1ShearBW(
  p: MechanicsParameters,
  sacralSlopeChangeDeg: number,
  psoasBW: number,
  options: LumbosacralOptions = LUMBOSACRAL_DEFAULTS,
): number {
  return (
    p.upperBodyWeightBW * Math.sin((p.sacralSlopeDeg + sacralSlopeChangeDeg) * DEG) +
    options.psoasShearFactor * psoasBW
  );
}
