import { findMechanicsPreset } from '../../domain/mechanics';
import {
  cameraFacingMuscle,
  defaultViewState,
  pinLabel,
  revealStructure,
  unpinLabel,
  type ViewState,
  withAcupuncture,
  withBody,
  withCamera,
  withDysfunction,
  withLabels,
  withLayerVisibility,
  withMarkers,
  withMechanicsPreset,
  withMode,
  withMuscleSeverity,
  withPeel,
  withPoint,
  withSelection,
  withStructureVisibility,
} from '../../domain/view-state';
import type { SliceCreator, ViewSlice } from '../viewer-types';

/** The view a link restores. Every change is a domain `ViewState → ViewState` step. */
export function createViewSlice(initial: Partial<ViewState>): SliceCreator<ViewSlice> {
  return (set, get) => {
    const updateView = (change: (view: ViewState) => ViewState) =>
      set((state) => ({ view: change(state.view) }));
    return {
      view: { ...defaultViewState(), ...initial },
      cameraSeq: 0,
      frameRequest: null,
      selectedAcupuncture: null,

      updateView,
      setLayerVisibility: (layer, side, visibility) =>
        updateView((view) => withLayerVisibility(view, layer, side, visibility)),
      setStructureVisibility: (key, visibility) =>
        updateView((view) => withStructureVisibility(view, key, visibility)),
      setPeel: (peel) => updateView((view) => withPeel(view, peel)),
      select: (key) => updateView((view) => withSelection(view, key)),
      focusStructure(key) {
        // A deep muscle's cover turns see-through, so framing it shows it.
        updateView((view) => withSelection(revealStructure(view, key), key));
        get().requestFrame({ kind: 'structure', key });
      },
      requestFrame(target) {
        set((state) => ({ frameRequest: { target, seq: (state.frameRequest?.seq ?? 0) + 1 } }));
      },
      setCamera(camera, options = {}) {
        set((state) => ({
          view: withCamera(state.view, camera),
          // A camera the user moved is already where it should be; anything else is applied.
          cameraSeq: options.fromUser ? state.cameraSeq : state.cameraSeq + 1,
        }));
      },
      selectPoint(key, options = {}) {
        updateView((view) => withPoint(view, key));
        if (key) set({ selectedAcupuncture: null });
        if (key && options.frame) get().requestFrame({ kind: 'point', id: key });
      },
      setMarkers: (change) => updateView((view) => withMarkers(view, change)),
      showMarkersOf(muscle) {
        updateView((view) => withMarkers(view, { muscle }));
        const turn = muscle ? cameraFacingMuscle(get().view.camera, muscle) : null;
        if (turn) get().setCamera(turn);
      },
      setAcupuncture: (on) => updateView((view) => withAcupuncture(view, on)),
      selectAcupuncture(id, options = {}) {
        set({ selectedAcupuncture: id });
        if (!id) return;
        updateView((view) => withPoint(view, null));
        if (options.frame) get().requestFrame({ kind: 'point', id });
      },
      setDysfunction: (change) => updateView((view) => withDysfunction(view, change)),
      setBody: (body) => updateView((view) => withBody(view, body)),
      setMuscleSeverity: (muscle, severity) =>
        updateView((view) =>
          withDysfunction(view, withMuscleSeverity(view.dysfunction, muscle, severity)),
        ),
      applyMechanicsPreset(id) {
        const preset = findMechanicsPreset(id);
        if (!preset) return false;
        updateView((view) => withMechanicsPreset(view, preset));
        return true;
      },
      setMode: (mode) => updateView((view) => withMode(view, mode)),
      setLabels: (on) => updateView((view) => withLabels(view, on)),
      setLabelPinned: (key, pinned) =>
        updateView((view) => (pinned ? pinLabel(view, key) : unpinLabel(view, key))),
      applyView(view) {
        set((state) => ({ view, cameraSeq: state.cameraSeq + 1 }));
      },
      resetView() {
        get().applyView(defaultViewState());
      },
    };
  };
}
