import { describe, expect, it } from 'vitest';
import {
  abductorCapacityNmPerKg,
  activeAbductorForceUnflooredBW,
  caneLeverM,
  externalAdductionMomentBWM,
  hipJointReactionBW,
  neutralGravityMomentBWM,
  passiveAbductorForceBW,
  stanceHipSuperincumbentWeightBW,
} from './frontal-plane';
import { GRAVITY_M_PER_S2, DEFAULT_MECHANICS_PARAMETERS as P } from './parameters';

const DEG = Math.PI / 180;
const FULL = {
  gluteusMedius: 1,
  gluteusMinimus: 1,
  tensorFasciaeLatae: 1,
  upperGluteusMaximus: 1,
  piriformis: 1,
};

describe('frontal-plane statics (defaults: 70 kg, 1.75 m)', () => {
  it('weight above the stance hip and its neutral lever', () => {
    // W_s = 1 - 0.161 = 0.839 BW
    expect(stanceHipSuperincumbentWeightBW(P)).toBeCloseTo(0.839, 12);
    // f_H·l + f_L·2l = 0.678·0.08995 + 0.161·0.1799 = 0.0609861 + 0.0289639 = 0.08995 BW·m
    expect(neutralGravityMomentBWM(P)).toBeCloseTo(0.08995, 10);
    // a_s = 0.08995 / 0.839 = 0.107211 m
    expect(neutralGravityMomentBWM(P) / stanceHipSuperincumbentWeightBW(P)).toBeCloseTo(
      0.107211,
      6,
    );
  });

  it('external adduction moment M_ext at neutral, with a drop, a lean and a cane', () => {
    expect(externalAdductionMomentBWM(P, 0, 0, 0, 0)).toBeCloseTo(0.08995, 10);
    // theta = 4°: 0.08995·cos 4° + 0.678·0.315·sin 4° = 0.0897309 + 0.21357·0.0697565
    //           = 0.0897309 + 0.0148979 = 0.1046288 BW·m
    expect(externalAdductionMomentBWM(P, 4, 0, 0, 0)).toBeCloseTo(0.1046288, 6);
    // psi = 10°: 0.08995 - 0.14·sin 10° = 0.08995 - 0.14·0.1736482 = 0.0656393 BW·m
    expect(externalAdductionMomentBWM(P, 0, 10, 0, 0)).toBeCloseTo(0.0656393, 6);
    // contralateral cane 0.1 BW: d_C = 2·0.08995 + 0.20 = 0.3799 m;
    // 0.08995 - 0.1·0.3799 = 0.05196 BW·m
    const dC = caneLeverM('contralateral', P);
    expect(dC).toBeCloseTo(0.3799, 10);
    expect(externalAdductionMomentBWM(P, 0, 0, 0.1, dC)).toBeCloseTo(0.05196, 10);
    // ipsilateral: d_C = -0.20 m, 0.08995 + 0.1·0.20 = 0.10995 BW·m
    expect(caneLeverM('ipsilateral', P)).toBe(-0.2);
    expect(externalAdductionMomentBWM(P, 0, 0, 0.1, -0.2)).toBeCloseTo(0.10995, 10);
    expect(caneLeverM(null, P)).toBe(0);
  });

  it('abductor force and hip joint reaction of a healthy one-leg stance', () => {
    // F_ab = g·0.08995 / (g·0.058) = 1.550862 BW
    const fab = activeAbductorForceUnflooredBW(P, 0.08995, 0);
    expect(fab).toBeCloseTo(1.550862, 6);
    // R_z = 0.839 + 1.550862·cos 20° = 0.839 + 1.457334 = 2.296334
    // R_x = 1.550862·sin 20° = 0.530426
    // R = sqrt(5.273148 + 0.281352) = sqrt(5.554500) = 2.356799 BW
    expect(hipJointReactionBW(P, fab, 0)).toBeCloseTo(2.356799, 5);
  });

  it('passive force takes K_p·theta off the active abductors', () => {
    // theta = 10°: K_p·theta = 0.8 N·m/kg; F_p = 0.8 / (9.81·0.058) = 0.8 / 0.56898 = 1.406025 BW
    expect(passiveAbductorForceBW(P, 10)).toBeCloseTo(1.406025, 6);
    // a raised swing side (negative drop) stretches nothing
    expect(passiveAbductorForceBW(P, -5)).toBe(0);
    // F_ab = (g·0.1 - 0.8) / (g·0.058) = (0.981 - 0.8) / 0.56898 = 0.318113 BW
    expect(activeAbductorForceUnflooredBW(P, 0.1, 10)).toBeCloseTo(0.318113, 6);
  });

  it('capacity M_cap = M_cap0 · sum(share·c)', () => {
    expect(abductorCapacityNmPerKg(2, P, FULL)).toBeCloseTo(2, 12);
    // superior gluteal palsy: 2.0·(0.15 + 0.03) = 0.36 N·m/kg
    const palsy = { ...FULL, gluteusMedius: 0, gluteusMinimus: 0, tensorFasciaeLatae: 0 };
    expect(abductorCapacityNmPerKg(2, P, palsy)).toBeCloseTo(0.36, 12);
    // 50 % gluteus medius: 2.0·(1 - 0.57·0.5) = 1.43 N·m/kg
    expect(abductorCapacityNmPerKg(2, P, { ...FULL, gluteusMedius: 0.5 })).toBeCloseTo(1.43, 12);
  });
});

