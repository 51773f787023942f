import {
  BILATERAL_SIDES,
  type BilateralSide,
  isMuscleId,
  LAYER_IDS,
  type LayerId,
  MUSCLE_IDS,
  type MuscleId,
  type Side,
  STRUCTURES,
  type StructureKey,
} from '../anatomy';
import { DEFAULT_CAMERA_PRESET, isCameraPresetId } from '../camera';
import {
  BASELINE_STRENGTHS,
  CANE_SIDES,
  findMechanicsPreset,
  MECHANICS_INPUT_RANGES,
} from '../mechanics';
import { layers as layersText } from '../messages/en/layers';
import { CONFIDENCES, POINT_TYPES, type PointType } from '../motor-points/motor-point';
import { MOTOR_POINT_IDS } from '../motor-points/motor-point-ids';
import {
  describeBodyParamProblems,
  fittedBody,
  formatBodyParam,
  parseBodyParam,
} from './body-param';
import { defaultDysfunction, dysfunctionFromPreset, type MuscleSeverity } from './dysfunction';
import { linkedCameraPreset } from './facing-camera';
import { MAX_PINNED_LABELS, sortPins } from './pinned-labels';
import {
  type CameraView,
  defaultViewState,
  MAX_PEEL,
  type PointKey,
  type Vec3Tuple,
  VIEW_MODES,
  type ViewMode,
  type ViewState,
  type Visibility,
} from './view-state';

/** A parameter that was ignored, with why; the UI turns it into a small notice. */
export interface ParamNotice {
  param: string;
  value: string;
  problem: 'unknown-parameter' | 'malformed-value' | 'unknown-name' | 'invalid-content';
  /** The part of the value that was wrong, when only part of it was. */
  detail?: string;
}

export interface ParsedView {
  state: ViewState;
  notices: ParamNotice[];
}

/**
 * Parameters owned by other parts of the app (model loading, embedding, language, quiz, story):
 * not view state. `kept`: the address bar keeps it when the view changes; `fragment`: read from
 * old links only, the app moves it to the fragment (a plan's content never stays in the query).
 */
const NON_VIEW_PARAMS = {
  model: 'kept',
  ui: 'kept',
  controls: 'kept',
  origins: 'kept',
  loading: 'kept',
  story: 'kept',
  plan: 'fragment',
  quiz: 'kept',
  lang: 'kept',
} as const satisfies Record<string, 'kept' | 'fragment'>;

/** Every parameter the view parser leaves to the rest of the app. */
export const PASS_THROUGH_PARAMS: ReadonlySet<string> = new Set(Object.keys(NON_VIEW_PARAMS));

/** The parameters the address bar keeps as it follows the view. */
export const PARAMS_KEPT_ON_VIEW_CHANGE: readonly string[] = Object.entries(NON_VIEW_PARAMS)
  .filter(([, policy]) => policy === 'kept')
  .map(([name]) => name);

const VISIBILITY_PARAMS = {
  show: 'shown',
  ghost: 'ghosted',
  hide: 'hidden',
} as const satisfies Record<string, Visibility>;
type VisibilityParam = keyof typeof VISIBILITY_PARAMS;

const STRUCTURES_BY_ID = new Map<string, Side[]>();
for (const s of STRUCTURES) {
  STRUCTURES_BY_ID.set(s.id, [...(STRUCTURES_BY_ID.get(s.id) ?? []), s.side]);
}

/** Values are short and human-readable; anything longer is junk, not a view. */
const MAX_VALUE_LENGTH = 2000;
/**
 * Notices kept for one link: a hostile link must not build a notice of hundreds of kilobytes.
 * @internal
 */
export const MAX_PARAM_NOTICES = 20;
/** Notices kept for one parameter (`hide=x,x,x,…` names the first few only). */
const MAX_NOTICES_PER_PARAM = 5;
/** Longest parameter name or value echoed in a notice. */
const MAX_NOTICE_ECHO = 60;

/**
 * Longest explanation kept: our own sentence (what was wrong and how to write it) may quote the
 * value, so it is capped too, but long enough that the "how to fix it" part survives.
 */
const MAX_NOTICE_DETAIL = 400;

function shortenForNotice(text: string, limit = MAX_NOTICE_ECHO): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
const CAMERA_LIMIT_M = 100;
const POINT_IDS = new Set<string>(MOTOR_POINT_IDS);

function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

function isBilateralSide(value: string | undefined): value is BilateralSide {
  return (BILATERAL_SIDES as readonly string[]).includes(value ?? '');
}

