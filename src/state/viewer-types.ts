import type { StoreApi } from 'zustand/vanilla';
import type { BilateralSide, LayerId, MuscleId, StructureKey } from '../domain/anatomy';
import type { Body } from '../domain/body';
import type { Vec3 } from '../domain/geometry';
import type { LearnerContext, LearningRecord } from '../domain/learning-records';
import type { MechanicsParameters } from '../domain/mechanics';
import type { Language } from '../domain/messages';
import type { PlacedPoint, PlacementError, PlacementModule } from '../domain/motor-points';
import type { NeedleGuidance } from '../domain/needle';
import type { QuizAnswerMark } from '../domain/quiz';
import type { SessionPlan } from '../domain/session-plan';
// The player only (not the stories index): the store is built at startup, the stories' data later.
import type { Story } from '../domain/stories/story';
import type { StoryPlayerAction, StoryPlayerState } from '../domain/stories/story-player';
import type {
  CameraView,
  DysfunctionState,
  MarkerSettings,
  MuscleSeverity,
  ParamNotice,
  PointKey,
  ViewMode,
  ViewState,
  Visibility,
} from '../domain/view-state';

export type { Vec3 };

/**
 * The viewer's store, in four slices with their own actions (one store per viewer still):
 * the view a link carries, what the scene reports back, the session (plan, story, learner) and
 * the shell around them (notices, announcements, language, advanced settings).
 */

type ModelStatus =
  | { phase: 'loading'; progress: number }
  | { phase: 'ready' }
  | { phase: 'error'; message: string };

interface HoverInfo {
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

interface AdvancedSettings {
  clipping: ClippingSettings;
  exposure: number;
}

interface NeedleInfo {
  pointKey: string;
  /** The approach, the route on this model (or why there is none), and what the model lacks. */
  guidance: NeedleGuidance;
}

export type FrameTarget = { kind: 'structure'; key: StructureKey } | { kind: 'point'; id: string };

/** Mean published activation (% MVIC) of the muscles an exercise works, for tinting the model. */
export interface ExerciseFocus {
  readonly exerciseId: string;
  readonly activationPctMvic: Readonly<
    Partial<Record<'gluteus-medius' | 'gluteus-maximus', number>>
  >;
}

/** One structure's label anchor, in CSS px from the top left of the 3D view. */
export interface LabelAnchor {
  key: StructureKey;
  x: number;
  y: number;
  pinned: boolean;
  /** The structure is behind other tissue here: the leader line is drawn dashed. */
  hidden: boolean;
}

export interface LabelAnchors {
  /** Size of the 3D view the anchors were measured in (CSS px). */
  width: number;
  height: number;
  /** Most automatic (unpinned) labels this view should show. */
  autoLimit: number;
  /** Most important first. */
  anchors: LabelAnchor[];
}

/** The view a link restores, and the requests that move the camera. */
export interface ViewSlice {
  view: ViewState;
  /** Bumped to ask the scene to move the camera even when the view state did not change. */
  cameraSeq: number;
  /** Ask the scene to frame a structure or a point (set by selection from a list, search or pick). */
  frameRequest: { target: FrameTarget; seq: number } | null;
  /** The selected acupuncture point (`acu:<code>:<side>`): runtime only, never a motor `point`. */
  selectedAcupuncture: string | null;

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
  /**
   * Show one muscle's markers (or every muscle's) and, when the camera looks from elsewhere,
   * turn it to the side where that muscle's points are.
   */
  showMarkersOf(muscle: MuscleId | null): void;
  setAcupuncture(on: boolean): void;
  /** Select an acupuncture point (or none) and, when asked, frame it; clears the motor point. */
  selectAcupuncture(id: string | null, options?: { frame?: boolean }): void;
  setDysfunction(change: Partial<DysfunctionState>): void;
  /** Fit the model to a body (its height and mass become the mechanics inputs too), or null for the reference body. */
  setBody(body: Body | null): void;
  setMuscleSeverity(muscle: MuscleId, severity: Partial<MuscleSeverity>): void;
  /** Replace the dysfunction settings by a mechanics preset's, on the current stance side. */
  applyMechanicsPreset(id: string): boolean;
  setLabels(on: boolean): void;
  /** Pin a structure's label (kept shown and in the link) or remove the pin. */
  setLabelPinned(key: StructureKey, pinned: boolean): void;
  /** Replace the whole view and move the camera to it (a link, an embed message or reset). */
  applyView(view: ViewState): void;
  /** Change the view without moving the camera (isolate, layer presets). */
  updateView(change: (view: ViewState) => ViewState): void;
  resetView(): void;
}

/** What the scene measures on the loaded model and reports back. */
export interface SceneReportSlice {
  model: ModelStatus;
  /** Landmark positions of the loaded model, keyed `id:side`, in model metres. */
  landmarks: Record<string, Vec3>;
  /** Placed motor and acupuncture point positions, keyed by point id (set by the scene). */
  pointPositions: Record<string, Vec3>;
  /** Outward surface normals at those points, for framing a point face-on. */
  pointNormals: Record<string, Vec3>;
  /** The placed motor points with their uncertainty regions (quiz scoring, handouts). */
  placedPoints: Record<string, PlacedPoint>;
  /** Points the model could not place, with why (named landmark or surface missing). */
  placementErrors: readonly PlacementError[];
  /** The needle line to the selected point, measured on this model. */
  needle: NeedleInfo | null;
  /** What the pointer is over, with its position in the viewer (CSS px); not part of a link. */
  hover: HoverInfo | null;
  /** The last click on the model in quiz mode (model metres), for "place the point" answers. */
  modelClick: { position: Vec3; seq: number } | null;
  /** Lettered spots a quiz offers as the keyboard alternative to clicking on the model. */
  quizSpots: readonly { letter: string; positionM: Vec3 }[];
  /** After a "place the point" answer: the click, the shaded region and the distance to draw. */
  quizAnswerMark: QuizAnswerMark | null;
  /** Draws the current view and returns it as a PNG data URL (set by the scene; null before). */
  capture: (() => string) | null;
  /**
   * Where labels point on screen, measured by the scene once the view is at rest; null while
   * the camera or the pose moves (labels are hidden then) or when no label is wanted.
   */
  labelAnchors: LabelAnchors | null;

