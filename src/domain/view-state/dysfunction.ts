import type { BilateralSide, MuscleId } from '../anatomy';
import type {
  BaselineStrength,
  MechanicsCane,
  MechanicsInput,
  MechanicsPreset,
  MechanicsTask,
} from '../mechanics';
import { MECHANICS_DEFAULTS } from '../mechanics';

/** A muscle's dysfunction in the view: severities 0..1, kept to whole percent. */
export interface MuscleSeverity {
  weakness: number;
  tightness: number;
}

/**
 * The dysfunction settings a link carries. The stance side says which leg bears weight; the
 * muscles named are that side's (the mechanics model is one-sided; the scene mirrors the pose).
 */
export interface DysfunctionState {
  stanceSide: BilateralSide;
  muscles: Partial<Record<MuscleId, MuscleSeverity>>;
  task: MechanicsTask;
  compensationStyle: number;
  bodyMassKg: number;
  heightM: number;
  baselineStrength: BaselineStrength;
  cane: MechanicsCane | null;
}

export function defaultDysfunction(): DysfunctionState {
  return {
    stanceSide: 'right',
    muscles: {},
    task: { kind: 'single-leg-stance' },
    compensationStyle: MECHANICS_DEFAULTS.compensationStyle,
    bodyMassKg: MECHANICS_DEFAULTS.bodyMassKg,
    heightM: MECHANICS_DEFAULTS.heightM,
    baselineStrength: MECHANICS_DEFAULTS.baselineStrength,
    cane: null,
  };
}

/**
 * The mechanics view is on when anything differs from the healthy default task: then the model
 * stands on one leg with the other lifted, and draws its load arrows and the healthy ghost.
 * Otherwise it stands in the anatomical position.
 */
export function mechanicsEngaged(d: DysfunctionState): boolean {
  const base = defaultDysfunction();
  return (
    Object.keys(d.muscles).length > 0 ||
    d.cane !== null ||
    d.task.kind !== base.task.kind ||
    d.compensationStyle !== base.compensationStyle
  );
}

/** True when at least one muscle is weak or tight. */
export function hasDysfunction(state: DysfunctionState): boolean {
  return Object.values(state.muscles).some((m) => m && (m.weakness > 0 || m.tightness > 0));
}

/** The mechanics model's input for these settings. */
export function toMechanicsInput(state: DysfunctionState): MechanicsInput {
  const muscles: MechanicsInput['muscles'] = {};
  for (const [id, severity] of Object.entries(state.muscles) as [MuscleId, MuscleSeverity][]) {
    if (severity.weakness > 0 || severity.tightness > 0) {
      muscles[id] = { weakness: severity.weakness, tightness: severity.tightness };
    }
  }
  return {
    bodyMassKg: state.bodyMassKg,
    heightM: state.heightM,
    baselineStrength: state.baselineStrength,
    task: state.task,
    muscles,
    compensationStyle: state.compensationStyle,
    ...(state.cane ? { cane: state.cane } : {}),
  };
}

/** Settings that reproduce a preset (on the given stance side). */
export function dysfunctionFromPreset(
  preset: MechanicsPreset,
  stanceSide: BilateralSide,
): DysfunctionState {
  const base = defaultDysfunction();
  const input = preset.input;
  const muscles: DysfunctionState['muscles'] = {};
  for (const [id, severity] of Object.entries(input.muscles ?? {}) as [
    MuscleId,
    { weakness?: number; tightness?: number },
  ][]) {
    muscles[id] = { weakness: severity.weakness ?? 0, tightness: severity.tightness ?? 0 };
  }
  return {
    stanceSide,
    muscles,
    task: input.task ?? base.task,
    compensationStyle: input.compensationStyle ?? base.compensationStyle,
    bodyMassKg: input.bodyMassKg ?? base.bodyMassKg,
    heightM: input.heightM ?? base.heightM,
    baselineStrength: input.baselineStrength ?? base.baselineStrength,
    cane: input.cane ?? null,
  };
}
