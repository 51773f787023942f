/**
 * Reading a command message (iframe side): envelope, command name and arguments, checked
 * strictly and turned into a normalized command. Pure; never throws. Structure and point
 * names go through the same URL parser as links and attributes, so all three mean the same.
 */

import {
  BILATERAL_SIDES,
  type BilateralSide,
  LAYER_IDS,
  type LayerId,
  MUSCLE_IDS,
  type MuscleId,
  type StructureKey,
} from '../domain/anatomy';
import { type Assessment, parseAssessment } from '../domain/assessment';
import { BODY_RANGES, BODY_SEXES, type Body, checkBody } from '../domain/body';
import { CAMERA_PRESET_IDS, type CameraPresetId } from '../domain/camera';
import { EXERCISE_IDS, type ExerciseId, isExerciseId } from '../domain/exercises';
import { type LearnerContext, learnerProblem } from '../domain/learning-records';
import {
  BASELINE_STRENGTHS,
  type BaselineStrength,
  CANE_SIDES,
  type CaneSide,
  MECHANICS_INPUT_RANGES,
  MECHANICS_PRESETS,
  type MechanicsPresetId,
} from '../domain/mechanics';
import { LANGUAGES, type Language } from '../domain/messages';
import { embed as text } from '../domain/messages/en/embed';
import { MOTOR_POINTS } from '../domain/motor-points';
import { formatStoryErrors, parseStory, type Story } from '../domain/stories';
import {
  MAX_PEEL,
  type PointKey,
  parseViewParams,
  roundVec3,
  type Vec3Tuple,
  VISIBILITIES,
  type Visibility,
} from '../domain/view-state';
import type { TaskArg } from './api-types';
import { describeValue } from './describe-value';
import {
  COMMAND_NAMES,
  COMMAND_TYPE,
  type CommandName,
  MAX_ID_LENGTH,
  PROTOCOL_VERSION,
  type ProtocolError,
} from './protocol-envelope';

/** A severity change for one muscle: only the given fields change. */
type SeverityPatch = { weakness?: number; tightness?: number };

/** A command whose arguments were checked and normalized. */
export type ValidCommand =
  | {
      name: 'setLayers';
      layers: { layer: LayerId; side: BilateralSide; visibility: Visibility }[];
      structures: { key: StructureKey; visibility: Visibility | null }[];
      peel: number | null;
    }
  | { name: 'showOnly'; layers: LayerId[]; structures: StructureKey[]; side: BilateralSide[] }
  | { name: 'select'; structure: StructureKey | null; frame: boolean }
  | { name: 'selectPoint'; point: PointKey | null; frame: boolean }
  | {
      name: 'setDysfunction';
      reset: boolean;
      stanceSide: BilateralSide | null;
      muscles: { muscle: MuscleId; severity: SeverityPatch | null }[];
      task: TaskArg | null;
      compensationStyle: number | null;
      bodyMassKg: number | null;
      heightM: number | null;
      baselineStrength: BaselineStrength | null;
      /** undefined: unchanged; null: no cane. */
      cane: { side: CaneSide; loadBW: number } | null | undefined;
    }
  | { name: 'applyPreset'; preset: MechanicsPresetId; stanceSide: BilateralSide | null }
  | {
      name: 'setCamera';
      camera:
        | { kind: 'preset'; preset: CameraPresetId }
        | { kind: 'custom'; position: Vec3Tuple; target: Vec3Tuple };
    }
  | { name: 'resetView' }
  | { name: 'getState' }
  | { name: 'getMotorPoints'; muscle: MuscleId | null; side: BilateralSide | null }
  | { name: 'screenshot' }
  | { name: 'playStory'; story: Story | null }
  /** null: back to the reference body. */
  | { name: 'setBody'; body: Body | null }
  | { name: 'setLearner'; learner: LearnerContext }
  | { name: 'setLanguage'; language: Language }

  /** null clears the findings (and the dysfunction they set). */
  | { name: 'setAssessment'; assessment: Assessment | null }
  | { name: 'setPlanExercises'; exercises: ExerciseId[] };

