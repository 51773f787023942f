import { describe, expect, it } from 'vitest';
import { DEFAULT_MECHANICS_PARAMETERS as P } from './parameters';
import {
  anteriorPelvicTiltChangeDeg,
  hipExtensionDeficitDeg,
  lumbarLordosisChangeDeg,
} from './pelvic-tilt';

describe('tilt from a short iliopsoas', () => {
  it('E = t·E_max, dAPT = c_APT·E, dLL = k_LL·dSS', () => {
    // t = 0.8: E = 0.8·20 = 16°; dAPT = 0.5·16 = 8°; dLL = 0.95·8 = 7.6°
    expect(hipExtensionDeficitDeg(0.8, P)).toBeCloseTo(16, 12);
    expect(anteriorPelvicTiltChangeDeg(0.8, P)).toBeCloseTo(8, 12);
    expect(lumbarLordosisChangeDeg(8, P)).toBeCloseTo(7.6, 12);
    expect(anteriorPelvicTiltChangeDeg(0, P)).toBe(0);
  });

  it('k_LL = 0 (Preece 2021) leaves the lordosis unchanged', () => {
    expect(lumbarLordosisChangeDeg(8, { ...P, lordosisPerSacralSlope: 0 })).toBe(0);
  });
});
