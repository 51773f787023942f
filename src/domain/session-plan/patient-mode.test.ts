import { describe, expect, it } from 'vitest';
import {
  displayName,
  displayStructureName,
  patientModePolicy,
  patientPointName,
} from './patient-mode';
import { findMotorPointRecordForTest } from './patient-mode.fixture';

describe('patient mode', () => {
  it('hides needle depths and numbers, uses plain names and offers the explain button', () => {
    const policy = patientModePolicy({ mode: 'patient' });
    expect(policy).toMatchObject({
      names: 'plain',
      numbers: 'minimal',
      mechanics: 'arrows-and-sentence',
      showMechanicsTable: false,
      showNeedleDepth: false,
      showDepthToggle: true,
      showNerveRoots: false,
      showLatinNames: false,
      showReadingNotes: false,
      evidence: 'plain',
      safetyNotes: 'patient',
      showExplainButton: true,
    });
    expect(policy.typeScale).toBeGreaterThan(1);
  });

  it('shows needle depths only when the clinician opens them, and nothing else', () => {
    const revealed = patientModePolicy({ mode: 'patient' }, { clinicianReveal: true });
    expect(revealed.showNeedleDepth).toBe(true);
    expect(revealed).toMatchObject({ numbers: 'minimal', names: 'plain', showNerveRoots: false });
  });

  it('shows everything in explore mode', () => {
    expect(patientModePolicy({ mode: 'explore' })).toMatchObject({
      names: 'anatomical',
      numbers: 'full',
      showNeedleDepth: true,
      showMechanicsTable: true,
      showExplainButton: false,
      revealAnswers: true,
    });
  });

  it('keeps the answers hidden in quiz mode until the question is answered', () => {
    expect(patientModePolicy({ mode: 'quiz' }).revealAnswers).toBe(false);
    expect(patientModePolicy({ mode: 'quiz' }, { answered: true }).revealAnswers).toBe(true);
  });

  it('names structures plainly for patients and anatomically otherwise', () => {
    expect(displayName('gluteus-medius', 'patient')).toBe('Side-of-hip muscle');
    expect(displayName('gluteus-medius', 'explore')).toBe('Gluteus medius');
    expect(displayName('gluteus-medius', patientModePolicy({ mode: 'patient' }))).toBe(
      'Side-of-hip muscle',
    );
    expect(displayName('femur', 'patient')).toBe('Thigh bone');
    expect(displayName('sciatic-nerve', 'quiz')).toBe('Sciatic nerve');
    expect(displayName('skin', 'patient')).toBe('Skin');
    expect(displayStructureName('gluteus-medius:left', 'patient')).toBe(
      'Side-of-hip muscle (left)',
    );
    expect(displayStructureName('sacrum:midline', 'explore')).toBe('Sacrum');
  });

  it('names markers plainly, and calls a vendor electrode site what it is', () => {
    expect(patientPointName(findMotorPointRecordForTest('piriformis-nerve-entry'))).toBe(
      'Pear-shaped deep buttock muscle: where its nerve enters',
    );
    expect(
      patientPointName(findMotorPointRecordForTest('gluteus-medius-surface-stimulation-site')),
    ).toBe('Side-of-hip muscle: spot for a stick-on electrode');
  });
});
