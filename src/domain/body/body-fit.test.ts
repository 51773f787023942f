import { describe, expect, it } from 'vitest';
import { type Body, bodyMassIndex, checkBody, REFERENCE_BODY } from './body';
import {
  bodyFit,
  expectedFatMm,
  fatIncrementMm,
  muscleVolumeCm3,
  totalMuscleVolumeCm3,
} from './body-fit';

const WOMAN_165_90: Body = { sex: 'female', heightM: 1.65, massKg: 90 };

describe('Handsfield 2014 muscle volumes', () => {
  it('reproduces the worked example of shape-figures.md §5.1 (1.75 m, 75 kg)', () => {
    const body = { heightM: 1.75, massKg: 75 };
    expect(totalMuscleVolumeCm3(body)).toBeCloseTo(7453.75, 2);
    expect(muscleVolumeCm3(body, 'gluteus-maximus')).toBeCloseTo(891, 0);
    expect(muscleVolumeCm3(body, 'gluteus-medius')).toBeCloseTo(339, 0);
    expect(muscleVolumeCm3(body, 'iliacus')).toBeCloseTo(185, 0);
  });

  it('gives the reference body 7042.5 cm³ of lower-limb muscle (47 × 1.75 × 70 + 1285)', () => {
    expect(totalMuscleVolumeCm3(REFERENCE_BODY)).toBeCloseTo(7042.5, 6);
  });
});

describe('Gibney 2010 fat', () => {
  it('adds nothing for the reference body', () => {
    expect(fatIncrementMm(REFERENCE_BODY)).toBeCloseTo(0, 9);
    expect(expectedFatMm(REFERENCE_BODY, 'buttock')).toBeCloseTo(15.4, 9);
  });

  it('adds 5.1 mm for a woman of the same height and mass', () => {
    expect(fatIncrementMm({ ...REFERENCE_BODY, sex: 'female' })).toBeCloseTo(5.1, 9);
  });

  it('adds 0.4 mm per kg/m² (1.65 m 90 kg woman: BMI 33.06 vs 22.86 → 5.1 + 4.08 mm)', () => {
    expect(bodyMassIndex(WOMAN_165_90)).toBeCloseTo(33.058, 3);
    expect(fatIncrementMm(WOMAN_165_90)).toBeCloseTo(9.18, 2);
    expect(expectedFatMm(WOMAN_165_90, 'buttock')).toBeCloseTo(24.58, 2);
    expect(expectedFatMm(WOMAN_165_90, 'thigh')).toBeCloseTo(19.58, 2);
  });

  it('takes fat away from a lean man', () => {
    expect(fatIncrementMm({ sex: 'male', heightM: 1.8, massKg: 60 })).toBeLessThan(-1.5);
  });
});

describe('bodyFit', () => {
  it('is the identity for the reference body', () => {
    const fit = bodyFit(REFERENCE_BODY);
    expect(fit.scale).toBe(1);
    expect(fit.weights.fat).toBeCloseTo(0, 9);
    for (const w of Object.values(fit.weights.muscleBulk)) expect(w).toBeCloseTo(0, 9);
    expect(fit.weights.skinMuscleBulk).toBeCloseTo(0, 9);
  });

  it('fits a 1.65 m, 90 kg woman (hand calculation)', () => {
    const fit = bodyFit(WOMAN_165_90);
    expect(fit.scale).toBeCloseTo(0.942857, 6);
    // fat: 9.1803 mm in real millimetres, 10 mm per unit weight in model millimetres
    expect(fit.weights.fat).toBeCloseTo(9.1803 / (10 * 0.942857), 3);
    // gluteus maximus: 0.123 × 8264.5 − 25.4 = 991.13 vs 0.123 × 7042.5 − 25.4 = 840.83 cm³
    expect(fit.muscleVolumeRatio['gluteus-maximus']).toBeCloseTo(991.1335 / 840.8275, 5);
    // after the scale (0.8382 of the volume) the morph adds 40.6 %: weight 4.06 at 10 % a unit
    expect(fit.weights.muscleBulk['gluteus-maximus']).toBeCloseTo(4.0636, 3);
    expect(fit.weights.skinMuscleBulk).toBe(fit.weights.muscleBulk['gluteus-maximus']);
    // psoas grows faster with height × mass than piriformis (slope / volume)
    expect(fit.muscleVolumeRatio['psoas-major']).toBeGreaterThan(fit.muscleVolumeRatio.piriformis);
  });

  it('scales a tall body up and keeps its muscle volume in step with Handsfield', () => {
    const body: Body = { sex: 'male', heightM: 1.9, massKg: 90 };
    const fit = bodyFit(body);
    expect(fit.scale).toBeCloseTo(1.9 / 1.75, 9);
    const ratio = fit.muscleVolumeRatio['gluteus-medius'];
    const fromMorph = fit.scale ** 3 * (1 + 0.1 * fit.weights.muscleBulk['gluteus-medius']);
    expect(fromMorph).toBeCloseTo(ratio, 9);
  });
});

describe('checkBody', () => {
  it('accepts a plausible body', () => {
    expect(checkBody({ sex: 'female', heightM: 1.65, massKg: 90 })).toEqual({
      ok: true,
      body: WOMAN_165_90,
    });
  });

  it('names every wrong field', () => {
    const result = checkBody({ sex: 'x', heightM: 3, massKg: Number.NaN });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.field}:${p.problem}`)).toEqual([
      'sex:unknown-sex',
      'heightM:out-of-range',
      'massKg:not-a-number',
    ]);
  });

  it('rejects a BMI outside the range the fat figures cover', () => {
    const result = checkBody({ sex: 'male', heightM: 2.2, massKg: 40 });
    expect(result).toEqual({
      ok: false,
      problems: [{ field: 'bmi', problem: 'out-of-range', value: '8.3' }],
    });
  });
});
