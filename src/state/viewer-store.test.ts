import { describe, expect, it } from 'vitest';
import type { PlacementError } from '../domain/motor-points';
import { BUILT_IN_STORIES } from '../domain/stories';
import { defaultViewState } from '../domain/view-state';
import { createViewerStore } from './viewer-store';

describe('viewer store', () => {
  it('keeps two viewers apart', () => {
    const first = createViewerStore();
    const second = createViewerStore();
    first.getState().select('gluteus-medius:left');
    expect(first.getState().view.selection).toBe('gluteus-medius:left');
    expect(second.getState().view.selection).toBeNull();
  });

  it('pins and unpins labels; an unchanged pin leaves the view object alone', () => {
    const store = createViewerStore();
    store.getState().setLabelPinned('iliacus:left', true);
    store.getState().setLabelPinned('gluteus-medius:right', true);
    expect(store.getState().view.pinnedLabels).toEqual(['gluteus-medius:right', 'iliacus:left']);
    const view = store.getState().view;
    store.getState().setLabelPinned('iliacus:left', true);
    expect(store.getState().view).toBe(view);
    store.getState().setLabelPinned('iliacus:left', false);
    expect(store.getState().view.pinnedLabels).toEqual(['gluteus-medius:right']);
  });

  it("turns the camera to a muscle's points when the markers are filtered to it from elsewhere", () => {
    const store = createViewerStore();
    const seq = store.getState().cameraSeq;
    store.getState().showMarkersOf('gluteus-medius');
    expect(store.getState().view.markers.muscle).toBe('gluteus-medius');
    expect(store.getState().view.camera).toEqual({ kind: 'preset', preset: 'posterior' });
    expect(store.getState().cameraSeq).toBe(seq + 1);
    // Already facing them, or back to every muscle: the camera stays.
    store.getState().showMarkersOf('piriformis');
    store.getState().showMarkersOf(null);
    expect(store.getState().view.markers.muscle).toBeNull();
    expect(store.getState().cameraSeq).toBe(seq + 1);
  });

  it('moves the camera for a preset but not for a camera the user moved', () => {
    const store = createViewerStore();
    const seq = store.getState().cameraSeq;
    store.getState().setCamera({ kind: 'preset', preset: 'posterior' });
    expect(store.getState().cameraSeq).toBe(seq + 1);
    store
      .getState()
      .setCamera(
        { kind: 'custom', position: [0.12345, 1, 2], target: [0, 1, 0] },
        { fromUser: true },
      );
    expect(store.getState().cameraSeq).toBe(seq + 1);
    expect(store.getState().view.camera).toEqual({
      kind: 'custom',
      position: [0.123, 1, 2],
      target: [0, 1, 0],
    });
  });

  it('sets and clears muscle severities, and applies presets on the stance side', () => {
    const store = createViewerStore();
    store.getState().setMuscleSeverity('gluteus-medius', { weakness: 0.4 });
    expect(store.getState().view.dysfunction.muscles['gluteus-medius']).toEqual({
      weakness: 0.4,
      tightness: 0,
    });
    store.getState().setMuscleSeverity('gluteus-medius', { weakness: 0 });
    expect(store.getState().view.dysfunction.muscles).toEqual({});
    store.getState().setDysfunction({ stanceSide: 'left' });
    expect(store.getState().applyMechanicsPreset('trendelenburg')).toBe(true);
    expect(store.getState().view.dysfunction.stanceSide).toBe('left');
    expect(store.getState().view.dysfunction.muscles['gluteus-medius']?.weakness).toBe(1);
    expect(store.getState().applyMechanicsPreset('no-such-preset')).toBe(false);
  });

  it('frames a structure when it is focused', () => {
    const store = createViewerStore();
    store.getState().focusStructure('piriformis:right');
    expect(store.getState().view.selection).toBe('piriformis:right');
    expect(store.getState().frameRequest?.target).toEqual({
      kind: 'structure',
      key: 'piriformis:right',
    });
  });

  it('resets to the default view', () => {
    const store = createViewerStore();
    store.getState().setPeel(3);
    store.getState().resetView();
    expect(store.getState().view).toEqual(defaultViewState());
  });
});

describe('learning records', () => {
  it('records a story as completed when its last step is reached, once', () => {
    const store = createViewerStore();
    const story = BUILT_IN_STORIES[0];
    if (!story) throw new Error('no built-in story');
    store.getState().startStory(story);
    expect(store.getState().learningRecord).toBeNull();
    store.getState().storyAction({ type: 'last' });
    expect(store.getState().learningRecord).toEqual({
      record: { kind: 'story-completed', storyId: story.id, title: story.title },
      seq: 1,
    });
    store.getState().storyAction({ type: 'last' });
    expect(store.getState().learningRecord?.seq).toBe(1);
  });

  it('keeps placement problems per module: each layer replaces only its own', () => {
    const store = createViewerStore();
    const problem = (module: PlacementError['module'], recordId: string): PlacementError => ({
      kind: 'placement-error',
      module,
      code: 'missing-surface',
      recordId,
      side: 'left',
      message: `${module}: ${recordId} could not be placed`,
    });
    const state = () => store.getState();
    state().setPlacedPoints('motor-points', {}, {}, [problem('motor-points', 'a')]);
    state().setPlacedPoints('acupuncture', {}, {}, [problem('acupuncture', 'GB30')]);
    state().setPlacedPoints('motor-points', {}, {}, [problem('motor-points', 'b')]);
    expect(state().placementErrors.map((e) => `${e.module}/${e.recordId}`)).toEqual([
      'acupuncture/GB30',
      'motor-points/b',
    ]);
    state().setPlacedPoints('acupuncture', {}, {}, []);
    expect(state().placementErrors.map((e) => e.recordId)).toEqual(['b']);
  });
});
