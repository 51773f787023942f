import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  BILATERAL_SIDES,
  type BilateralSide,
  type LayerId,
  type MuscleId,
  type StructureKey,
} from '../domain/anatomy';
import type { Body } from '../domain/body';
import type { LearnerContext, LearningRecord } from '../domain/learning-records';
import { findMechanicsPreset, type MechanicsParameters } from '../domain/mechanics';
import { activeLanguage, applyLanguage, type Language } from '../domain/messages';
import type { PlacedPoint } from '../domain/motor-points';
import type { NeedleGuidance } from '../domain/needle';
import type { SessionPlan } from '../domain/session-plan';

/** Mean published activation (% MVIC) of the muscles an exercise works, for tinting the model. */
export interface ExerciseFocus {
  readonly exerciseId: string;
  readonly activationPctMvic: Readonly<
    Partial<Record<'gluteus-medius' | 'gluteus-maximus', number>>
  >;
}

// The player only (not the stories index): the store is built at startup, the stories' data later.
import type { Story } from '../domain/stories/story';
import {
  createStoryPlayer,
  type StoryPlayerAction,
  type StoryPlayerState,
  storyPlayerReducer,
} from '../domain/stories/story-player';
import {
  type CameraView,
  type DysfunctionState,
  defaultViewState,
  dysfunctionFromPreset,
  MAX_PEEL,
  type MarkerSettings,
  type MuscleSeverity,
  type ParamNotice,
  type PointKey,
  revealStructure,
  roundVec3,
  type ViewMode,
  type ViewState,
  type Visibility,
} from '../domain/view-state';

export type Vec3 = readonly [number, number, number];

export type ModelStatus =
  | { phase: 'loading'; progress: number }
  | { phase: 'ready' }
  | { phase: 'error'; message: string };

/** What the viewer knows at run time but a link does not carry. */
export interface ViewerRuntime {
  model: ModelStatus;
  /** Landmark positions of the loaded model, keyed `id:side`, in model metres. */
  landmarks: Record<string, Vec3>;
  /** Problems found in the URL or an embed message, shown as a small notice. */
  notices: ParamNotice[];
  /** The latest sentence for the screen-reader status region. */
  announcement: { text: string; seq: number };
  /** Bumped to ask the scene to move the camera even when the view state did not change. */
  cameraSeq: number;
  /** Ask the scene to frame a structure or a point (set by selection from a list, search or pick). */
  frameRequest: { target: FrameTarget; seq: number } | null;
  /** Placed motor and acupuncture point positions, keyed by point id (set by the scene). */
  pointPositions: Record<string, Vec3>;
  /** Outward surface normals at those points, for framing a point face-on. */
  pointNormals: Record<string, Vec3>;
  /** The placed motor points with their uncertainty regions (quiz scoring, handouts). */
  placedPoints: Record<string, PlacedPoint>;
  /** Lettered spots a quiz offers as the keyboard alternative to clicking on the model. */
  quizSpots: readonly { letter: string; positionM: Vec3 }[];
  /** The guided story being played, if any. */
  story: { story: Story; player: StoryPlayerState } | null;
  /** The last click on the model in quiz mode (model metres), for "place the point" answers. */
  modelClick: { position: Vec3; seq: number } | null;
  /** Points the model could not place, with why (named landmark or surface missing). */
  placementErrors: string[];
  /** The needle line to the selected point, measured on this model. */
  needle: NeedleInfo | null;
  /** Settings of the advanced panel; not part of a link. */
  advanced: AdvancedSettings;
  /** Mechanics parameters changed in the advanced panel (reference-person values). */
  mechanicsParameters: Partial<MechanicsParameters>;
  /** What the pointer is over, with its position in the viewer (CSS px); not part of a link. */
  hover: HoverInfo | null;
  /** Draws the current view and returns it as a PNG data URL (set by the scene; null before). */
  capture: (() => string) | null;
  /** The selected acupuncture point (`acu:<code>:<side>`): runtime only, never a motor `point`. */
  selectedAcupuncture: string | null;
  /** The clinician's session plan, edited in its panel or opened from a `plan=` link. */
  sessionPlan: SessionPlan;
  /** The plan came from a `plan=` link and has not been chosen as this browser's saved plan. */
  sessionPlanFromLink: boolean;
  /** An exercise shown on the model: its working muscles tinted by published activation (% MVIC). */
  exerciseFocus: ExerciseFocus | null;
  /** Readable problems with the plan a link carried (an unreadable plan, points left out). */
  planNotices: string[];
  /** The interface language; changing it re-renders the interface in that language. */
  language: Language;
  /** The host's learner and lesson (embed `setLearner`); null: no xAPI statements. */
  learner: LearnerContext | null;
  /** The latest learning record (quiz answer, round, story, plan), for the embed bridge. */
  learningRecord: { record: LearningRecord; seq: number } | null;
}

