import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MECHANICS_PARAMETERS,
  MECHANICS_PARAMETER_KEYS,
  MECHANICS_PARAMETERS,
  REFERENCE_HEIGHT_M,
  scaleParameters,
} from './parameters';

describe('MECHANICS_PARAMETERS', () => {
  it('gives every parameter a symbol, name, unit key, basis and a range holding its default', () => {
    for (const key of MECHANICS_PARAMETER_KEYS) {
      const e = MECHANICS_PARAMETERS[key];
      expect(e.symbol, key).not.toBe('');
      expect(e.name, key).not.toBe('');
      expect(e.basis, key).not.toBe('');
      expect(typeof e.unit, key).toBe('string');
      expect(e.range[0], key).toBeLessThan(e.range[1]);
      expect(e.default, key).toBeGreaterThanOrEqual(e.range[0]);
      expect(e.default, key).toBeLessThanOrEqual(e.range[1]);
    }
  });

  it('holds the reference-person values of the model description', () => {
    const p = DEFAULT_MECHANICS_PARAMETERS;
    // l = 0.0514 × 1.75 = 0.08995 m; h_T = 0.180 × 1.75 = 0.315 m
    expect(p.halfHipWidthM).toBeCloseTo(0.08995, 10);
    expect(p.hatComHeightM).toBeCloseTo(0.315, 10);
    expect(p.abductorMomentArmM).toBe(0.058);
    expect(p.trunkLeanLeverBWM).toBe(0.14);
    expect(p.legMassFraction).toBe(0.161);
    expect(p.hatMassFraction).toBe(0.678);
    expect(p.abductorCapacityYoungNmPerKg).toBe(2.0);
    expect(p.abductorCapacityOlderNmPerKg).toBe(1.3);
  });

  it('has abductor shares and extensor shares that each sum to 1', () => {
    const p = DEFAULT_MECHANICS_PARAMETERS;
    // 0.57 + 0.13 + 0.12 + 0.15 + 0.03 = 1.00
    expect(
      p.abductorShareGluteusMedius +
        p.abductorShareGluteusMinimus +
        p.abductorShareTensorFasciaeLatae +
        p.abductorShareUpperGluteusMaximus +
        p.abductorSharePiriformis,
    ).toBeCloseTo(1, 12);
    // 0.40 + 0.40 + 0.20 = 1.00
    expect(
      p.extensorShareGluteusMaximus + p.extensorShareHamstrings + p.extensorShareAdductorMagnus,
    ).toBeCloseTo(1, 12);
  });
});

describe('scaleParameters', () => {
  it('returns the same object at the reference height', () => {
    expect(scaleParameters(DEFAULT_MECHANICS_PARAMETERS, REFERENCE_HEIGHT_M)).toBe(
      DEFAULT_MECHANICS_PARAMETERS,
    );
  });

  it('scales exactly the entries marked as height-dependent, by H / 1.75', () => {
    const scaled = scaleParameters(DEFAULT_MECHANICS_PARAMETERS, 1.4); // k = 1.4 / 1.75 = 0.8
    for (const key of MECHANICS_PARAMETER_KEYS) {
      const base = DEFAULT_MECHANICS_PARAMETERS[key];
      const expected = MECHANICS_PARAMETERS[key].scaling === 'height' ? base * 0.8 : base;
      expect(scaled[key], key).toBeCloseTo(expected, 12);
    }
    // l = 0.0514 × 1.4 = 0.07196 m
    expect(scaled.halfHipWidthM).toBeCloseTo(0.07196, 10);
  });
});
