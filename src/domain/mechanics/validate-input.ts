/**
 * Checks a `MechanicsInput` and turns it into plain numbers with every default filled in.
 *
 * Frame and sign conventions: as in `input.ts` (drop positive when the swing side is lower,
 * world trunk lean positive toward the stance side). Weakness becomes capacity c = 1 - w.
 * Psoas major and iliacus tightness act through one iliopsoas deficit: the larger of the two.
 */
import type { MuscleId } from '../anatomy/muscles';
import { isMuscleId, MUSCLE_IDS } from '../anatomy/muscles';
import { describeValue, MechanicsInputError } from './errors';
import type { BaselineStrength, CaneSide, MechanicsInput, MechanicsTaskKind } from './input';
import {
  BASELINE_STRENGTHS,
  CANE_SIDES,
  MECHANICS_DEFAULTS,
  MECHANICS_INPUT_RANGES,
  TASK_KINDS,
} from './input';
import type { MechanicsParameterKey, MechanicsParameters } from './parameters';
import {
  DEFAULT_MECHANICS_PARAMETERS,
  isMechanicsParameterKey,
  MECHANICS_PARAMETERS,
} from './parameters';

/** The input as plain numbers, defaults filled in. */
export interface NormalisedInput {
  readonly bodyMassKg: number;
  readonly heightM: number;
  readonly baselineStrength: BaselineStrength;
  readonly taskKind: MechanicsTaskKind;
  /** Trunk flexion of a hip hinge; 0 in the other tasks. */
  readonly trunkFlexionDeg: number;
  /** Capacities c = 1 - weakness of the muscles that act in the model. */
  readonly capacityGluteusMedius: number;
  readonly capacityGluteusMinimus: number;
  readonly capacityTensorFasciaeLatae: number;
  readonly capacityGluteusMaximus: number;
  readonly capacityPiriformis: number;
  /** True when any hip abductor (including upper gluteus maximus) is weak. */
  readonly hasAbductorWeakness: boolean;
  /** max(psoas-major, iliacus) tightness. */
  readonly iliopsoasTightness: number;
  /** Muscles whose tightness the model does not use. */
  readonly unmodelledTightness: readonly MuscleId[];
  /** Muscles whose weakness the model does not use. */
  readonly unmodelledWeakness: readonly MuscleId[];
  readonly compensationStyle: number;
  readonly caneSide: CaneSide | null;
  /** 0 without a cane. */
  readonly caneLoadBW: number;
  readonly hasForcedPosture: boolean;
  /** Forced drop, 0 when missing. */
  readonly forcedDropDeg: number;
  /** Forced world lean, or null when the trunk follows the pelvis. */
  readonly forcedWorldLeanDeg: number | null;
  /** Psoas activation, or null for the quiet-standing parameter a_ps. */
  readonly psoasActivation: number | null;
  /** Parameter values for the reference person (not yet scaled to height). */
  readonly parameters: MechanicsParameters;
}

const NO_MUSCLES: readonly MuscleId[] = Object.freeze([]);
const INPUT_FIELDS: ReadonlySet<string> = new Set([
  'bodyMassKg',
  'heightM',
  'baselineStrength',
  'task',
  'muscles',
  'compensationStyle',
  'cane',
  'forcedPosture',
  'psoasActivation',
  'parameters',
]);
const ILIOPSOAS: readonly MuscleId[] = ['psoas-major', 'iliacus'];
/** Muscles whose weakness the model uses (abductors; gluteus maximus also as an extensor). */
const WEAKNESS_MODELLED: readonly MuscleId[] = [
  'gluteus-medius',
  'gluteus-minimus',
  'tensor-fasciae-latae',
  'gluteus-maximus',
  'piriformis',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireRecord(value: unknown, field: string): Record<string, unknown> {
  if (!isRecord(value)) {
    throw new MechanicsInputError(
      field,
      `${field} must be an object (got ${describeValue(value)})`,
    );
  }
  return value;
}

const MUSCLE_FIELDS: ReadonlySet<string> = new Set(['weakness', 'tightness']);
const HINGE_FIELDS: ReadonlySet<string> = new Set(['kind', 'trunkFlexionDeg']);
const TASK_FIELDS: ReadonlySet<string> = new Set(['kind']);
const CANE_FIELDS: ReadonlySet<string> = new Set(['side', 'loadBW']);
const FORCED_POSTURE_FIELDS: ReadonlySet<string> = new Set(['pelvicDropDeg', 'trunkLeanDeg']);

function rejectUnknownFields(
  value: Record<string, unknown>,
  field: string,
  allowed: ReadonlySet<string>,
): void {
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (!allowed.has(key)) {
      const list = Array.from(allowed).join(', ');
      throw new MechanicsInputError(
        `${field}.${key}`,
        `${field} has an unknown field "${key}"; allowed: ${list}`,
      );
    }
  }
}

/** A finite number inside [min, max], or the fallback when undefined. */
function numberIn(
  value: unknown,
  field: string,
  range: readonly [number, number],
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < range[0] ||
    value > range[1]
  ) {
    throw new MechanicsInputError(
      field,
      `${field} must be a number from ${range[0]} to ${range[1]} (got ${describeValue(value)})`,
    );
  }
  return value;
}