export interface HoverInfo {
  kind: 'structure' | 'point';
  key: string;
  label: string;
  x: number;
  y: number;
}

/** A clipping plane across one body axis, at an offset from the model's centre (metres). */
export interface ClippingSettings {
  enabled: boolean;
  axis: 'sagittal' | 'frontal' | 'transverse';
  offsetM: number;
  /** Keep the other half instead. */
  flip: boolean;
}

export interface AdvancedSettings {
  clipping: ClippingSettings;
  exposure: number;
}

export interface NeedleInfo {
  pointKey: string;
  /** The approach, the route on this model (or why there is none), and what the model lacks. */
  guidance: NeedleGuidance;
}

export type FrameTarget = { kind: 'structure'; key: StructureKey } | { kind: 'point'; id: string };

export interface ViewerActions {
  setLayerVisibility(layer: LayerId, side: BilateralSide | 'both', visibility: Visibility): void;
  setStructureVisibility(key: StructureKey, visibility: Visibility | null): void;
  setPeel(peel: number): void;
  select(key: StructureKey | null): void;
  /** Select a structure and ease the camera to frame it. */
  focusStructure(key: StructureKey): void;
  /** Ask the scene to frame a target without changing the selection. */
  requestFrame(target: FrameTarget): void;
  setCamera(camera: CameraView, options?: { fromUser?: boolean }): void;
  setMode(mode: ViewMode): void;
  /** Select a placed point (or none) and, when asked, frame it. */
  selectPoint(key: PointKey | null, options?: { frame?: boolean }): void;
  setMarkers(change: Partial<MarkerSettings>): void;
  setAcupuncture(on: boolean): void;
  /** Select an acupuncture point (or none) and, when asked, frame it; clears the motor point. */
  selectAcupuncture(id: string | null, options?: { frame?: boolean }): void;
  /** `fromLink` marks (or unmarks) a plan a link brought; left out, the mark is kept. */
  setSessionPlan(plan: SessionPlan, options?: { fromLink?: boolean }): void;
  setExerciseFocus(focus: ExerciseFocus | null): void;
  setPlanNotices(notices: string[]): void;
  setDysfunction(change: Partial<DysfunctionState>): void;
  /** Fit the model to a body (its height and mass become the mechanics inputs too), or null for the reference body. */
  setBody(body: Body | null): void;
  setMuscleSeverity(muscle: MuscleId, severity: Partial<MuscleSeverity>): void;
  /** Replace the dysfunction settings by a mechanics preset's, on the current stance side. */
  applyMechanicsPreset(id: string): boolean;
  setLabels(on: boolean): void;
  /** Replace the whole view and move the camera to it (a link, an embed message or reset). */
  applyView(view: ViewState): void;
  /** Change the view without moving the camera (isolate, layer presets). */
  updateView(change: (view: ViewState) => ViewState): void;
  resetView(): void;
  setHover(hover: HoverInfo | null): void;
  setPlacedPoints(
    positions: Record<string, Vec3>,
    normals: Record<string, Vec3>,
    errors: string[],
  ): void;
  setNeedle(needle: NeedleInfo | null): void;
  setPlacedPointRecords(points: Record<string, PlacedPoint>): void;
  reportModelClick(position: Vec3): void;
  startStory(story: Story): void;
  setQuizSpots(spots: readonly { letter: string; positionM: Vec3 }[]): void;
  storyAction(action: StoryPlayerAction): void;
  closeStory(): void;
  setAdvanced(change: Partial<AdvancedSettings>): void;
  setMechanicsParameters(parameters: Partial<MechanicsParameters>): void;
  setModelStatus(status: ModelStatus): void;
  setLandmarks(landmarks: Record<string, Vec3>): void;
  setCapture(capture: (() => string) | null): void;
  setNotices(notices: ParamNotice[]): void;
  dismissNotices(): void;
  announce(text: string): void;
  setLearner(learner: LearnerContext | null): void;
  setLanguage(language: Language): void;
  recordLearning(record: LearningRecord): void;
}

