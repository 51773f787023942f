import { describe, expect, it } from 'vitest';
import { findMechanicsPreset } from '../mechanics';
import { defaultViewState, dysfunctionFromPreset, parseViewParams } from '../view-state';
import { applyStoryStep } from './apply-story-step';
import type { StoryStep } from './story';

const step = (extra: Partial<StoryStep>): StoryStep => ({
  id: 's',
  title: 'S',
  text: 'T',
  ...extra,
});

describe('applyStoryStep', () => {
  it('lays the step over the default view and keeps the viewer mode', () => {
    const base = parseViewParams('mode=patient&peel=2&hide=bones&labels=1').state;
    const view = applyStoryStep(base, step({ view: 'ghost=superficial' }));
    const expected = parseViewParams('ghost=superficial&mode=patient').state;
    expect(view).toEqual(expected);
  });

  it('applies a mechanics preset on the stance side the step gives', () => {
    const preset = findMechanicsPreset('trendelenburg')!;
    const view = applyStoryStep(
      defaultViewState(),
      step({ view: 'stance=left', mechanicsPreset: 'trendelenburg' }),
    );
    expect(view.dysfunction).toEqual(dysfunctionFromPreset(preset, 'left'));
  });

  it('lets explicit settings in the view refine the preset, as a link does', () => {
    const view = applyStoryStep(
      defaultViewState(),
      step({ view: 'comp=100', mechanicsPreset: 'trendelenburg' }),
    );
    expect(view.dysfunction.compensationStyle).toBe(1);
    expect(view.dysfunction.muscles['gluteus-medius']).toEqual({ weakness: 1, tightness: 0 });
  });

  it('sets camera, point and selection from the step', () => {
    const view = applyStoryStep(
      defaultViewState(),
      step({
        camera: { kind: 'custom', position: [0, 1, 2], target: [0, 1, 0] },
        point: 'piriformis-nerve-entry:left',
        highlights: ['gluteus-medius:right', 'gluteus-minimus-nerve-branch:right'],
      }),
    );
    expect(view.camera).toEqual({ kind: 'custom', position: [0, 1, 2], target: [0, 1, 0] });
    expect(view.point).toBe('piriformis-nerve-entry:left');
    expect(view.selection).toBe('gluteus-medius:right');
  });

  it('selects the first highlighted point when the step names none, and a view sel wins', () => {
    const view = applyStoryStep(
      defaultViewState(),
      step({
        view: 'sel=sacrum',
        highlights: ['gluteus-medius:right', 'gluteus-minimus-nerve-branch:right'],
      }),
    );
    expect(view.selection).toBe('sacrum:midline');
    expect(view.point).toBe('gluteus-minimus-nerve-branch:right');
  });

  it('does not change the base view it is given', () => {
    const base = defaultViewState();
    const copy = structuredClone(base);
    applyStoryStep(base, step({ view: 'peel=3', mechanicsPreset: 'tight-iliopsoas' }));
    expect(base).toEqual(copy);
  });

  it('can layer the step over the base view instead', () => {
    const base = parseViewParams('mode=patient&hide=bones&dys=psoas-major:t50&mass=90').state;
    const layered = applyStoryStep(base, step({ view: 'peel=1' }), { startFrom: 'base-view' });
    expect(layered.layers.bones).toEqual({ left: 'hidden', right: 'hidden' });
    expect(layered.peel).toBe(1);
    expect(layered.mode).toBe('patient');
    expect(layered.dysfunction.muscles['psoas-major']).toEqual({ weakness: 0, tightness: 0.5 });
    // A preset replaces the base view's dysfunction rather than being overridden by it.
    const withPreset = applyStoryStep(base, step({ mechanicsPreset: 'trendelenburg' }), {
      startFrom: 'base-view',
    });
    expect(withPreset.dysfunction.muscles['psoas-major']).toBeUndefined();
    expect(withPreset.dysfunction.bodyMassKg).toBe(70);
    expect(withPreset.layers.bones).toEqual({ left: 'hidden', right: 'hidden' });
  });

  it('ignores a mode a hand-made step smuggles into its view', () => {
    const base = parseViewParams('mode=patient').state;
    expect(applyStoryStep(base, step({ view: 'mode=quiz' })).mode).toBe('patient');
  });
});