export type ParsedMessage =
  /** Not a command of this protocol (another script's message): ignore it. */
  | { kind: 'ignore' }
  /** Broken; `id` is null when there is nobody to reply to. */
  | { kind: 'invalid'; id: string | null; error: ProtocolError }
  | { kind: 'command'; id: string; command: ValidCommand };

/** Thrown inside this module only; `parseCommandMessage` turns it into a reply. */
class ArgumentProblem {
  constructor(readonly message: string) {}
}

type Args = Record<string, unknown>;

function isRecord(value: unknown): value is Args {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(args: Args, key: string): unknown {
  return Object.hasOwn(args, key) ? args[key] : undefined;
}

function has(args: Args, key: string): boolean {
  return Object.hasOwn(args, key) && args[key] !== undefined;
}

/**
 * The first place in `value` that no command accepts, whatever its own checks: a hole in an
 * array, NaN or ±Infinity. Checked for every command before its reader runs, so a field added
 * later is covered too. Depth and item counts are bounded (readers refuse bigger values anyway).
 * @internal
 */
export function findUnsafeValue(value: unknown, path = 'args', depth = 0): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path;
  if (typeof value !== 'object' || value === null || depth > 8) return null;
  if (Array.isArray(value)) {
    const count = Math.min(value.length, 256);
    for (let i = 0; i < count; i++) {
      if (!(i in value)) return `${path}[${i}]`;
      const found = findUnsafeValue(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const keys = Object.keys(value).slice(0, 256);
  for (const key of keys) {
    const found = findUnsafeValue((value as Args)[key], `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Context for one command's checks: the command name for messages. */
class Checker {
  constructor(readonly command: CommandName) {}

  fail(expectation: string, got: unknown): never {
    throw new ArgumentProblem(
      text.errors.badArgument(this.command, expectation, describeValue(got)),
    );
  }

  onlyKeys(args: Args, allowed: readonly string[]): void {
    for (const key of Object.keys(args)) {
      if (!allowed.includes(key)) {
        throw new ArgumentProblem(text.errors.unknownArgument(this.command, key, allowed));
      }
    }
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
      return value as T;
    }
    return this.fail(`${path} to be one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
  }

  boolean(value: unknown, path: string): boolean {
    return typeof value === 'boolean' ? value : this.fail(`${path} to be true or false`, value);
  }

  /** A finite number in [min, max], rounded to `step`. */
  number(value: unknown, [min, max]: readonly [number, number], step: number, path: string) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      return this.fail(`${path} to be a number from ${min} to ${max}`, value);
    }
    const decimals = Math.max(0, Math.round(-Math.log10(step)));
    // `+ 0` turns -0 into 0, which a link cannot tell apart.
    return Number((Math.round(value / step) * step).toFixed(decimals)) + 0;
  }

  array(value: unknown, path: string, maxItems: number): unknown[] {
    if (!Array.isArray(value) || value.length > maxItems) {
      return this.fail(`${path} to be an array of at most ${maxItems} items`, value);
    }
    // Holes become undefined, so the item checks see (and refuse) them: `map` would skip them.
    return Array.from(value);
  }

  record(value: unknown, path: string, maxKeys: number): Args {
    if (!isRecord(value) || Object.keys(value).length > maxKeys) {
      return this.fail(`${path} to be an object with at most ${maxKeys} keys`, value);
    }
    return value;
  }
}

const MAX_LIST = 64;
const SIDES_OR_BOTH = [...BILATERAL_SIDES, 'both'] as const;
const PRESET_IDS = MECHANICS_PRESETS.map((p) => p.id);
/** A real point key, so the example in an error message works when pasted. */
const POINT_EXAMPLE = `${MOTOR_POINTS.find((p) => p.muscle === 'gluteus-medius')?.id ?? ''}:left`;
const STRUCTURE_EXPECTATION =
  'a structure like "piriformis" or "piriformis:left" (whole layers go in args.layers)';

function sidesOf(side: BilateralSide | 'both'): BilateralSide[] {
  return side === 'both' ? [...BILATERAL_SIDES] : [side];
}

/** Structure keys a name stands for, read by the URL parser (`piriformis` → both sides). */
function structureKeysOf(name: unknown): StructureKey[] | null {
  if (typeof name !== 'string' || name.length > 100 || name.includes(',')) return null;
  if ((LAYER_IDS as readonly string[]).includes(name.split(':')[0] ?? '')) return null;
  const { state, notices } = parseViewParams(new URLSearchParams([['hide', name]]));
  const keys = Object.keys(state.structures) as StructureKey[];
  return notices.length === 0 && keys.length > 0 ? keys : null;
}

function visibilityOf(c: Checker, value: unknown, path: string): Visibility {
  return c.oneOf(value, VISIBILITIES, path);
}

function readSetLayers(c: Checker, args: Args): ValidCommand {
  c.onlyKeys(args, ['layers', 'structures', 'peel']);
  if (!has(args, 'layers') && !has(args, 'structures') && !has(args, 'peel')) {
    c.fail('at least one of args.layers, args.structures or args.peel', args);
  }
  const layers: Extract<ValidCommand, { name: 'setLayers' }>['layers'] = [];
  if (has(args, 'layers')) {
    const given = c.record(own(args, 'layers'), 'args.layers', LAYER_IDS.length);
    for (const [key, value] of Object.entries(given)) {
      const layer = c.oneOf(key, LAYER_IDS, 'each key of args.layers');
      const path = `args.layers["${layer}"]`;
      if (typeof value === 'string') {
        const visibility = visibilityOf(c, value, path);
        for (const side of BILATERAL_SIDES) layers.push({ layer, side, visibility });
        continue;
      }
      if (!isRecord(value)) {
        c.fail(`${path} to be "shown", "ghosted", "hidden" or { left?, right? }`, value);
      }
      for (const [sideKey, sideValue] of Object.entries(value)) {
        const side = c.oneOf(sideKey, BILATERAL_SIDES, `each key of ${path}`);
        layers.push({ layer, side, visibility: visibilityOf(c, sideValue, `${path}.${side}`) });
      }
    }
  }
  const structures: Extract<ValidCommand, { name: 'setLayers' }>['structures'] = [];
  if (has(args, 'structures')) {
    const given = c.record(own(args, 'structures'), 'args.structures', MAX_LIST);
    for (const [name, value] of Object.entries(given)) {
      const keys = structureKeysOf(name);
      if (!keys) {
        c.fail(`each key of args.structures to name ${STRUCTURE_EXPECTATION}`, name);
      }
      const visibility =
        value === null ? null : visibilityOf(c, value, `args.structures["${name}"]`);
      for (const key of keys) structures.push({ key, visibility });
    }
  }
  const peel = has(args, 'peel')
    ? c.number(own(args, 'peel'), [0, MAX_PEEL], 1, 'args.peel')
    : null;
  return { name: 'setLayers', layers, structures, peel };
}

function readShowOnly(c: Checker, args: Args): ValidCommand {
  c.onlyKeys(args, ['layers', 'structures', 'side']);
  const side = has(args, 'side') ? c.oneOf(own(args, 'side'), SIDES_OR_BOTH, 'args.side') : 'both';
  const layers = has(args, 'layers')
    ? c
        .array(own(args, 'layers'), 'args.layers', LAYER_IDS.length)
        .map((l, i) => c.oneOf(l, LAYER_IDS, `args.layers[${i}]`))
    : [];
  const sides = sidesOf(side);
  const structures: StructureKey[] = [];
  if (has(args, 'structures')) {
    c.array(own(args, 'structures'), 'args.structures', MAX_LIST).forEach((name, i) => {
      const keys = structureKeysOf(name);
      if (!keys) c.fail(`args.structures[${i}] to name ${STRUCTURE_EXPECTATION}`, name);
      // A name without a side follows args.side; midline structures have no side to choose.
      const sided = typeof name === 'string' && name.includes(':');
      for (const key of keys) {
        const keySide = key.slice(key.lastIndexOf(':') + 1);
        if (sided || keySide === 'midline' || (sides as string[]).includes(keySide)) {
          structures.push(key);
        }
      }
    });
  }
  if (layers.length === 0 && structures.length === 0) {
    c.fail('args.layers or args.structures to name at least one thing to show', args);
  }
  return { name: 'showOnly', layers, structures, side: sides };
}

function readFrame(c: Checker, args: Args): boolean {
  return has(args, 'frame') ? c.boolean(own(args, 'frame'), 'args.frame') : true;
}

function readSelect(c: Checker, args: Args): ValidCommand {
  c.onlyKeys(args, ['structure', 'frame']);
  const value = own(args, 'structure');
  const frame = readFrame(c, args);
  if (value === null) return { name: 'select', structure: null, frame };
  const expectation = 'args.structure like "gluteus-medius:left" (or "sacrum"), or null';
  if (typeof value !== 'string' || value.length > 100) return c.fail(expectation, value);
  const { state, notices } = parseViewParams(new URLSearchParams([['sel', value]]));
  if (notices.length > 0 || !state.selection) return c.fail(expectation, value);
  return { name: 'select', structure: state.selection, frame };
}

function readSelectPoint(c: Checker, args: Args): ValidCommand {
  c.onlyKeys(args, ['point', 'frame']);
  const value = own(args, 'point');
  const frame = readFrame(c, args);
  if (value === null) return { name: 'selectPoint', point: null, frame };
  const expectation = `args.point like "${POINT_EXAMPLE}" (a key from getMotorPoints), or null`;
  if (typeof value !== 'string' || value.length > 200) return c.fail(expectation, value);
  const { state, notices } = parseViewParams(new URLSearchParams([['point', value]]));
  if (notices.length > 0 || !state.point) return c.fail(expectation, value);
  return { name: 'selectPoint', point: state.point, frame };
}

function readTask(c: Checker, value: unknown): TaskArg {
  const path = 'args.task';
  if (!isRecord(value)) return c.fail(`${path} to be { kind: ... }`, value);
  const kind = c.oneOf(
    own(value, 'kind'),
    ['single-leg-stance', 'quiet-standing', 'hip-hinge'] as const,
    `${path}.kind`,
  );
  if (kind !== 'hip-hinge') {
    c.onlyKeys(value, ['kind']);
    return { kind };
  }
  c.onlyKeys(value, ['kind', 'trunkFlexionDeg']);
  const trunkFlexionDeg = c.number(
    own(value, 'trunkFlexionDeg'),
    MECHANICS_INPUT_RANGES.trunkFlexionDeg,
    1,
    `${path}.trunkFlexionDeg`,
  );
  return { kind, trunkFlexionDeg };
}

function readSetDysfunction(c: Checker, args: Args): ValidCommand {
  const keys = [
    'reset',
    'stanceSide',
    'muscles',
    'task',
    'compensationStyle',
    'bodyMassKg',
    'heightM',
    'baselineStrength',
    'cane',
  ];
  c.onlyKeys(args, keys);
  if (!keys.some((k) => has(args, k))) c.fail(`at least one of ${keys.join(', ')} in args`, args);
  const r = MECHANICS_INPUT_RANGES;
  const muscles: Extract<ValidCommand, { name: 'setDysfunction' }>['muscles'] = [];
  if (has(args, 'muscles')) {
    const given = c.record(own(args, 'muscles'), 'args.muscles', MUSCLE_IDS.length);
    for (const [key, value] of Object.entries(given)) {
      const muscle = c.oneOf(key, MUSCLE_IDS, 'each key of args.muscles');
      const path = `args.muscles["${muscle}"]`;
      if (value === null) {
        muscles.push({ muscle, severity: null });
        continue;
      }
      if (!isRecord(value)) c.fail(`${path} to be { weakness?, tightness? } or null`, value);
      c.onlyKeys(value, ['weakness', 'tightness']);
      const severity: SeverityPatch = {};
      for (const field of ['weakness', 'tightness'] as const) {
        if (has(value, field)) {
          severity[field] = c.number(own(value, field), r.severity, 0.01, `${path}.${field}`);
        }
      }
      muscles.push({ muscle, severity });
    }
  }
  let cane: Extract<ValidCommand, { name: 'setDysfunction' }>['cane'];
  if (has(args, 'cane')) {
    const value = own(args, 'cane');
    if (value === null) cane = null;
    else {
      if (!isRecord(value)) c.fail('args.cane to be { side, loadBW } or null', value);
      c.onlyKeys(value, ['side', 'loadBW']);
      cane = {
        side: c.oneOf(own(value, 'side'), CANE_SIDES, 'args.cane.side'),
        loadBW: c.number(own(value, 'loadBW'), r.caneLoadBW, 0.01, 'args.cane.loadBW'),
      };
    }
  }
  const opt = <T>(key: string, read: (value: unknown) => T): T | null =>
    has(args, key) ? read(own(args, key)) : null;
  return {
    name: 'setDysfunction',
    reset: opt('reset', (v) => c.boolean(v, 'args.reset')) ?? false,
    stanceSide: opt('stanceSide', (v) => c.oneOf(v, BILATERAL_SIDES, 'args.stanceSide')),
    muscles,
    task: opt('task', (v) => readTask(c, v)),
    compensationStyle: opt('compensationStyle', (v) =>
      c.number(v, r.compensationStyle, 0.01, 'args.compensationStyle'),
    ),
    bodyMassKg: opt('bodyMassKg', (v) => c.number(v, r.bodyMassKg, 0.1, 'args.bodyMassKg')),
    heightM: opt('heightM', (v) => c.number(v, r.heightM, 0.01, 'args.heightM')),
    baselineStrength: opt('baselineStrength', (v) =>
      c.oneOf(v, BASELINE_STRENGTHS, 'args.baselineStrength'),
    ),
    cane,
  };
}

function readApplyPreset(c: Checker, args: Args): ValidCommand {
  c.onlyKeys(args, ['preset', 'stanceSide']);
  return {
    name: 'applyPreset',
    preset: c.oneOf(own(args, 'preset'), PRESET_IDS, 'args.preset'),
    stanceSide: has(args, 'stanceSide')
      ? c.oneOf(own(args, 'stanceSide'), BILATERAL_SIDES, 'args.stanceSide')
      : null,
  };
}

const CAMERA_LIMIT_M = 100;

function readVec3(c: Checker, value: unknown, path: string): Vec3Tuple {
  const expectation = `${path} to be [x, y, z] in metres, each from -${CAMERA_LIMIT_M} to ${CAMERA_LIMIT_M}`;
  // Array.from turns holes into undefined: `every` would skip a hole and let NaN through.
  const items = Array.isArray(value) ? Array.from(value as unknown[]) : [];
  if (
    items.length !== 3 ||
    !items.every(
      (n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= CAMERA_LIMIT_M,
    )
  ) {
    return c.fail(expectation, value);
  }
  // `+ 0` turns -0 into 0, which a link cannot tell apart.
  const [x, y, z] = roundVec3(items as [number, number, number]);
  return [x + 0, y + 0, z + 0];
}

function readSetCamera(c: Checker, args: Args): ValidCommand {
  if (has(args, 'preset')) {
    c.onlyKeys(args, ['preset']);
    return {
      name: 'setCamera',
      camera: {
        kind: 'preset',
        preset: c.oneOf(own(args, 'preset'), CAMERA_PRESET_IDS, 'args.preset'),
      },
    };
  }
  if (!has(args, 'position') && !has(args, 'target')) {
    c.fail(`args.preset (${CAMERA_PRESET_IDS.join(', ')}) or args.position and args.target`, args);
  }
  c.onlyKeys(args, ['position', 'target']);
  const position = readVec3(c, own(args, 'position'), 'args.position');
  const target = readVec3(c, own(args, 'target'), 'args.target');
  if (position.every((v, i) => v === target[i])) {
    c.fail('args.position and args.target at least a millimetre apart', args);
  }
  return { name: 'setCamera', camera: { kind: 'custom', position, target } };
}

function readGetMotorPoints(c: Checker, args: Args): ValidCommand {
  c.onlyKeys(args, ['muscle', 'side']);
  return {
    name: 'getMotorPoints',
    muscle: has(args, 'muscle') ? c.oneOf(own(args, 'muscle'), MUSCLE_IDS, 'args.muscle') : null,
    side: has(args, 'side') ? c.oneOf(own(args, 'side'), BILATERAL_SIDES, 'args.side') : null,
  };
}

function noArgs(name: 'resetView' | 'getState' | 'screenshot') {
  return (c: Checker, args: Args): ValidCommand => {
    c.onlyKeys(args, []);
    return { name };
  };
}

/** A site's own story: checked like a `story=` link, every problem named by step and field. */
function readPlayStory(c: Checker, args: Args): ValidCommand {
  c.onlyKeys(args, ['story']);
  const value = own(args, 'story');
  if (value === null) return { name: 'playStory', story: null };
  const parsed = parseStory(value);
  if (!parsed.ok)
    return c.fail(
      `args.story to be a valid story (${formatStoryErrors(parsed.errors).replace(/\s*\n\s*/g, ' ')})`,
      value,
    );
  return { name: 'playStory', story: parsed.story };
}

/** The patient's body (`{ sex, heightM, massKg }`) or `{ reference: true }`. */
function readSetBody(c: Checker, args: Args): ValidCommand {
  if (has(args, 'reference')) {
    c.onlyKeys(args, ['reference']);
    if (own(args, 'reference') !== true)
      c.fail('args.reference to be true', own(args, 'reference'));
    return { name: 'setBody', body: null };
  }
  c.onlyKeys(args, ['sex', 'heightM', 'massKg']);
  const r = BODY_RANGES;
  // Kept to the precision of a link (1 cm, 0.1 kg), like setDysfunction.
  const body = {
    sex: c.oneOf(own(args, 'sex'), BODY_SEXES, 'args.sex'),
    heightM: c.number(own(args, 'heightM'), r.heightM, 0.01, 'args.heightM'),
    massKg: c.number(own(args, 'massKg'), r.massKg, 0.1, 'args.massKg'),
  };
  const checked = checkBody(body);
  if (!checked.ok)
    return c.fail(
      `args.heightM and args.massKg to give a body mass index from ${r.bmi[0]} to ${r.bmi[1]} kg/m²`,
      args,
    );
  return { name: 'setBody', body: checked.body };
}

/** The host's learner and lesson ids for xAPI statements, checked field by field. */
function readSetLearner(c: Checker, args: Args): ValidCommand {
  c.onlyKeys(args, ['actor', 'activityId', 'registration']);
  const problem = learnerProblem(args);
  if (problem) return c.fail(problem, args);
  return { name: 'setLearner', learner: structuredClone(args) as unknown as LearnerContext };
}

function readSetLanguage(c: Checker, args: Args): ValidCommand {
  c.onlyKeys(args, ['language']);
  return {
    name: 'setLanguage',
    language: c.oneOf(own(args, 'language'), LANGUAGES, 'args.language'),
  };
}

/** Examination findings, read like the plan link's (every field checked, finite numbers only). */
function readSetAssessment(c: Checker, args: Args): ValidCommand {
  c.onlyKeys(args, ['assessment']);
  const value = own(args, 'assessment');
  if (value === null) return { name: 'setAssessment', assessment: null };
  const parsed = parseAssessment(value);
  if (!parsed.ok) return c.fail(`args.assessment to be valid findings (${parsed.error})`, value);
  return { name: 'setAssessment', assessment: parsed.assessment };
}

const MAX_PLAN_EXERCISES = EXERCISE_IDS.length;

function readSetPlanExercises(c: Checker, args: Args): ValidCommand {
  c.onlyKeys(args, ['exercises']);
  const value = own(args, 'exercises');
  if (
    !Array.isArray(value) ||
    value.length > MAX_PLAN_EXERCISES ||
    !value.every((id) => typeof id === 'string' && isExerciseId(id))
  ) {
    return c.fail(
      `args.exercises to be a list of up to ${MAX_PLAN_EXERCISES} exercise ids (${EXERCISE_IDS.join(', ')})`,
      value,
    );
  }
  return { name: 'setPlanExercises', exercises: [...new Set(value as ExerciseId[])] };
}

const READERS: Record<CommandName, (c: Checker, args: Args) => ValidCommand> = {
  setLayers: readSetLayers,
  showOnly: readShowOnly,
  select: readSelect,
  selectPoint: readSelectPoint,
  setDysfunction: readSetDysfunction,
  applyPreset: readApplyPreset,
  setCamera: readSetCamera,
  resetView: noArgs('resetView'),
  getState: noArgs('getState'),
  getMotorPoints: readGetMotorPoints,
  screenshot: noArgs('screenshot'),
  playStory: readPlayStory,
  setBody: readSetBody,
  setLearner: readSetLearner,
  setLanguage: readSetLanguage,
  setAssessment: readSetAssessment,
  setPlanExercises: readSetPlanExercises,
};

/** Commands whose arguments may be left out entirely. */
const ARGS_OPTIONAL = new Set<CommandName>([
  'resetView',
  'getState',
  'getMotorPoints',
  'screenshot',
]);

function isCommandName(value: unknown): value is CommandName {
  return typeof value === 'string' && (COMMAND_NAMES as readonly string[]).includes(value);
}

/** Read a received message. Anything without `type: "hip-viewer:command"` is not ours. */
export function parseCommandMessage(data: unknown): ParsedMessage {
  if (!isRecord(data) || data.type !== COMMAND_TYPE) return { kind: 'ignore' };
  const rawId = own(data, 'id');
  const id =
    typeof rawId === 'string' && rawId.length > 0 && rawId.length <= MAX_ID_LENGTH ? rawId : null;
  try {
    const invalid = (code: ProtocolError['code'], message: string): ParsedMessage => ({
      kind: 'invalid',
      id,
      error: { code, message },
    });
    const version = own(data, 'version');
    if (version !== PROTOCOL_VERSION) {
      return invalid('unsupported-version', text.errors.unsupportedVersion(describeValue(version)));
    }
    const command = own(data, 'command');
    const args = own(data, 'args');
    if (id === null || typeof command !== 'string' || (args !== undefined && !isRecord(args))) {
      return invalid('bad-message', text.errors.badMessage(describeValue(data, 160)));
    }
    if (!isCommandName(command)) {
      return invalid(
        'unknown-command',
        text.errors.unknownCommand(describeValue(command), COMMAND_NAMES),
      );
    }
    const checker = new Checker(command);
    if (args === undefined && !ARGS_OPTIONAL.has(command)) {
      return invalid(
        'bad-arguments',
        text.errors.badArgument(command, 'an args object (see the embedding guide)', 'nothing'),
      );
    }
    const unsafe = findUnsafeValue(args);
    if (unsafe) {
      return invalid('bad-arguments', text.errors.unsafeValue(command, unsafe));
    }
    return { kind: 'command', id, command: READERS[command](checker, args ?? {}) };
  } catch (error) {
    if (error instanceof ArgumentProblem) {
      return { kind: 'invalid', id, error: { code: 'bad-arguments', message: error.message } };
    }
    return {
      kind: 'invalid',
      id,
      error: { code: 'bad-message', message: text.errors.badMessage(describeValue(data, 160)) },
    };
  }
}