/**
 * Mirror invariance of the definitions: the closed form must equal explicit vector statics for a
 * right and for a left stance leg. World frame seen from behind, x toward the body's left, z up;
 * the stance hip at the origin. sx = +1 when the right leg stands (swing hip at x = +2l),
 * -1 when the left leg stands. A drop rotates pelvis and trunk about the stance hip so the swing
 * hip goes down; the swing leg hangs vertically from the swing hip. The adduction moment is the
 * gravity moment that turns the pelvis toward the swing side: sx · sum(x_i · w_i) - sx·x_cane·C.
 */
function explicitAdductionMomentBWM(
  stance: 'left' | 'right',
  dropDeg: number,
  leanDeg: number,
  caneLoadBW: number,
  caneLever: number,
): number {
  const sx = stance === 'right' ? 1 : -1;
  const l = P.halfHipWidthM;
  const phi = -sx * dropDeg * DEG; // counter-clockwise positive
  const rot = (x: number, z: number) => [
    x * Math.cos(phi) - z * Math.sin(phi),
    x * Math.sin(phi) + z * Math.cos(phi),
  ];
  const [hatX] = rot(sx * l, P.hatComHeightM);
  const [swingHipX] = rot(sx * 2 * l, 0);
  // Lean moves the upper body toward the stance side by k_L·sin psi (BW·m) in the world.
  const leanShift = -sx * P.trunkLeanLeverBWM * Math.sin(leanDeg * DEG);
  const caneX = sx * caneLever;
  return (
    sx * ((hatX ?? 0) * P.hatMassFraction + (swingHipX ?? 0) * P.legMassFraction + leanShift) -
    sx * caneX * caneLoadBW
  );
}

describe('mirror invariance', () => {
  it('closed form equals vector statics for both stance sides', () => {
    const dC = caneLeverM('contralateral', P);
    for (const drop of [-10, -3, 0, 2, 7.5, 15]) {
      for (const lean of [-10, 0, 5, 20]) {
        for (const cane of [0, 0.15]) {
          const closed = externalAdductionMomentBWM(P, drop, lean, cane, dC);
          const right = explicitAdductionMomentBWM('right', drop, lean, cane, dC);
          const left = explicitAdductionMomentBWM('left', drop, lean, cane, dC);
          expect(right).toBeCloseTo(closed, 12);
          expect(left).toBeCloseTo(right, 12);
        }
      }
    }
  });

  it('moment in N·m/kg is the BW·m moment times g', () => {
    expect(GRAVITY_M_PER_S2 * externalAdductionMomentBWM(P, 0, 0, 0, 0)).toBeCloseTo(0.8824095, 6);
  });
});
