import { describe, expect, it } from 'vitest';
import { DEFAULT_MECHANICS_PARAMETERS as P } from './parameters';
import {
  erectorSpinaeForceBW,
  l5s1CompressionBW,
  l5s1ShearBW,
  psoasForceBW,
  upperBodyComOffsetM,
} from './sagittal-plane';

// F_ps = 2·0.05·650 / (70·9.81) = 65 / 686.7 = 0.0946556 BW
const PSOAS = 0.0946556;

describe('L5/S1 loads', () => {
  it('psoas force in BW', () => {
    expect(psoasForceBW(P, 0.05, 70)).toBeCloseTo(PSOAS, 6);
    // full activation, 100 kg: 2·650 / 981 = 1.325178 BW
    expect(psoasForceBW(P, 1, 100)).toBeCloseTo(1.325178, 6);
  });

  it('upright standing', () => {
    // e = 0.02 m; F_ES = 0.55·0.02 / 0.055 = 0.2 BW
    expect(upperBodyComOffsetM(P, 0)).toBeCloseTo(0.02, 12);
    expect(erectorSpinaeForceBW(P, 0)).toBeCloseTo(0.2, 12);
    // compression = 0.55·cos 40° + 0.2 + 0.95·0.0946556 = 0.4213244 + 0.2 + 0.0899228 = 0.7112472
    expect(l5s1CompressionBW(P, 0, 0, PSOAS)).toBeCloseTo(0.7112472, 6);
    // shear = 0.55·sin 40° + 0.2·0.0946556 = 0.3535332 + 0.0189311 = 0.3724643
    expect(l5s1ShearBW(P, 0, PSOAS)).toBeCloseTo(0.3724643, 6);
  });

  it('forward flexion 50° raises the erector force', () => {
    // e = 0.02 + 0.22·sin 50° = 0.02 + 0.1685298 = 0.1885298 m; F_ES = 0.55·0.1885298 / 0.055 = 1.885298
    expect(erectorSpinaeForceBW(P, 50)).toBeCloseTo(1.885298, 5);
    // compression = 0.4213244 + 1.885298 + 0.0899228 = 2.396545 BW
    expect(l5s1CompressionBW(P, 0, 50, PSOAS)).toBeCloseTo(2.396545, 5);
  });

  it('a steeper sacrum shifts load from compression to shear', () => {
    // dSS = 8°: 0.55·cos 48° = 0.3680218; compression = 0.3680218 + 0.2 + 0.0899228 = 0.6579446
    expect(l5s1CompressionBW(P, 8, 0, PSOAS)).toBeCloseTo(0.6579446, 6);
    // shear = 0.55·sin 48° + 0.0189311 = 0.4087296 + 0.0189311 = 0.4276607
    expect(l5s1ShearBW(P, 8, PSOAS)).toBeCloseTo(0.4276607, 6);
  });
});
