/**
 * The typed surface of the embed API: each command's arguments and result, each event's
 * detail. Type-only imports, so the client and the element carry none of the domain code.
 */
import type { BilateralSide, LayerId, MuscleId, StructureKey } from '../domain/anatomy';
import type { CameraPresetId } from '../domain/camera';
import type { LearnerContext, XapiStatement } from '../domain/learning-records';
import type { BaselineStrength, CaneSide, MechanicsPresetId } from '../domain/mechanics';
import type { PointType } from '../domain/motor-points';
import type { PointKey, Vec3Tuple, ViewState, Visibility } from '../domain/view-state';
import type { CommandName, EventName, ProtocolError } from './protocol-envelope';

/** A layer's visibility on both sides, or per side. */
export type LayerVisibilityArg = Visibility | { left?: Visibility; right?: Visibility };

export type { LearnerContext, XapiActor, XapiStatement } from '../domain/learning-records';

export interface SetLayersArgs {
  /** Layer id → visibility, e.g. `{ skin: 'shown', superficial: { left: 'ghosted' } }`. */
  layers?: Partial<Record<LayerId, LayerVisibilityArg>>;
  /**
   * Structure → visibility override (`null` removes the override). Keys as in the `hide=`
   * parameter: `piriformis` (both sides), `piriformis:left`, `sacrum`.
   */
  structures?: Record<string, Visibility | null>;
  /** Layers peeled from the surface inward: 0 (none) … 4 (bones only). */
  peel?: number;
}

export interface ShowOnlyArgs {
  /** Layers to show; every other layer is hidden. */
  layers?: LayerId[];
  /** Structures to show, as in `setLayers` (`gluteus-medius`, `gluteus-medius:left`). */
  structures?: string[];
  /** Which side of the layers (and of structures named without a side) to show. Default both. */
  side?: BilateralSide | 'both';
}

export interface SelectArgs {
  /** `gluteus-medius:left`, or a midline structure without a side (`sacrum`); null clears. */
  structure: string | null;
  /** Ease the camera to frame the selection (default true). */
  frame?: boolean;
}

export interface SelectPointArgs {
  /** A motor point key `<id>:<side>` from `getMotorPoints`; null clears. */
  point: string | null;
  /** Ease the camera to frame the point (default true). */
  frame?: boolean;
}

export interface MuscleSeverityArg {
  /** 0..1, kept to whole percent. */
  weakness?: number;
  /** 0..1, kept to whole percent. */
  tightness?: number;
}

export type TaskArg =
  | { kind: 'single-leg-stance' }
  | { kind: 'quiet-standing' }
  | { kind: 'hip-hinge'; trunkFlexionDeg: number };

/**
 * Fit the model to a patient: sex, height (1.2–2.2 m) and mass (20–250 kg) with a body mass
 * index from 15 to 65; height and mass are the mechanics inputs too. `{ reference: true }`
 * goes back to the reference body (male, 1.75 m, 70 kg).
 */
export type SetBodyArgs =
  | { sex: 'female' | 'male'; heightM: number; massKg: number }
  | { reference: true };

export interface SetDysfunctionArgs {
  /** Start from the default settings (no dysfunction) before applying the rest. */
  reset?: boolean;
  stanceSide?: BilateralSide;
  /** Muscle → severities, merged into the current ones; null clears the muscle. */
  muscles?: Partial<Record<MuscleId, MuscleSeverityArg | null>>;
  task?: TaskArg;
  /** 0 (pelvic drop) … 1 (trunk lean), whole percent. */
  compensationStyle?: number;
  /** 20..250 kg, to 0.1 kg. */
  bodyMassKg?: number;
  /** 1.2..2.2 m, to the centimetre. */
  heightM?: number;
  baselineStrength?: BaselineStrength;
  /** A cane carrying 0..0.5 body weight, or null for none. */
  cane?: { side: CaneSide; loadBW: number } | null;
}

export interface ApplyPresetArgs {
  preset: MechanicsPresetId;
  /** The weight-bearing side (default: the current one). */
  stanceSide?: BilateralSide;
}

export type SetCameraArgs =
  | { preset: CameraPresetId }
  /** Model metres, each coordinate within ±100; kept to the millimetre. */
  | { position: Vec3Tuple; target: Vec3Tuple };

export interface GetMotorPointsArgs {
  muscle?: MuscleId;
  side?: BilateralSide;
}

/** What `getState` returns (and `stateChange` carries). */
export interface ViewerSnapshot {
  view: ViewState;
  /** The view as URL parameters: append to the viewer's address to share it. */
  query: string;
  model: 'loading' | 'ready' | 'error';
}

export interface MotorPointInfo {
  /** The motor point record id. */
  id: string;
  /** `<id>:<side>`, for `selectPoint`. */
  key: PointKey;
  muscle: MuscleId;
  side: BilateralSide;
  pointType: PointType;
  /** Model metres (+Y up, body faces +Z, body's right is -X); null until the markers are placed. */
  position: Vec3Tuple | null;
}

type NoArgs = Record<string, never> | undefined;

export interface CommandMap {
  setLayers: { args: SetLayersArgs; result: ViewerSnapshot };
  showOnly: { args: ShowOnlyArgs; result: ViewerSnapshot };
  select: { args: SelectArgs; result: ViewerSnapshot };
  selectPoint: { args: SelectPointArgs; result: ViewerSnapshot };
  setDysfunction: { args: SetDysfunctionArgs; result: ViewerSnapshot };
  applyPreset: { args: ApplyPresetArgs; result: ViewerSnapshot };
  setCamera: { args: SetCameraArgs; result: ViewerSnapshot };
  resetView: { args: NoArgs; result: ViewerSnapshot };
  getState: { args: NoArgs; result: ViewerSnapshot };
  getMotorPoints: { args: GetMotorPointsArgs | undefined; result: MotorPointInfo[] };
  /** A PNG data URL of the current view. */
  screenshot: { args: NoArgs; result: string };
  /** Play a story (the format of `story=` links; see docs/embedding.md), or stop with `null`. */
  playStory: { args: { story: unknown }; result: ViewerSnapshot };
  setBody: { args: SetBodyArgs; result: ViewerSnapshot };
  /**
   * Who the learner is and which lesson this is, for xAPI statements (`statement` events).
   * Without it the viewer emits no statements; it never sends them anywhere itself.
   */
  setLearner: { args: LearnerContext; result: { learner: LearnerContext } };
  /** Show the interface in another language (`en` or `es`); Latin names stay as they are. */
  setLanguage: { args: { language: 'en' | 'es' }; result: { language: 'en' | 'es' } };
  /** Examination findings (the `Assessment` shape of docs/embedding.md), or null to clear them. */
  setAssessment: { args: { assessment: unknown }; result: ViewerSnapshot };
  /** The exercises of the session plan, by id. */
  setPlanExercises: { args: { exercises: string[] }; result: ViewerSnapshot };
}

export interface EventMap {
  /** The model is loaded and drawn; commands work before this too. */
  ready: { state: ViewerSnapshot };
  select: { structure: StructureKey | null; label: string | null };
  pointSelect: { point: PointKey | null; motorPoint: MotorPointInfo | null };
  stateChange: ViewerSnapshot;
  error: ProtocolError;
  /** An xAPI statement (quiz answer, quiz round, story, plan) for the host to forward to its LRS. */
  statement: XapiStatement;
}

// Compile-time checks that the maps and the name lists agree.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Exact<keyof CommandMap, CommandName>;
true satisfies Exact<keyof EventMap, EventName>;
