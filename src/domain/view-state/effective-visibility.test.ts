import { describe, expect, it } from 'vitest';
import { effectiveVisibility } from './effective-visibility';
import { defaultViewState } from './view-state';

const SKIN = { id: 'skin', side: 'midline', layer: 'skin' } as const;
const MEDIUS = { id: 'gluteus-medius', side: 'right', layer: 'intermediate' } as const;

describe('effectiveVisibility', () => {
  it('draws a hidden skin faintly while acupuncture points (which sit on it) are shown', () => {
    const view = defaultViewState();
    expect(effectiveVisibility(view, SKIN)).toBe('hidden');
    expect(effectiveVisibility({ ...view, acupuncture: true }, SKIN)).toBe('ghosted');
    // A skin the user shows stays as shown; other layers are not affected.
    const shown = {
      ...view,
      acupuncture: true,
      layers: { ...view.layers, skin: { left: 'shown', right: 'shown' } },
    } as const;
    expect(effectiveVisibility(shown, SKIN)).toBe('shown');
    const medius = {
      ...view,
      acupuncture: true,
      layers: { ...view.layers, intermediate: { left: 'hidden', right: 'hidden' } },
    } as const;
    expect(effectiveVisibility(medius, MEDIUS)).toBe('hidden');
  });

  it('lets a structure override win over its layer, and the peel slider hide whole layers', () => {
    const view = defaultViewState();
    expect(
      effectiveVisibility({ ...view, structures: { 'gluteus-medius:right': 'ghosted' } }, MEDIUS),
    ).toBe('ghosted');
    expect(effectiveVisibility({ ...view, peel: 3 }, MEDIUS)).toBe('hidden');
  });
});