export interface ViewerState extends ViewerRuntime, ViewerActions {
  view: ViewState;
}

export type ViewerStore = StoreApi<ViewerState>;

/** One store per viewer: two viewers on a page never share a selection. */
export function createViewerStore(initial: Partial<ViewState> = {}): ViewerStore {
  return createStore<ViewerState>()((set, get) => {
    const updateView = (change: (view: ViewState) => ViewState) =>
      set((state) => ({ view: change(state.view) }));
    return {
      view: { ...defaultViewState(), ...initial },
      model: { phase: 'loading', progress: 0 },
      landmarks: {},
      notices: [],
      announcement: { text: '', seq: 0 },
      cameraSeq: 0,
      frameRequest: null,
      hover: null,
      pointPositions: {},
      pointNormals: {},
      placedPoints: {},
      modelClick: null,
      story: null,
      learner: null,
      language: activeLanguage(),
      learningRecord: null,
      quizSpots: [],
      placementErrors: [],
      needle: null,
      advanced: {
        clipping: { enabled: false, axis: 'frontal', offsetM: 0, flip: false },
        exposure: 1.05,
      },
      mechanicsParameters: {},
      capture: null,
      selectedAcupuncture: null,
      sessionPlan: { points: [], note: '' },
      sessionPlanFromLink: false,
      exerciseFocus: null,
      planNotices: [],

      setLayerVisibility(layer, side, visibility) {
        const sides: readonly BilateralSide[] = side === 'both' ? BILATERAL_SIDES : [side];
        updateView((view) => {
          const next = { ...view.layers[layer] };
          for (const s of sides) next[s] = visibility;
          return { ...view, layers: { ...view.layers, [layer]: next } };
        });
      },
      setStructureVisibility(key, visibility) {
        updateView((view) => {
          const structures = { ...view.structures };
          if (visibility === null) delete structures[key];
          else structures[key] = visibility;
          return { ...view, structures };
        });
      },
      setPeel(peel) {
        const clamped = Math.max(0, Math.min(MAX_PEEL, Math.round(peel)));
        updateView((view) => ({ ...view, peel: clamped }));
      },
      select(key) {
        updateView((view) => ({ ...view, selection: key }));
      },
      focusStructure(key) {
        // A deep muscle's cover turns see-through, so framing it shows it.
        set((state) => ({ view: revealStructure(state.view, key) }));
        get().select(key);
        get().requestFrame({ kind: 'structure', key });
      },
      requestFrame(target) {
        set((state) => ({ frameRequest: { target, seq: (state.frameRequest?.seq ?? 0) + 1 } }));
      },
      setCamera(camera, options = {}) {
        const normalized: CameraView =
          camera.kind === 'custom'
            ? {
                kind: 'custom',
                position: roundVec3(camera.position),
                target: roundVec3(camera.target),
              }
            : camera;
        set((state) => ({
          view: { ...state.view, camera: normalized },
          // A camera the user moved is already where it should be; anything else is applied.
          cameraSeq: options.fromUser ? state.cameraSeq : state.cameraSeq + 1,
        }));
      },
      selectPoint(key, options = {}) {
        updateView((view) => ({ ...view, point: key }));
        if (key) set({ selectedAcupuncture: null });
        if (key && options.frame) get().requestFrame({ kind: 'point', id: key });
      },
      setMarkers(change) {
        updateView((view) => ({ ...view, markers: { ...view.markers, ...change } }));
      },
      setAcupuncture(on) {
        updateView((view) => ({ ...view, acupuncture: on }));
      },
      selectAcupuncture(id, options = {}) {
        set({ selectedAcupuncture: id });
        if (!id) return;
        updateView((view) => (view.point ? { ...view, point: null } : view));
        if (options.frame) get().requestFrame({ kind: 'point', id });
      },
      setExerciseFocus(exerciseFocus) {
        set({ exerciseFocus });
      },
      setSessionPlan(sessionPlan, options = {}) {
        set(
          options.fromLink === undefined
            ? { sessionPlan }
            : { sessionPlan, sessionPlanFromLink: options.fromLink },
        );
      },
      setPlanNotices(planNotices) {
        set({ planNotices });
      },
      setDysfunction(change) {
        updateView((view) => ({ ...view, dysfunction: { ...view.dysfunction, ...change } }));
      },
      setBody(body) {
        updateView((view) =>
          body
            ? {
                ...view,
                bodySex: body.sex,
                dysfunction: {
                  ...view.dysfunction,
                  heightM: body.heightM,
                  bodyMassKg: body.massKg,
                },
              }
            : { ...view, bodySex: null },
        );
      },
      setMuscleSeverity(muscle, severity) {
        updateView((view) => {
          const current = view.dysfunction.muscles[muscle] ?? { weakness: 0, tightness: 0 };
          const next = { ...current, ...severity };
          const muscles = { ...view.dysfunction.muscles };
          if (next.weakness === 0 && next.tightness === 0) delete muscles[muscle];
          else muscles[muscle] = next;
          return { ...view, dysfunction: { ...view.dysfunction, muscles } };
        });
      },
      applyMechanicsPreset(id) {
        const preset = findMechanicsPreset(id);
        if (!preset) return false;
        updateView((view) => ({
          ...view,
          dysfunction: dysfunctionFromPreset(preset, view.dysfunction.stanceSide),
        }));
        return true;
      },
      setMode(mode) {
        updateView((view) => ({ ...view, mode }));
      },
      setLabels(on) {
        updateView((view) => ({ ...view, labels: on }));
      },
      updateView,
      applyView(view) {
        set((state) => ({ view, cameraSeq: state.cameraSeq + 1 }));
      },
      resetView() {
        get().applyView(defaultViewState());
      },
      setMechanicsParameters(mechanicsParameters) {
        set({ mechanicsParameters });
      },
      setAdvanced(change) {
        set((state) => ({ advanced: { ...state.advanced, ...change } }));
      },
      setPlacedPoints(pointPositions, pointNormals, placementErrors) {
        set((state) => ({
          pointPositions: { ...state.pointPositions, ...pointPositions },
          pointNormals: { ...state.pointNormals, ...pointNormals },
          placementErrors,
        }));
      },
      setPlacedPointRecords(points) {
        set((state) => ({ placedPoints: { ...state.placedPoints, ...points } }));
      },
      setQuizSpots(quizSpots) {
        set({ quizSpots });
      },
      startStory(story) {
        set({ story: { story, player: createStoryPlayer(story) } });
      },
      storyAction(action) {
        set((state) => {
          if (!state.story) return {};
          const player = storyPlayerReducer(state.story.player, action);
          const story = player.ended ? null : { story: state.story.story, player };
          // Reaching the last step completes a story (for the host's learning records).
          const reachedEnd =
            !player.ended &&
            player.index === player.stepCount - 1 &&
            state.story.player.index !== player.index;
          if (!reachedEnd) return { story };
          const record: LearningRecord = {
            kind: 'story-completed',
            storyId: state.story.story.id,
            title: state.story.story.title,
          };
          return {
            story,
            learningRecord: { record, seq: (state.learningRecord?.seq ?? 0) + 1 },
          };
        });
      },
      setLanguage(language) {
        applyLanguage(language);
        set({ language });
      },
      setLearner(learner) {
        set({ learner });
      },
      recordLearning(record) {
        set((state) => ({
          learningRecord: { record, seq: (state.learningRecord?.seq ?? 0) + 1 },
        }));
      },
      closeStory() {
        set({ story: null });
      },
      reportModelClick(position) {
        set((state) => ({ modelClick: { position, seq: (state.modelClick?.seq ?? 0) + 1 } }));
      },
      setNeedle(needle) {
        set({ needle });
      },
      setHover(hover) {
        set({ hover });
      },
      setModelStatus(model) {
        set({ model });
      },
      setLandmarks(landmarks) {
        set({ landmarks });
      },
      setCapture(capture) {
        set({ capture });
      },
      setNotices(notices) {
        set({ notices });
      },
      dismissNotices() {
        set({ notices: [] });
      },
      announce(text) {
        set((state) => ({ announcement: { text, seq: state.announcement.seq + 1 } }));
      },
    };
  });
}
