import { describe, expect, it } from 'vitest';
import { MOTOR_POINT_RECORDS } from '../motor-points/data/motor-points';
import { cameraFacingMuscle, linkedCameraPreset, pointMuscle } from './facing-camera';
import type { CameraView } from './view-state';

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

describe('cameraFacingMuscle', () => {
  const preset = (id: 'anterior' | 'posterior' | 'left-lateral' | 'right-lateral' | 'superior') =>
    ({ kind: 'preset', preset: id }) as const;

  it("turns to the side of a muscle's points from a camera on another side", () => {
    expect(cameraFacingMuscle(preset('anterior'), 'gluteus-medius')).toEqual(preset('posterior'));
    expect(cameraFacingMuscle(preset('superior'), 'piriformis')).toEqual(preset('posterior'));
    expect(cameraFacingMuscle(preset('posterior'), 'psoas-major')).toEqual(preset('anterior'));
    // Tensor fasciae latae from the side nearer the camera.
    expect(cameraFacingMuscle(preset('posterior'), 'tensor-fasciae-latae')).toEqual(
      preset('right-lateral'),
    );
  });

  it('stays where the camera already looks at them, a view the user orbited to included', () => {
    expect(cameraFacingMuscle(preset('posterior'), 'gluteus-maximus')).toBeNull();
    expect(cameraFacingMuscle(preset('left-lateral'), 'tensor-fasciae-latae')).toBeNull();
    // Behind and to the right of the pelvis, 45° off the back: close enough.
    const orbited: CameraView = { kind: 'custom', position: [-0.7, 1, -0.7], target: [0, 1, 0] };
    expect(cameraFacingMuscle(orbited, 'gluteus-medius')).toBeNull();
    // The same orbit from the front: turned.
    const front: CameraView = { kind: 'custom', position: [-0.7, 1, 0.7], target: [0, 1, 0] };
    expect(cameraFacingMuscle(front, 'gluteus-medius')).toEqual(preset('posterior'));
  });
});
