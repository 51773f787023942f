import { describe, expect, it } from 'vitest';
import { shouldPreloadFirstViewModel } from './first-view-preload';

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
