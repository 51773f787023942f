import { describe, expect, it } from 'vitest';
import {
  footReactionOffsetM,
  isCentreOfPressureOutsideFoot,
  kneeAdductionMomentNmPerKg,
  wholeBodyComOffsetM,
} from './knee';
import { DEFAULT_MECHANICS_PARAMETERS as P } from './parameters';

// x_B0 = 0.08995 / (1 - 0.45·0.161) = 0.08995 / 0.92755 = 0.0969759 m
const XB0 = 0.0969759;

describe('knee adduction moment', () => {
  it('neutral COM offset and healthy KAM', () => {
    expect(wholeBodyComOffsetM(P)).toBeCloseTo(XB0, 6);
    // KAM = 9.81·(0.0969759 - 0.5·0.0969759) = 9.81·0.0484879 = 0.475667 N·m/kg
    expect(kneeAdductionMomentNmPerKg(XB0, XB0, 0)).toBeCloseTo(0.475667, 5);
  });

  it('a 4° pelvic drop moves the COM by the moment change and raises KAM by 30 %', () => {
    // shift = M_ext(4°) - M_ext(0) = 0.1046288 - 0.08995 = 0.0146788 m
    // KAM = 9.81·(0.0969759 + 0.0146788 - 0.0484879) = 9.81·0.0631668 = 0.619666 N·m/kg
    const kam = kneeAdductionMomentNmPerKg(XB0 + 0.0146788, XB0, 0);
    expect(kam).toBeCloseTo(0.619666, 5);
    // change = 0.0146788 / 0.0484879 = +30.27 %
    expect((kam / 0.475667 - 1) * 100).toBeCloseTo(30.27, 1);
  });

  it('a contralateral cane moves the foot reaction laterally', () => {
    // x_f = (0.0969759 - 0.1·0.3799) / 0.9 = 0.0589859 / 0.9 = 0.0655399 m
    const xf = footReactionOffsetM(XB0, 0.1, 0.3799);
    expect(xf).toBeCloseTo(0.0655399, 6);
    // KAM = 9.81·0.9·(0.0655399 - 0.0484879) = 8.829·0.017052 = 0.150552 N·m/kg
    expect(kneeAdductionMomentNmPerKg(xf, XB0, 0.1)).toBeCloseTo(0.150552, 5);
  });

  it('floors the lever at -0.01 m and flags a centre of pressure off the foot', () => {
    // lever floor: 9.81·1·(-0.01) = -0.0981 N·m/kg
    expect(kneeAdductionMomentNmPerKg(0, XB0, 0)).toBeCloseTo(-0.0981, 10);
    expect(isCentreOfPressureOutsideFoot(XB0 + 0.039, XB0)).toBe(false);
    expect(isCentreOfPressureOutsideFoot(XB0 + 0.041, XB0)).toBe(true);
    expect(isCentreOfPressureOutsideFoot(XB0 - 0.041, XB0)).toBe(true);
  });
});
