import { describe, expect, it } from 'vitest';
import { app as appEs } from '../domain/messages/es/app';
import { chromeFromLink, frameProps, isPlainFrame } from './frame-from-link';

describe('frameProps', () => {
  it('gives the plain frame for a link without parameters', () => {
    const frame = frameProps('', 'en', '/');
    expect(frame).toMatchObject({
      chrome: 'full',
      mode: 'explore',
      cameraPreset: 'anterior',
      posterUrl: '/poster.jpg',
    });
    expect(isPlainFrame(frame, 'en')).toBe(true);
  });

  it('reads ui=, mode= and cam= the way the app lays them out', () => {
    expect(chromeFromLink('?ui=none')).toBe('none');
    expect(chromeFromLink('?ui=minimal')).toBe('minimal');
    expect(chromeFromLink('?ui=everything')).toBe('full');
    const frame = frameProps('?mode=quiz&cam=posterior&ui=minimal', 'en', '/app/');
    expect(frame).toMatchObject({ chrome: 'minimal', mode: 'quiz', cameraPreset: 'posterior' });
    expect(frame.posterUrl).toBe('/app/poster.jpg');
    expect(isPlainFrame(frame, 'en')).toBe(false);
  });

  it('presses no preset for a custom camera and ignores names that are not modes or presets', () => {
    expect(frameProps('?cam=0.1,0.2,1,0,0.9,0', 'en', '/').cameraPreset).toBeNull();
    const odd = frameProps('?mode=constructor&cam=toString', 'en', '/');
    expect(odd.mode).toBe('explore');
    expect(odd.cameraPreset).toBeNull();
  });

  it('presses the preset the app will open with for a point or a muscle and no camera', () => {
    expect(frameProps('?point=gluteus-medius-posterior:right', 'en', '/').cameraPreset).toBe(
      'posterior',
    );
    expect(frameProps('?sel=tensor-fasciae-latae:left', 'en', '/').cameraPreset).toBe(
      'left-lateral',
    );
    expect(frameProps('?sel=femur:left', 'en', '/').cameraPreset).toBe('anterior');
    expect(
      frameProps('?point=psoas-major-endplate-zone&cam=posterior', 'en', '/').cameraPreset,
    ).toBe('posterior');
  });

  it('takes its words from the language asked for, and a non-English frame is never the plain one', () => {
    const frame = frameProps('', 'es', '/');
    expect(frame.text.title).toBe(appEs.title);
    expect(frame.text.load3d).toBe(appEs.load3d);
    expect(isPlainFrame(frame, 'es')).toBe(false);
  });
});
