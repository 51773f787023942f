import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRUCTURES } from '../domain/anatomy';
import { CAMERA_PRESET_IDS } from '../domain/camera';
import { MECHANICS_PRESETS } from '../domain/mechanics';
import { MOTOR_POINTS } from '../domain/motor-points';
import {
  firstViewCovers,
  PASS_THROUGH_PARAMS,
  parseViewParams,
  VIEW_STATE_PARAMS,
} from '../domain/view-state';
import { shouldPreloadFirstViewModel } from './first-view-preload';

/** Every parameter name a link may carry, as the parser knows them (the preload's safe ones among them). */
const NAMES = [...VIEW_STATE_PARAMS, ...PASS_THROUGH_PARAMS];
const WORDS = [
  ...CAMERA_PRESET_IDS,
  ...MECHANICS_PRESETS.map((p) => p.id),
  ...STRUCTURES.map((s) => `${s.id}:${s.side}`),
  ...MOTOR_POINTS.map((p) => p.id),
  'skin',
  'bones',
  'all',
  'right',
  'left',
  'patient',
  'quiz',
  '1',
  '0',
  '60',
  'w50',
  'f',
  'es',
];

describe('shouldPreloadFirstViewModel', () => {
  it('preloads for a plain link on a wide screen', () => {
    expect(shouldPreloadFirstViewModel('', false)).toBe(true);
  });

  it('preloads for links that only set the camera, mode, markers or a dysfunction preset', () => {
    expect(shouldPreloadFirstViewModel('?cam=posterior&markers=0', false)).toBe(true);
    expect(shouldPreloadFirstViewModel('?preset=trendelenburg&lang=es', false)).toBe(true);
  });

  it('never preloads on a phone, where the 3D view waits for a press', () => {
    expect(shouldPreloadFirstViewModel('', true)).toBe(false);
  });

  it('never preloads a file the link does not open with (generated links)', () => {
    const link = fc
      .array(fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...WORDS)), { maxLength: 5 })
      .map((pairs) => `?${new URLSearchParams(pairs)}`);
    fc.assert(
      fc.property(link, (search) => {
        if (!shouldPreloadFirstViewModel(search, false)) return;
        expect(firstViewCovers(parseViewParams(search).state), search).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('does not preload when the link may need the complete model', () => {
    for (const search of [
      '?show=skin',
      '?body=female',
      '?model=models/other.glb',
      '?acu=1',
      '?peel=1',
      '?ghost=bones',
      '?story=abductors',
      '?plan=abc',
      '?sel=gluteus-medius:right',
    ]) {
      expect(shouldPreloadFirstViewModel(search, false), search).toBe(false);
    }
  });
});
