import { describe, expect, it } from 'vitest';
import { MECHANICS_PRESETS } from '../mechanics';
import { defaultDysfunction } from './dysfunction';
import {
  normalizeCamera,
  showingOnly,
  withBody,
  withCamera,
  withDysfunctionChanges,
  withLayerVisibility,
  withMechanicsPreset,
  withMuscleSeverity,
  withPeel,
  withPoint,
  withStructureVisibility,
  withVisibilities,
} from './view-changes';
import { defaultViewState, MAX_PEEL } from './view-state';

const view = defaultViewState();

describe('view changes', () => {
  it('sets one side or both sides of a layer and leaves the input untouched', () => {
    const right = withLayerVisibility(view, 'skin', 'right', 'ghosted');
    expect(right.layers.skin).toEqual({ left: view.layers.skin.left, right: 'ghosted' });
    expect(withLayerVisibility(view, 'bones', 'both', 'hidden').layers.bones).toEqual({
      left: 'hidden',
      right: 'hidden',
    });
    expect(view).toEqual(defaultViewState());
  });

  it('sets and clears a structure override', () => {
    const ghosted = withStructureVisibility(view, 'iliacus:left', 'ghosted');
    expect(ghosted.structures['iliacus:left']).toBe('ghosted');
    expect(
      'iliacus:left' in withStructureVisibility(ghosted, 'iliacus:left', null).structures,
    ).toBe(false);
  });

  it('applies several visibilities in order, the same as one by one', () => {
    const changes = {
      layers: [{ layer: 'skin', side: 'left', visibility: 'hidden' }] as const,
      structures: [{ key: 'psoas-major:right', visibility: 'ghosted' }] as const,
      peel: 2,
    };
    const stepwise = withPeel(
      withStructureVisibility(
        withLayerVisibility(view, 'skin', 'left', 'hidden'),
        'psoas-major:right',
        'ghosted',
      ),
      2,
    );
    expect(withVisibilities(view, changes)).toEqual(stepwise);
    expect(withVisibilities(view, { layers: [], structures: [] }).peel).toBe(view.peel);
  });

  it('shows only what is named, on the sides named, nothing peeled', () => {
    const only = showingOnly(withPeel(view, 3), {
      layers: ['bones'],
      side: ['left'],
      structures: ['iliacus:right'],
    });
    expect(only.layers.bones).toEqual({ left: 'shown', right: 'hidden' });
    expect(only.layers.skin).toEqual({ left: 'hidden', right: 'hidden' });
    expect(only.structures).toEqual({ 'iliacus:right': 'shown' });
    expect(only.peel).toBe(0);
  });

  it('clamps and rounds the peel depth; a broken number means no peel', () => {
    expect(withPeel(view, 2.6).peel).toBe(3);
    expect(withPeel(view, 99).peel).toBe(MAX_PEEL);
    expect(withPeel(view, -1).peel).toBe(0);
    expect(withPeel(view, Number.NaN).peel).toBe(0);
  });

  it('returns the same view when the point does not change', () => {
    expect(withPoint(view, null)).toBe(view);
    expect(withPoint(view, 'gluteus-medius-1:left').point).toBe('gluteus-medius-1:left');
  });

  it('keeps a custom camera to the millimetre, as a link does', () => {
    const camera = normalizeCamera({
      kind: 'custom',
      position: [0.12345, 1.00049, -0.3],
      target: [0, 0.9, 0.00001],
    });
    expect(camera).toEqual({ kind: 'custom', position: [0.123, 1, -0.3], target: [0, 0.9, 0] });
    const preset = { kind: 'preset', preset: 'anterior' } as const;
    expect(withCamera(view, preset).camera).toBe(preset);
  });

  it('leaves out a muscle with nothing wrong and merges a partial severity', () => {
    const weak = withMuscleSeverity(defaultDysfunction(), 'gluteus-medius', { weakness: 0.5 });
    expect(weak.muscles['gluteus-medius']).toEqual({ weakness: 0.5, tightness: 0 });
    const tight = withMuscleSeverity(weak, 'gluteus-medius', { tightness: 0.2 });
    expect(tight.muscles['gluteus-medius']).toEqual({ weakness: 0.5, tightness: 0.2 });
    expect(withMuscleSeverity(tight, 'gluteus-medius', null).muscles).toEqual({});
  });

  it('applies dysfunction changes after an optional reset, keeping what is not named', () => {
    const start = withMuscleSeverity(
      { ...defaultDysfunction(), stanceSide: 'left' },
      'psoas-major',
      { tightness: 0.4 },
    );
    const kept = withDysfunctionChanges(start, {
      muscles: [{ muscle: 'gluteus-medius', severity: { weakness: 0.3 } }],
    });
    expect(kept.stanceSide).toBe('left');
    expect(Object.keys(kept.muscles).sort()).toEqual(['gluteus-medius', 'psoas-major']);
    const reset = withDysfunctionChanges(start, { reset: true, cane: null, heightM: 1.8 });
    expect(reset.muscles).toEqual({});
    expect(reset.stanceSide).toBe(defaultDysfunction().stanceSide);
    expect(reset.heightM).toBe(1.8);
    expect(reset.cane).toBeNull();
  });

  it('fits to a body and back to the reference body', () => {
    const fitted = withBody(view, { sex: 'female', heightM: 1.65, massKg: 90 });
    expect(fitted.bodySex).toBe('female');
    expect(fitted.dysfunction.heightM).toBe(1.65);
    expect(fitted.dysfunction.bodyMassKg).toBe(90);
    expect(withBody(fitted, null).bodySex).toBeNull();
  });

  it('takes a preset on the current stance side', () => {
    const preset = MECHANICS_PRESETS[0];
    if (!preset) throw new Error('no mechanics preset to test with');
    const left = withDysfunctionChanges(view.dysfunction, { stanceSide: 'left' });
    expect(withMechanicsPreset({ ...view, dysfunction: left }, preset).dysfunction.stanceSide).toBe(
      'left',
    );
  });
});
