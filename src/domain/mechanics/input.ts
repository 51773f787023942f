/**
 * The input of the mechanics model and its defaults.
 *
 * Frame and sign conventions (shared by the whole model): the stance leg is "this" side, the
 * other leg is the swing side. Pelvic drop (deg) is positive when the swing side of the pelvis is
 * lower. Trunk lean (deg) is given in the world frame, positive toward the stance side; a drop of
 * 4° with the trunk following the pelvis is drop 4, world lean -4. Trunk flexion in a hip hinge is
 * positive forward. Severities (weakness, tightness) run from 0 (none) to 1 (complete).
 */
import type { MuscleId } from '../anatomy/muscles';
import type { MechanicsParameters } from './parameters';
import { DEFAULT_MECHANICS_PARAMETERS, REFERENCE_HEIGHT_M, REFERENCE_MASS_KG } from './parameters';

export type BaselineStrength = 'young-adult' | 'older-adult';
export const BASELINE_STRENGTHS = ['young-adult', 'older-adult'] as const;

export type MechanicsTask =
  | { readonly kind: 'single-leg-stance' }
  | { readonly kind: 'quiet-standing' }
  | { readonly kind: 'hip-hinge'; readonly trunkFlexionDeg: number };
export type MechanicsTaskKind = MechanicsTask['kind'];
export const TASK_KINDS = ['single-leg-stance', 'quiet-standing', 'hip-hinge'] as const;

interface MuscleDysfunction {
  /** 0..1; capacity = 1 - weakness. */
  readonly weakness?: number;
  /** 0..1; only the iliopsoas (psoas major, iliacus) tightness acts in the model. */
  readonly tightness?: number;
}

export type CaneSide = 'contralateral' | 'ipsilateral';
export const CANE_SIDES = ['contralateral', 'ipsilateral'] as const;

export interface MechanicsCane {
  /** Hand holding the cane, relative to the stance (loaded) leg. */
  readonly side: CaneSide;
  /** Downward push on the cane as a fraction of body weight, 0..0.5. */
  readonly loadBW: number;
}

interface ForcedPosture {
  /** Pelvic drop on the swing side (deg), -20..20; missing means 0. */
  readonly pelvicDropDeg?: number;
  /** Trunk lean in the world toward the stance side (deg), -45..45; missing means the trunk follows the pelvis. */
  readonly trunkLeanDeg?: number;
}

export interface MechanicsInput {
  /** 20..250 kg; default 70. */
  readonly bodyMassKg?: number;
  /** 1.2..2.2 m; default 1.75. */
  readonly heightM?: number;
  /** Default young adult. */
  readonly baselineStrength?: BaselineStrength;
  /** Default single-leg stance. */
  readonly task?: MechanicsTask;
  readonly muscles?: Partial<Record<MuscleId, MuscleDysfunction>>;
  /** 0 = pure pelvic drop (Trendelenburg) .. 1 = pure trunk lean (Duchenne); default 0.7. */
  readonly compensationStyle?: number;
  readonly cane?: MechanicsCane;
  /** "What if" posture; replaces the posture the behaviour layer would choose. */
  readonly forcedPosture?: ForcedPosture;
  /** Psoas activation 0..1 (both sides); default the quiet-standing value a_ps. */
  readonly psoasActivation?: number;
  /** Overrides of the parameter table (reference-person values). */
  readonly parameters?: Partial<MechanicsParameters>;
}

export const MECHANICS_DEFAULTS = Object.freeze({
  bodyMassKg: REFERENCE_MASS_KG,
  heightM: REFERENCE_HEIGHT_M,
  baselineStrength: 'young-adult' as BaselineStrength,
  task: Object.freeze({ kind: 'single-leg-stance' }) as MechanicsTask,
  compensationStyle: 0.7,
  parameters: DEFAULT_MECHANICS_PARAMETERS,
});

/** Allowed ranges of the input fields ([min, max], inclusive). */
export const MECHANICS_INPUT_RANGES = Object.freeze({
  bodyMassKg: [20, 250],
  heightM: [1.2, 2.2],
  severity: [0, 1],
  compensationStyle: [0, 1],
  psoasActivation: [0, 1],
  trunkFlexionDeg: [0, 90],
  caneLoadBW: [0, 0.5],
  forcedPelvicDropDeg: [-20, 20],
  forcedTrunkLeanDeg: [-45, 45],
} as const satisfies Record<string, readonly [number, number]>);
