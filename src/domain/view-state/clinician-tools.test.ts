import { describe, expect, it } from 'vitest';
import { clinicianToolsShown } from './clinician-tools';

describe('clinician tools', () => {
  it('are hidden from a patient until the clinician opens them', () => {
    expect(clinicianToolsShown('patient', false)).toBe(false);
    expect(clinicianToolsShown('patient', true)).toBe(true);
  });

  it('are always there when exploring or in a quiz', () => {
    expect(clinicianToolsShown('explore', false)).toBe(true);
    expect(clinicianToolsShown('quiz', false)).toBe(true);
  });
});