  setModelStatus(status: ModelStatus): void;
  setLandmarks(landmarks: Record<string, Vec3>): void;
  /** One module's placed points and problems; its earlier problems are replaced, others kept. */
  setPlacedPoints(
    module: PlacementModule,
    positions: Record<string, Vec3>,
    normals: Record<string, Vec3>,
    errors: readonly PlacementError[],
  ): void;
  setPlacedPointRecords(points: Record<string, PlacedPoint>): void;
  setNeedle(needle: NeedleInfo | null): void;
  setHover(hover: HoverInfo | null): void;
  reportModelClick(position: Vec3): void;
  setQuizSpots(spots: readonly { letter: string; positionM: Vec3 }[]): void;
  setQuizAnswerMark(mark: QuizAnswerMark | null): void;
  setCapture(capture: (() => string) | null): void;
  setLabelAnchors(anchors: LabelAnchors | null): void;
}

/** The clinician's plan, the guided story, the learner and their records. */
export interface SessionSlice {
  /** The clinician's session plan, edited in its panel or opened from a `plan=` link. */
  sessionPlan: SessionPlan;
  /** The plan came from a `plan=` link and has not been chosen as this browser's saved plan. */
  sessionPlanFromLink: boolean;
  /** Readable problems with the plan a link carried (an unreadable plan, points left out). */
  planNotices: string[];
  /** An exercise shown on the model: its working muscles tinted by published activation (% MVIC). */
  exerciseFocus: ExerciseFocus | null;
  /** The guided story being played, if any. */
  story: { story: Story; player: StoryPlayerState } | null;
  /** The host's learner and lesson (embed `setLearner`); null: no xAPI statements. */
  learner: LearnerContext | null;
  /** The latest learning record (quiz answer, round, story, plan), for the embed bridge. */
  learningRecord: { record: LearningRecord; seq: number } | null;
  /** A quiz round is under way (not yet at its review): its answers, the motor points, are hidden. */
  quizRoundRunning: boolean;

  /** `fromLink` marks (or unmarks) a plan a link brought; left out, the mark is kept. */
  setSessionPlan(plan: SessionPlan, options?: { fromLink?: boolean }): void;
  setPlanNotices(notices: string[]): void;
  setExerciseFocus(focus: ExerciseFocus | null): void;
  startStory(story: Story): void;
  storyAction(action: StoryPlayerAction): void;
  closeStory(): void;
  setLearner(learner: LearnerContext | null): void;
  recordLearning(record: LearningRecord): void;
  setQuizRoundRunning(running: boolean): void;
}

/** The shell around the view: notices, the status region, language and advanced settings. */
export interface ShellSlice {
  /** Problems found in the URL or an embed message, shown as a small notice. */
  notices: ParamNotice[];
  /** The latest sentence for the screen-reader status region. */
  announcement: { text: string; seq: number };
  /** The interface language; changing it re-renders the interface in that language. */
  language: Language;
  /** Settings of the advanced panel; not part of a link. */
  advanced: AdvancedSettings;
  /** Mechanics parameters changed in the advanced panel (reference-person values). */
  mechanicsParameters: Partial<MechanicsParameters>;

  setNotices(notices: ParamNotice[]): void;
  dismissNotices(): void;
  announce(text: string): void;
  setLanguage(language: Language): void;
  setAdvanced(change: Partial<AdvancedSettings>): void;
  setMechanicsParameters(parameters: Partial<MechanicsParameters>): void;
}

export type ViewerState = ViewSlice & SceneReportSlice & SessionSlice & ShellSlice;

export type ViewerStore = StoreApi<ViewerState>;

/** How a slice is built: it may read and set the whole state, and returns its own part. */
export type SliceCreator<Slice> = (
  set: StoreApi<ViewerState>['setState'],
  get: StoreApi<ViewerState>['getState'],
) => Slice;
