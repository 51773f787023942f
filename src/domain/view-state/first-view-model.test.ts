import { describe, expect, it } from 'vitest';
import { firstViewCovers, firstViewModelUrl } from './first-view-model';
import { defaultViewState } from './view-state';

describe('the first-view model', () => {
  it('is found only beside the built-in model', () => {
    expect(firstViewModelUrl('/models/hip.glb')).toBe('/models/hip-first.glb');
    expect(firstViewModelUrl('./models/hip.glb?v=2')).toBe('./models/hip-first.glb?v=2');
    expect(firstViewModelUrl('https://example.org/my-hip.glb')).toBeNull();
    expect(firstViewModelUrl('blob:http://127.0.0.1/abc')).toBeNull();
  });

  it('covers the default view', () => {
    expect(firstViewCovers(defaultViewState())).toBe(true);
  });

  it('covers a view that hides first-view layers or shows the context layer (its own file)', () => {
    const view = defaultViewState();
    view.layers.superficial = { left: 'hidden', right: 'ghosted' };
    view.layers.context = { left: 'shown', right: 'shown' };
    expect(firstViewCovers(view)).toBe(true);
  });

  it('does not cover a view that draws the skin, a vessel or an organ', () => {
    const skin = defaultViewState();
    skin.layers.skin = { left: 'ghosted', right: 'hidden' };
    expect(firstViewCovers(skin)).toBe(false);
    const artery = defaultViewState();
    artery.structures['femoral-artery:left'] = 'shown';
    expect(firstViewCovers(artery)).toBe(false);
    // Acupuncture points sit on the skin, which is then drawn faintly.
    const acupuncture = defaultViewState();
    acupuncture.acupuncture = true;
    expect(firstViewCovers(acupuncture)).toBe(false);
  });

  it('does not cover a fitted body (the first-view file has no morph targets)', () => {
    const view = defaultViewState();
    view.bodySex = 'female';
    expect(firstViewCovers(view)).toBe(false);
  });
});
