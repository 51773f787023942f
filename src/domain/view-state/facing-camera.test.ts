import { describe, expect, it } from 'vitest';
import { MOTOR_POINT_RECORDS } from '../motor-points/data/motor-points';
import { linkedCameraPreset, pointMuscle } from './facing-camera';

describe('pointMuscle', () => {
  it("gives each motor point record's own muscle from its id", () => {
    for (const record of MOTOR_POINT_RECORDS) expect(pointMuscle(record.id)).toBe(record.muscle);
  });

  it('knows no muscle for an id that does not start with one', () => {
    expect(pointMuscle('GB-30')).toBeNull();
    expect(pointMuscle('gluteus')).toBeNull();
  });
});

describe('linkedCameraPreset', () => {
  it("faces a point's muscle: buttock from behind, psoas and iliacus from the front, TFL from its side", () => {
    expect(linkedCameraPreset('gluteus-medius-posterior:right', null)).toBe('posterior');
    expect(linkedCameraPreset('piriformis-nerve-entry:left', null)).toBe('posterior');
    expect(linkedCameraPreset('psoas-major-endplate-zone:right', null)).toBe('anterior');
    expect(linkedCameraPreset('iliacus-arborization-upper:left', null)).toBe('anterior');
    expect(linkedCameraPreset('tensor-fasciae-latae-nerve-entry:left', null)).toBe('left-lateral');
    // A point without a side is on the right, as the link reads it.
    expect(linkedCameraPreset('tensor-fasciae-latae-nerve-entry', null)).toBe('right-lateral');
  });

  it('faces a selected muscle (its side is required, as the link requires it)', () => {
    expect(linkedCameraPreset(null, 'gluteus-medius:left')).toBe('posterior');
    expect(linkedCameraPreset(null, 'psoas-major:right')).toBe('anterior');
    expect(linkedCameraPreset(null, 'tensor-fasciae-latae:right')).toBe('right-lateral');
    expect(linkedCameraPreset(null, 'gluteus-medius')).toBeNull();
  });

  it('lets the point win over the selection', () => {
    expect(linkedCameraPreset('psoas-major-endplate-zone:right', 'gluteus-medius:right')).toBe(
      'anterior',
    );
  });

  it('leaves the camera alone for bones, nerves and names it does not know', () => {
    expect(linkedCameraPreset(null, null)).toBeNull();
    expect(linkedCameraPreset(null, 'femur:left')).toBeNull();
    expect(linkedCameraPreset(null, 'sciatic-nerve:right')).toBeNull();
    expect(linkedCameraPreset('gluteus-medius-bogus:right', null)).toBeNull();
    expect(linkedCameraPreset('gluteus-medius-posterior:upside', null)).toBeNull();
    expect(linkedCameraPreset('gluteus-medius-posterior:right:extra', null)).toBeNull();
    expect(linkedCameraPreset(null, 'gluteus-medius:midline')).toBeNull();
    // An unknown point falls back to the selection.
    expect(linkedCameraPreset('bogus:right', 'psoas-major:left')).toBe('anterior');
  });
});