/** A number in [min, max] written with at most `decimals` decimals, or null. */
function parseNumber(value: string, [min, max]: readonly [number, number]): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return null;
  const n = Number(value);
  // `+ 0` turns -0 into 0, so "-0" reads the same as "0" and the link round-trips.
  return Number.isFinite(n) && n >= min && n <= max ? n + 0 : null;
}

/** Percent (0..100, whole) to a 0..1 severity. */
function parsePercent(value: string): number | null {
  const n = parseNumber(value, [0, 100]);
  return n === null || !Number.isInteger(n) ? null : n / 100;
}

function percent(value: number): string {
  return String(Math.round(value * 100));
}

function applyVisibilityItem(state: ViewState, item: string, visibility: Visibility): boolean {
  const [name = '', sidePart, ...rest] = item.split(':');
  if (rest.length > 0) return false;
  const side = sidePart === undefined || sidePart === 'both' ? null : sidePart;
  if (isLayerId(name) && side !== 'midline') {
    if (side !== null && !isBilateralSide(side)) return false;
    const sides: readonly BilateralSide[] = side ? [side] : BILATERAL_SIDES;
    for (const s of sides) state.layers[name][s] = visibility;
    return true;
  }
  const sidesOfStructure = STRUCTURES_BY_ID.get(name);
  if (!sidesOfStructure) return false;
  const targets = side === null ? sidesOfStructure : sidesOfStructure.filter((s) => s === side);
  if (targets.length === 0) return false;
  for (const s of targets) state.structures[`${name}:${s}` as StructureKey] = visibility;
  return true;
}

function parseStructureKey(value: string): StructureKey | null {
  const [name = '', side, ...rest] = value.split(':');
  if (rest.length > 0) return null;
  const sides = STRUCTURES_BY_ID.get(name);
  if (!sides) return null;
  const chosen = side ?? (sides.length === 1 ? sides[0] : undefined);
  if (!chosen || !sides.includes(chosen as Side)) return null;
  return `${name}:${chosen}` as StructureKey;
}

/** `sacrum:midline` is written `sacrum`: a structure on one side only needs no side. */
function shortStructureKey(key: StructureKey): string {
  const [name = ''] = key.split(':');
  return (STRUCTURES_BY_ID.get(name)?.length ?? 0) === 1 ? name : key;
}

function parsePointKey(value: string): PointKey | null {
  const [id = '', side, ...rest] = value.split(':');
  if (rest.length > 0 || !POINT_IDS.has(id)) return null;
  const chosen = side ?? 'right';
  return isBilateralSide(chosen) ? `${id}:${chosen}` : null;
}

function parseCamera(value: string): CameraView | null {
  if (isCameraPresetId(value)) return { kind: 'preset', preset: value };
  const numbers = value
    .split(',')
    .map((part) => parseNumber(part.trim(), [-CAMERA_LIMIT_M, CAMERA_LIMIT_M]));
  if (numbers.length !== 6 || numbers.some((n) => n === null)) return null;
  const [px, py, pz, tx, ty, tz] = numbers as [number, number, number, number, number, number];
  if (px === tx && py === ty && pz === tz) return null;
  return { kind: 'custom', position: [px, py, pz], target: [tx, ty, tz] };
}

/** `gluteus-medius:w80:t0,psoas-major:t60` → severities, or null when any part is wrong. */
function parseDysfunctionList(value: string): {
  muscles: Partial<Record<MuscleId, MuscleSeverity>>;
  bad: string[];
} {
  const muscles: Partial<Record<MuscleId, MuscleSeverity>> = {};
  const bad: string[] = [];
  for (const item of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [id = '', ...parts] = item.split(':');
    if (!isMuscleId(id) || parts.length === 0 || parts.length > 2) {
      bad.push(item);
      continue;
    }
    const severity: MuscleSeverity = { weakness: 0, tightness: 0 };
    let ok = true;
    for (const part of parts) {
      const amount = parsePercent(part.slice(1));
      if (amount === null || (part[0] !== 'w' && part[0] !== 't')) ok = false;
      else if (part[0] === 'w') severity.weakness = amount;
      else severity.tightness = amount;
    }
    if (ok) muscles[id] = severity;
    else bad.push(item);
  }
  return { muscles, bad };
}

type Notify = (problem: ParamNotice['problem'], detail?: string) => void;

