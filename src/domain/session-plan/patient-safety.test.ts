import { describe, expect, it } from 'vitest';
import { MOTOR_POINTS } from '../motor-points';
import { findMotorPointRecordForTest } from './patient-mode.fixture';
import { patientSafetyIds, patientSafetyNotes } from './patient-safety';

describe('safety notes for patients', () => {
  it('rewords every record’s notes (never an empty list, no clinical numbers)', () => {
    for (const record of MOTOR_POINTS) {
      const notes = patientSafetyNotes(record);
      expect(notes.length, record.id).toBeGreaterThan(0);
      for (const note of notes) expect(note, record.id).not.toMatch(/\d+\s*(mm|%|cm)/);
    }
  });

  it('maps the clinical content to the right plain notes', () => {
    expect(patientSafetyIds(findMotorPointRecordForTest('psoas-major-endplate-zone'))).toEqual([
      'organs-deep',
      'femoral-nerve',
      'urgent-care',
    ]);
    expect(patientSafetyIds(findMotorPointRecordForTest('iliacus-arborization-upper'))).toContain(
      'urgent-care',
    );
    expect(patientSafetyIds(findMotorPointRecordForTest('piriformis-nerve-entry'))).toEqual([
      'sciatic-nerve',
      'gluteal-nerves-vessels',
    ]);
    expect(
      patientSafetyIds(findMotorPointRecordForTest('tensor-fasciae-latae-nerve-entry')),
    ).toEqual(['skin-nerve-front', 'blood-vessel']);
    expect(patientSafetyIds(findMotorPointRecordForTest('gluteus-minimus-anterior'))).toEqual([
      'gluteal-nerves-vessels',
      'hip-joint',
    ]);
    expect(
      patientSafetyIds(findMotorPointRecordForTest('gluteus-maximus-central-stimulation-site')),
    ).toEqual(['surface-only', 'sciatic-nerve']);
    expect(patientSafetyIds({ safety: ['Something unexpected'] })).toEqual(['general']);
  });
});
