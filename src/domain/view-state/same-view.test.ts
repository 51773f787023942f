import { describe, expect, it } from 'vitest';
import { sameItems, sameViewApartFromCamera } from './same-view';
import { withCamera, withPeel } from './view-changes';
import { defaultViewState } from './view-state';

describe('comparing views', () => {
  const view = defaultViewState();

  it('ignores a moved camera and nothing else', () => {
    const orbited = withCamera(view, { kind: 'custom', position: [1, 1, 1], target: [0, 1, 0] });
    expect(sameViewApartFromCamera(view, orbited)).toBe(true);
    expect(sameViewApartFromCamera(view, withPeel(orbited, 2))).toBe(false);
    expect(sameViewApartFromCamera(view, { ...view, markers: { ...view.markers } })).toBe(false);
  });

  it('compares tuples item by item', () => {
    expect(sameItems([1, 'a', null], [1, 'a', null])).toBe(true);
    expect(sameItems([1, {}], [1, {}])).toBe(false);
    expect(sameItems([1], [1, 2])).toBe(false);
  });
});