function oneOf<T extends string>(
  value: unknown,
  field: string,
  allowed: readonly T[],
  fallback?: T,
): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new MechanicsInputError(
      field,
      `${field} must be one of ${allowed.join(', ')} (got ${describeValue(value)})`,
    );
  }
  return value as T;
}

function validateParameters(value: unknown): MechanicsParameters {
  if (value === undefined) return DEFAULT_MECHANICS_PARAMETERS;
  const record = requireRecord(value, 'parameters');
  let merged: Record<MechanicsParameterKey, number> | null = null;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    if (!isMechanicsParameterKey(key)) {
      throw new MechanicsInputError(
        `parameters.${key}`,
        `parameters has an unknown parameter "${key}"; see MECHANICS_PARAMETERS for the names`,
      );
    }
    const raw = record[key];
    if (raw === undefined) continue;
    const entry = MECHANICS_PARAMETERS[key];
    const checked = numberIn(raw, `parameters.${key}`, entry.range, entry.default);
    merged ??= { ...DEFAULT_MECHANICS_PARAMETERS };
    merged[key] = checked;
  }
  if (merged === null) return DEFAULT_MECHANICS_PARAMETERS;
  const abductorShareSum =
    merged.abductorShareGluteusMedius +
    merged.abductorShareGluteusMinimus +
    merged.abductorShareTensorFasciaeLatae +
    merged.abductorShareUpperGluteusMaximus +
    merged.abductorSharePiriformis;
  if (!(abductorShareSum > 0)) {
    throw new MechanicsInputError(
      'parameters.abductorShare*',
      'parameters: the abductor shares must not all be 0 (they are normalised by their sum)',
    );
  }
  const extensorShareSum =
    merged.extensorShareGluteusMaximus +
    merged.extensorShareHamstrings +
    merged.extensorShareAdductorMagnus;
  if (!(extensorShareSum > 0)) {
    throw new MechanicsInputError(
      'parameters.extensorShare*',
      'parameters: the hip extensor shares must not all be 0 (they are normalised by their sum)',
    );
  }
  return merged;
}

interface MuscleScan {
  gluteusMedius: number;
  gluteusMinimus: number;
  tensorFasciaeLatae: number;
  gluteusMaximus: number;
  piriformis: number;
  iliopsoasTightness: number;
  unmodelledTightness: MuscleId[] | null;
  unmodelledWeakness: MuscleId[] | null;
}

function severity(value: unknown, field: string): number {
  return numberIn(value, field, MECHANICS_INPUT_RANGES.severity, 0);
}

function validateMuscles(value: unknown): MuscleScan {
  const scan: MuscleScan = {
    gluteusMedius: 1,
    gluteusMinimus: 1,
    tensorFasciaeLatae: 1,
    gluteusMaximus: 1,
    piriformis: 1,
    iliopsoasTightness: 0,
    unmodelledTightness: null,
    unmodelledWeakness: null,
  };
  if (value === undefined) return scan;
  const record = requireRecord(value, 'muscles');
  for (const id in record) {
    if (!Object.hasOwn(record, id)) continue;
    if (!isMuscleId(id)) {
      const hint =
        id === 'iliotibial-band'
          ? ' (the iliotibial band is fascia and cannot be weak or tight)'
          : '';
      throw new MechanicsInputError(
        `muscles.${id}`,
        `muscles has an unknown muscle "${id}"${hint}; use one of ${MUSCLE_IDS.join(', ')}`,
      );
    }
    const settings = record[id];
    if (settings === undefined) continue;
    const field = `muscles.${id}`;
    const muscle = requireRecord(settings, field);
    rejectUnknownFields(muscle, field, MUSCLE_FIELDS);
    const w = severity(muscle.weakness, `${field}.weakness`);
    const t = severity(muscle.tightness, `${field}.tightness`);
    switch (id) {
      case 'gluteus-medius':
        scan.gluteusMedius = 1 - w;
        break;
      case 'gluteus-minimus':
        scan.gluteusMinimus = 1 - w;
        break;
      case 'tensor-fasciae-latae':
        scan.tensorFasciaeLatae = 1 - w;
        break;
      case 'gluteus-maximus':
        scan.gluteusMaximus = 1 - w;
        break;
      case 'piriformis':
        scan.piriformis = 1 - w;
        break;
      default:
        break;
    }
    if (ILIOPSOAS.includes(id)) {
      if (t > scan.iliopsoasTightness) scan.iliopsoasTightness = t;
    } else if (t > 0) {
      scan.unmodelledTightness ??= [];
      scan.unmodelledTightness.push(id);
    }
    if (w > 0 && !WEAKNESS_MODELLED.includes(id)) {
      scan.unmodelledWeakness ??= [];
      scan.unmodelledWeakness.push(id);
    }
  }
  return scan;
}

/**
 * Validates `input` and fills in the defaults.
 * @throws MechanicsInputError naming the field and its allowed values.
 */
