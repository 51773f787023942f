import { describe, expect, it } from 'vitest';
import { markerLook } from './marker-look';
import { defaultViewState } from './view-state';

const point = {
  pointType: 'nerve-entry',
  confidence: 'moderate',
  muscle: 'gluteus-medius',
  side: 'left',
} as const;

describe('markerLook', () => {
  it('follows its muscle: hidden with it, dimmed when it is see-through', () => {
    const view = defaultViewState();
    expect(markerLook(view, point)).toBe('shown');
    view.layers.intermediate.left = 'ghosted';
    expect(markerLook(view, point)).toBe('dimmed');
    view.structures['gluteus-medius:left'] = 'hidden';
    expect(markerLook(view, point)).toBe('hidden');
    expect(markerLook(view, { ...point, side: 'right' })).toBe('shown');
  });

  it('follows the filters', () => {
    const view = defaultViewState();
    expect(
      markerLook({ ...view, markers: { ...view.markers, minConfidence: 'high' } }, point),
    ).toBe('hidden');
    expect(
      markerLook({ ...view, markers: { ...view.markers, types: ['motor-point'] } }, point),
    ).toBe('hidden');
    expect(markerLook({ ...view, markers: { ...view.markers, muscle: 'piriformis' } }, point)).toBe(
      'hidden',
    );
    expect(markerLook({ ...view, markers: { ...view.markers, shown: false } }, point)).toBe(
      'hidden',
    );
    expect(
      markerLook({ ...view, markers: { ...view.markers, minConfidence: 'moderate' } }, point),
    ).toBe('shown');
  });
});
