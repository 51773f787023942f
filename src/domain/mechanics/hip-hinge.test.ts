import { describe, expect, it } from 'vitest';
import { hipExtensionDemandNmPerKg, hipExtensorShares } from './hip-hinge';
import { DEFAULT_MECHANICS_PARAMETERS as P } from './parameters';

describe('hip extensor sharing in a hinge', () => {
  it('demand M_he = g·f_H·h_T·sin beta', () => {
    // 9.81·0.678·0.315·sin 50° = 2.0951217·0.7660444 = 1.604956 N·m/kg
    expect(hipExtensionDemandNmPerKg(P, 50)).toBeCloseTo(1.604956, 5);
    expect(hipExtensionDemandNmPerKg(P, 0)).toBe(0);
  });

  it('healthy: activation M_he / M_he,cap0 and shares 40/40/20', () => {
    const s = hipExtensorShares(P, 50, 1);
    // a = 1.604956 / 2.5 = 0.641982
    expect(s.activation).toBeCloseTo(0.641982, 5);
    expect(s.gluteusMaximus.fraction).toBeCloseTo(0.4, 12);
    expect(s.hamstrings.fraction).toBeCloseTo(0.4, 12);
    expect(s.adductorMagnus.fraction).toBeCloseTo(0.2, 12);
    // gluteus maximus carries 0.641982·2.5·0.4 = 0.641982 N·m/kg
    expect(s.gluteusMaximus.momentNmPerKg).toBeCloseTo(0.641982, 5);
  });

  it('weak gluteus maximus: the others carry more at a higher common activation', () => {
    const s = hipExtensorShares(P, 50, 0.2);
    // sum(share·c) = 0.4·0.2 + 0.4 + 0.2 = 0.68; a = 1.604956 / (2.5·0.68) = 0.944092
    expect(s.activation).toBeCloseTo(0.944092, 5);
    // gluteus maximus 0.08 / 0.68 = 11.76 %; hamstrings 0.4 / 0.68 = 58.82 %
    expect(s.gluteusMaximus.fraction).toBeCloseTo(0.117647, 5);
    expect(s.hamstrings.fraction).toBeCloseTo(0.588235, 5);
    const total =
      s.gluteusMaximus.momentNmPerKg + s.hamstrings.momentNmPerKg + s.adductorMagnus.momentNmPerKg;
    expect(total).toBeCloseTo(s.demandNmPerKg, 12);
  });
});
