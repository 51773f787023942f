import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../view-state';
import { nearestCameraPreset, sessionPlanLinkView } from './plan-link-view';

describe('the view a plan link carries', () => {
  it('keeps a preset camera and maps a moved one to its nearest preset', () => {
    expect(nearestCameraPreset({ kind: 'preset', preset: 'superior' })).toBe('superior');
    const from = (position: [number, number, number]) =>
      nearestCameraPreset({ kind: 'custom', position, target: [0, 0.1, 0] });
    expect(from([0.1, 0.3, -1.5])).toBe('posterior');
    expect(from([0.2, 0.2, 1.4])).toBe('anterior');
    expect(from([1.2, 0.1, 0.3])).toBe('left-lateral');
    expect(from([-1.2, 0.1, -0.3])).toBe('right-lateral');
    expect(from([0, 2, 0.1])).toBe('superior');
  });

  it('drops the selected point and keeps the layers and settings', () => {
    const view = {
      ...defaultViewState(),
      acupuncture: true,
      point: 'gluteus-medius-posterior:left' as const,
      camera: {
        kind: 'custom' as const,
        position: [0, 0.2, -1.6] as [number, number, number],
        target: [0, 0.1, 0] as [number, number, number],
      },
    };
    const linked = sessionPlanLinkView(view);
    expect(linked.point).toBeNull();
    expect(linked.acupuncture).toBe(true);
    expect(linked.camera).toEqual({ kind: 'preset', preset: 'posterior' });
    expect(linked.layers).toBe(view.layers);
  });
});