/** One URL parameter: how it is read into the state. Writing is in `serializeViewState`. */
type ParamReader = (value: string, state: ViewState, notify: Notify) => void;

function enumReader<T extends string>(
  allowed: readonly T[],
  apply: (state: ViewState, value: T) => void,
): ParamReader {
  return (value, state, notify) => {
    if ((allowed as readonly string[]).includes(value)) apply(state, value as T);
    else notify('unknown-name');
  };
}

function flagReader(apply: (state: ViewState, on: boolean) => void): ParamReader {
  return (value, state, notify) => {
    if (value === '1' || value === '0') apply(state, value === '1');
    else notify('malformed-value');
  };
}

const READERS: Record<string, ParamReader> = {
  peel: (value, state, notify) => {
    const peel = parseNumber(value, [0, MAX_PEEL]);
    if (peel !== null && Number.isInteger(peel)) state.peel = peel;
    else notify('malformed-value');
  },
  sel: (value, state, notify) => {
    const key = parseStructureKey(value);
    if (key) state.selection = key;
    else notify('unknown-name');
  },
  cam: (value, state, notify) => {
    const camera = parseCamera(value);
    if (camera) state.camera = camera;
    else notify('malformed-value');
  },
  mode: enumReader(VIEW_MODES, (state, mode: ViewMode) => {
    state.mode = mode;
  }),
  labels: flagReader((state, on) => {
    state.labels = on;
  }),
  pins: (value, state, notify) => {
    const pins: StructureKey[] = [];
    let tooMany = false;
    for (const item of value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const key = parseStructureKey(item);
      if (!key) notify('invalid-content', layersText.pinUnknown(item));
      else if (pins.includes(key)) continue;
      else if (pins.length < MAX_PINNED_LABELS) pins.push(key);
      else if (!tooMany) {
        tooMany = true;
        notify('invalid-content', layersText.pinsTooMany(MAX_PINNED_LABELS, item));
      }
    }
    state.pinnedLabels = sortPins(pins);
  },
  point: (value, state, notify) => {
    const key = parsePointKey(value);
    if (key) state.point = key;
    else notify('unknown-name');
  },
  markers: flagReader((state, on) => {
    state.markers.shown = on;
  }),
  xray: flagReader((state, on) => {
    state.markers.xray = on;
  }),
  acu: flagReader((state, on) => {
    state.acupuncture = on;
  }),
  types: (value, state, notify) => {
    const items = value === '' ? [] : value.split(',');
    const known = items.filter((t): t is PointType =>
      (POINT_TYPES as readonly string[]).includes(t),
    );
    for (const bad of items.filter((t) => !(POINT_TYPES as readonly string[]).includes(t)))
      notify('unknown-name', bad);
    state.markers.types = POINT_TYPES.filter((t) => known.includes(t));
  },
  conf: enumReader(CONFIDENCES, (state, confidence) => {
    state.markers.minConfidence = confidence;
  }),
  pmuscle: enumReader(MUSCLE_IDS, (state, muscle) => {
    state.markers.muscle = muscle;
  }),
  preset: (value, state, notify) => {
    const preset = findMechanicsPreset(value);
    if (preset) state.dysfunction = dysfunctionFromPreset(preset, state.dysfunction.stanceSide);
    else notify('unknown-name');
  },
  stance: enumReader(BILATERAL_SIDES, (state, side) => {
    state.dysfunction.stanceSide = side;
  }),
  dys: (value, state, notify) => {
    const { muscles, bad } = parseDysfunctionList(value);
    state.dysfunction.muscles = muscles;
    for (const item of bad) notify('malformed-value', item);
  },
  task: (value, state, notify) => {
    if (value === 'single-leg-stance' || value === 'quiet-standing') {
      state.dysfunction.task = { kind: value };
      return;
    }
    const [kind, angle = ''] = value.split(':');
    const flexion = parseNumber(angle, MECHANICS_INPUT_RANGES.trunkFlexionDeg);
    if (kind === 'hip-hinge' && flexion !== null)
      state.dysfunction.task = { kind, trunkFlexionDeg: flexion };
    else notify('malformed-value');
  },
  comp: (value, state, notify) => {
    const style = parsePercent(value);
    if (style !== null) state.dysfunction.compensationStyle = style;
    else notify('malformed-value');
  },
  mass: (value, state, notify) => {
    const mass = parseNumber(value, MECHANICS_INPUT_RANGES.bodyMassKg);
    if (mass !== null) state.dysfunction.bodyMassKg = mass;
    else notify('malformed-value');
  },
  height: (value, state, notify) => {
    const height = parseNumber(value, MECHANICS_INPUT_RANGES.heightM);
    if (height !== null) state.dysfunction.heightM = height;
    else notify('malformed-value');
  },
  strength: enumReader(BASELINE_STRENGTHS, (state, strength) => {
    state.dysfunction.baselineStrength = strength;
  }),
  body: (value, state, notify) => {
    const parsed = parseBodyParam(value);
    if (!parsed.ok) {
      notify('invalid-content', describeBodyParamProblems(value, parsed.problems));
      return;
    }
    state.bodySex = parsed.body.sex;
    state.dysfunction.heightM = parsed.body.heightM;
    state.dysfunction.bodyMassKg = parsed.body.massKg;
  },
  cane: (value, state, notify) => {
    const [side = '', load = ''] = value.split(':');
    const loadPct = parsePercent(load);
    if ((CANE_SIDES as readonly string[]).includes(side) && loadPct !== null && loadPct <= 0.5) {
      state.dysfunction.cane = { side: side as (typeof CANE_SIDES)[number], loadBW: loadPct };
    } else notify('malformed-value');
  },
};

