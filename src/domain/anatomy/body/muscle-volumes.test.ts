import { describe, expect, it } from 'vitest';
import { mriMuscleVolumeCm3, totalLowerLimbMuscleCm3 } from './muscle-volumes';

describe('Handsfield 2014 muscle volumes', () => {
  it('reproduces the worked example for a 1.75 m, 75 kg man (shape-figures 5.1)', () => {
    const body = { heightM: 1.75, massKg: 75 };
    expect(totalLowerLimbMuscleCm3(body)).toBeCloseTo(7453.75, 2);
    // the worked example rounds: gluteus maximus ~891, medius ~339, piriformis ~44
    expect(mriMuscleVolumeCm3('gluteus-maximus', body)).toBeCloseTo(891, 0);
    expect(mriMuscleVolumeCm3('gluteus-medius', body)).toBeCloseTo(339.4, 0);
    expect(mriMuscleVolumeCm3('piriformis', body)).toBeCloseTo(43.9, 0);
  });

  it('grows with height and mass', () => {
    const small = mriMuscleVolumeCm3('psoas-major', { heightM: 1.6, massKg: 55 });
    const large = mriMuscleVolumeCm3('psoas-major', { heightM: 1.9, massKg: 95 });
    expect(large).toBeGreaterThan(small);
  });

  it('rejects a body with no height or mass, saying which value is wrong', () => {
    expect(() => totalLowerLimbMuscleCm3({ heightM: 0, massKg: 70 })).toThrow(/height 0 m/);
  });
});