export function validateInput(input: MechanicsInput | undefined): NormalisedInput {
  const raw: unknown = input === undefined ? {} : input;
  const record = requireRecord(raw, 'input');
  rejectUnknownFields(record, 'input', INPUT_FIELDS);
  const R = MECHANICS_INPUT_RANGES;
  const D = MECHANICS_DEFAULTS;

  const bodyMassKg = numberIn(record.bodyMassKg, 'bodyMassKg', R.bodyMassKg, D.bodyMassKg);
  const heightM = numberIn(record.heightM, 'heightM', R.heightM, D.heightM);
  const baselineStrength = oneOf(
    record.baselineStrength,
    'baselineStrength',
    BASELINE_STRENGTHS,
    D.baselineStrength,
  );

  let taskKind: MechanicsTaskKind = D.task.kind;
  let trunkFlexionDeg = 0;
  if (record.task !== undefined) {
    const task = requireRecord(record.task, 'task');
    taskKind = oneOf(task.kind, 'task.kind', TASK_KINDS);
    if (taskKind === 'hip-hinge') {
      rejectUnknownFields(task, 'task', HINGE_FIELDS);
      if (task.trunkFlexionDeg === undefined) {
        throw new MechanicsInputError(
          'task.trunkFlexionDeg',
          `task.trunkFlexionDeg must be a number from ${R.trunkFlexionDeg[0]} to ${R.trunkFlexionDeg[1]} for a hip hinge (got undefined)`,
        );
      }
      trunkFlexionDeg = numberIn(
        task.trunkFlexionDeg,
        'task.trunkFlexionDeg',
        R.trunkFlexionDeg,
        0,
      );
    } else {
      rejectUnknownFields(task, 'task', TASK_FIELDS);
    }
  }

  const muscles = validateMuscles(record.muscles);
  const compensationStyle = numberIn(
    record.compensationStyle,
    'compensationStyle',
    R.compensationStyle,
    D.compensationStyle,
  );

  let caneSide: CaneSide | null = null;
  let caneLoadBW = 0;
  if (record.cane !== undefined) {
    const cane = requireRecord(record.cane, 'cane');
    rejectUnknownFields(cane, 'cane', CANE_FIELDS);
    caneSide = oneOf(cane.side, 'cane.side', CANE_SIDES);
    if (cane.loadBW === undefined) {
      throw new MechanicsInputError(
        'cane.loadBW',
        `cane.loadBW must be a number from ${R.caneLoadBW[0]} to ${R.caneLoadBW[1]} (got undefined)`,
      );
    }
    caneLoadBW = numberIn(cane.loadBW, 'cane.loadBW', R.caneLoadBW, 0);
  }

  let hasForcedPosture = false;
  let forcedDropDeg = 0;
  let forcedWorldLeanDeg: number | null = null;
  if (record.forcedPosture !== undefined) {
    const forced = requireRecord(record.forcedPosture, 'forcedPosture');
    rejectUnknownFields(forced, 'forcedPosture', FORCED_POSTURE_FIELDS);
    forcedDropDeg = numberIn(
      forced.pelvicDropDeg,
      'forcedPosture.pelvicDropDeg',
      R.forcedPelvicDropDeg,
      0,
    );
    if (forced.trunkLeanDeg !== undefined) {
      forcedWorldLeanDeg = numberIn(
        forced.trunkLeanDeg,
        'forcedPosture.trunkLeanDeg',
        R.forcedTrunkLeanDeg,
        0,
      );
    }
    hasForcedPosture = forced.pelvicDropDeg !== undefined || forced.trunkLeanDeg !== undefined;
  }

  const psoasActivation =
    record.psoasActivation === undefined
      ? null
      : numberIn(record.psoasActivation, 'psoasActivation', R.psoasActivation, 0);

  const parameters = validateParameters(record.parameters);

  return {
    bodyMassKg,
    heightM,
    baselineStrength,
    taskKind,
    trunkFlexionDeg,
    capacityGluteusMedius: muscles.gluteusMedius,
    capacityGluteusMinimus: muscles.gluteusMinimus,
    capacityTensorFasciaeLatae: muscles.tensorFasciaeLatae,
    capacityGluteusMaximus: muscles.gluteusMaximus,
    capacityPiriformis: muscles.piriformis,
    hasAbductorWeakness:
      muscles.gluteusMedius < 1 ||
      muscles.gluteusMinimus < 1 ||
      muscles.tensorFasciaeLatae < 1 ||
      muscles.gluteusMaximus < 1 ||
      muscles.piriformis < 1,
    iliopsoasTightness: muscles.iliopsoasTightness,
    unmodelledTightness: muscles.unmodelledTightness ?? NO_MUSCLES,
    unmodelledWeakness: muscles.unmodelledWeakness ?? NO_MUSCLES,
    compensationStyle,
    caneSide,
    caneLoadBW,
    hasForcedPosture,
    forcedDropDeg,
    forcedWorldLeanDeg,
    psoasActivation,
    parameters,
  };
}