/**
 * Every parameter that is view state, as the parser reads it (docs and tests list them).
 * @internal
 */
export const VIEW_STATE_PARAMS: readonly string[] = [
  ...Object.keys(VISIBILITY_PARAMS),
  ...Object.keys(READERS),
];

/** `preset` first, so explicit dysfunction parameters in the same link refine it. */
const READ_ORDER = (param: string) => (param === 'stance' ? 0 : param === 'preset' ? 1 : 2);

/**
 * Read a view from URL parameters. Never throws: unknown or malformed parameters are
 * ignored and reported, and whatever was valid is kept.
 */
export function parseViewParams(search: string | URLSearchParams): ParsedView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = defaultViewState();
  const notices: ParamNotice[] = [];
  const entries = [...params].map(([param, value], index) => ({
    param,
    value: value.trim(),
    index,
  }));
  entries.sort((a, b) => READ_ORDER(a.param) - READ_ORDER(b.param) || a.index - b.index);
  const applied: { index: number; notices: ParamNotice[] }[] = [];
  for (const { param, value, index } of entries) {
    const found: ParamNotice[] = [];
    const shownParam = shortenForNotice(param);
    const shownValue = shortenForNotice(value);
    const notify: Notify = (problem, detail) =>
      found.push(
        detail === undefined
          ? { param: shownParam, value: shownValue, problem }
          : {
              param: shownParam,
              value: shownValue,
              problem,
              detail: shortenForNotice(detail, MAX_NOTICE_DETAIL),
            },
      );
    // Parameters owned elsewhere (a story may be 32,000 characters) are checked by their owner.
    if (PASS_THROUGH_PARAMS.has(param)) {
      applied.push({ index, notices: found });
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      found.push({ param: shownParam, value: shownValue, problem: 'malformed-value' });
    } else if (Object.hasOwn(VISIBILITY_PARAMS, param)) {
      const visibility = VISIBILITY_PARAMS[param as VisibilityParam];
      for (const item of value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        if (!applyVisibilityItem(state, item, visibility)) notify('unknown-name', item);
      }
    } else if (Object.hasOwn(READERS, param)) {
      READERS[param]!(value, state, notify);
    } else {
      notify('unknown-parameter');
    }
    applied.push({ index, notices: found.slice(0, MAX_NOTICES_PER_PARAM) });
  }
  // Notices keep the order of the link, whatever order the parameters were read in.
  applied.sort((a, b) => a.index - b.index);
  for (const entry of applied) notices.push(...entry.notices);
  // A link that names a point or a muscle but no camera opens facing it, not from the front.
  if (!params.has('cam')) {
    const facing = linkedCameraPreset(state.point, state.selection);
    if (facing) state.camera = { kind: 'preset', preset: facing };
  }
  return { state, notices: notices.slice(0, MAX_PARAM_NOTICES) };
}

