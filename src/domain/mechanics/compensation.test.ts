import { describe, expect, it } from 'vitest';
import { choosePosture, solvePelvicDropDeg } from './compensation';
import { DEFAULT_MECHANICS_PARAMETERS as P } from './parameters';

const DEG = Math.PI / 180;
// G = g·f_H·h_T = 9.81·0.678·0.315 = 2.0951217 N·m/kg
const G = 9.81 * 0.678 * 0.315;
// Superior gluteal palsy, young adult: U = 0.9·2.0·0.18 = 0.324; D0 = 9.81·0.08995 = 0.8824095;
// Delta = 0.8824095 - 0.324 = 0.5584095 N·m/kg
const PALSY_DEFICIT = 9.81 * 0.08995 - 0.324;

describe('solvePelvicDropDeg', () => {
  it('solves K_p·theta = q + G·sin theta (palsy, style 0)', () => {
    // Linearised: theta ≈ 0.5584 / (0.08 - 2.0951·pi/180) = 0.5584 / 0.04343 = 12.9°;
    // the exact root (bisection) is 12.76799°: 0.08·12.76799 = 1.021439 = 0.5584095 + 2.0951217·sin 12.76799°
    const theta = solvePelvicDropDeg(PALSY_DEFICIT, G, 0.08, 15);
    expect(theta).toBeCloseTo(12.76799, 4);
    expect(0.08 * theta - PALSY_DEFICIT - G * Math.sin(theta * DEG)).toBeCloseTo(0, 6);
  });

  it('gives 0 for no deficit and caps at theta_max when no root lies below it', () => {
    expect(solvePelvicDropDeg(0, G, 0.08, 15)).toBe(0);
    expect(solvePelvicDropDeg(-1, G, 0.08, 15)).toBe(0);
    // q = 0.8824 (all abductors lost): 0.08·15 = 1.2 < 0.8824 + 2.0951·sin 15° = 1.4247 -> capped
    expect(solvePelvicDropDeg(0.8824095, G, 0.08, 15)).toBe(15);
  });

  it('finishes with Newton when the fixed-point steps run out, to the same root', () => {
    const slow = solvePelvicDropDeg(PALSY_DEFICIT, G, 0.08, 15, {
      toleranceDeg: 1e-9,
      maxIterations: 2,
    });
    expect(slow).toBeCloseTo(12.76799, 5);
    // a slowly contracting case: K_p = 0.04 (range minimum), ratio 2.095·(pi/180)/0.04 ≈ 0.91
    const a = solvePelvicDropDeg(0.05, G, 0.04, 20);
    const b = solvePelvicDropDeg(0.05, G, 0.04, 20, { toleranceDeg: 1e-9, maxIterations: 3 });
    expect(a).toBeCloseTo(b, 4);
    expect(0.04 * b - 0.05 - G * Math.sin(b * DEG)).toBeCloseTo(0, 8);
  });
});

describe('choosePosture', () => {
  it('keeps the pelvis level without a deficit', () => {
    expect(choosePosture(0, 0.7, P)).toEqual({
      dropDeg: 0,
      leanOnPelvisDeg: 0,
      dropCapped: false,
      leanLimited: false,
    });
    expect(choosePosture(-0.5, 0.7, P).dropDeg).toBe(0);
  });

  it('style 1 leans only: sin psi = Delta / (g·k_L)', () => {
    // sin psi = 0.5584095 / (9.81·0.14) = 0.5584095 / 1.3734 = 0.406589 -> psi = 23.99°
    const c = choosePosture(PALSY_DEFICIT, 1, P);
    expect(c.dropDeg).toBe(0);
    expect(c.leanOnPelvisDeg).toBeCloseTo(23.9907, 3);
  });

  it('style 0.7 splits the deficit', () => {
    // lean: sin psi = 0.7·0.5584095 / 1.3734 = 0.284612 -> 16.5357°
    // drop: 0.08·theta = 0.3·0.5584095 + 2.0951·sin theta -> 3.85457° (bisection)
    const c = choosePosture(PALSY_DEFICIT, 0.7, P);
    expect(c.leanOnPelvisDeg).toBeCloseTo(16.5357, 3);
    expect(c.dropDeg).toBeCloseTo(3.85457, 4);
  });

  it('puts the remainder into the lean when the drop is capped', () => {
    // All abductors lost, style 0: Delta = 0.8824095; at theta_max = 15°, the remainder is
    // 0.8824095 + 2.0951217·sin 15° - 0.08·15 = 0.8824095 + 0.5422574 - 1.2 = 0.2246669;
    // sin psi = 0.2246669 / 1.3734 = 0.163585 -> psi = 9.4150°
    const c = choosePosture(0.8824095, 0, P);
    expect(c.dropDeg).toBe(15);
    expect(c.dropCapped).toBe(true);
    expect(c.leanOnPelvisDeg).toBeCloseTo(9.415, 3);
  });

  it('limits the lean to psi_max and says so', () => {
    const c = choosePosture(5, 1, P);
    expect(c.leanOnPelvisDeg).toBe(P.maxTrunkLeanDeg);
    expect(c.leanLimited).toBe(true);
  });
});