/** Camera coordinates are kept to the millimetre so a link round-trips exactly. */
function roundToMm(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function roundVec3(v: readonly [number, number, number]): Vec3Tuple {
  return [roundToMm(v[0]), roundToMm(v[1]), roundToMm(v[2])];
}

function serializeVisibilityLists(state: ViewState): Record<VisibilityParam, string[]> {
  const defaults = defaultViewState();
  const lists: Record<VisibilityParam, string[]> = { show: [], ghost: [], hide: [] };
  const paramOf = (v: Visibility): VisibilityParam =>
    v === 'shown' ? 'show' : v === 'ghosted' ? 'ghost' : 'hide';
  for (const layer of LAYER_IDS) {
    const { left, right } = state.layers[layer];
    const base = defaults.layers[layer];
    if (left === right) {
      if (left !== base.left || right !== base.right) lists[paramOf(left)].push(layer);
    } else {
      if (left !== base.left) lists[paramOf(left)].push(`${layer}:left`);
      if (right !== base.right) lists[paramOf(right)].push(`${layer}:right`);
    }
  }
  const seen = new Set<string>();
  for (const s of STRUCTURES) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const sides = STRUCTURES_BY_ID.get(s.id) ?? [];
    const values = sides.map((side) => state.structures[`${s.id}:${side}` as StructureKey]);
    const first = values[0];
    if (sides.length > 1 && first !== undefined && values.every((v) => v === first)) {
      lists[paramOf(first)].push(s.id);
      continue;
    }
    sides.forEach((side, i) => {
      const v = values[i];
      if (v !== undefined) lists[paramOf(v)].push(`${s.id}:${side}`);
    });
  }
  return lists;
}

function serializeDysfunction(state: ViewState, params: URLSearchParams): void {
  const d = state.dysfunction;
  const base = defaultDysfunction();
  if (d.stanceSide !== base.stanceSide) params.set('stance', d.stanceSide);
  const items = MUSCLE_IDS.flatMap((id) => {
    const m = d.muscles[id];
    return m ? [`${id}:w${percent(m.weakness)}:t${percent(m.tightness)}`] : [];
  });
  if (items.length > 0) params.set('dys', items.join(','));
  if (d.task.kind === 'hip-hinge') params.set('task', `hip-hinge:${d.task.trunkFlexionDeg}`);
  else if (d.task.kind !== base.task.kind) params.set('task', d.task.kind);
  if (d.compensationStyle !== base.compensationStyle)
    params.set('comp', percent(d.compensationStyle));
  // A fitted body carries height and mass in `body=`; otherwise they are mechanics inputs only.
  const body = fittedBody(state);
  if (body) params.set('body', formatBodyParam(body));
  else {
    if (d.bodyMassKg !== base.bodyMassKg) params.set('mass', String(d.bodyMassKg));
    if (d.heightM !== base.heightM) params.set('height', String(d.heightM));
  }
  if (d.baselineStrength !== base.baselineStrength) params.set('strength', d.baselineStrength);
  if (d.cane) params.set('cane', `${d.cane.side}:${percent(d.cane.loadBW)}`);
}

/**
 * Write a view as URL parameters: only what differs from the default view, in a fixed order,
 * so equal views give equal links.
 */
export function serializeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const lists = serializeVisibilityLists(state);
  for (const key of ['hide', 'ghost', 'show'] as const) {
    if (lists[key].length > 0) params.set(key, lists[key].join(','));
  }
  if (state.peel !== 0) params.set('peel', String(state.peel));
  if (state.selection) params.set('sel', state.selection);
  if (state.point) params.set('point', state.point);
  if (state.camera.kind === 'custom') {
    params.set(
      'cam',
      [...roundVec3(state.camera.position), ...roundVec3(state.camera.target)].join(','),
    );
  } else if (
    state.camera.preset !==
    (linkedCameraPreset(state.point, state.selection) ?? DEFAULT_CAMERA_PRESET)
  ) {
    // Written when it is not the camera the link would open with anyway (see parseViewParams).
    params.set('cam', state.camera.preset);
  }
  if (state.mode !== 'explore') params.set('mode', state.mode);
  if (state.labels) params.set('labels', '1');
  if (state.pinnedLabels.length > 0)
    params.set('pins', sortPins(state.pinnedLabels).map(shortStructureKey).join(','));
  const m = state.markers;
  if (!m.shown) params.set('markers', '0');
  if (m.xray) params.set('xray', '1');
  if (m.types.length !== POINT_TYPES.length) params.set('types', m.types.join(','));
  if (m.minConfidence) params.set('conf', m.minConfidence);
  if (m.muscle) params.set('pmuscle', m.muscle);
  if (state.acupuncture) params.set('acu', '1');
  serializeDysfunction(state, params);
  return params;
}

/** A query string that keeps `:` and `,` readable (both are safe in a query). */
export function readableQuery(params: URLSearchParams): string {
  return params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}
